import { z } from 'zod';
import { apiRequest, ApiError } from '@/api/client';
import { CaseDetail, CaseLog, Dashboard, NotificationList, RoleDefinition, RIGHT_KEYS } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { signInAs } from '@test/renderApp';
import { addDays, osloDate } from '../rules/osloTime';

/** Amounts are øre on the wire and in the store. */
const nok = (n: number) => n * 100;

/**
 * Issue 14 over HTTP: a budget over the holder's limit sent to the insurer, authority on record in the
 * log, a role with an end date, an office that does not answer — with the demo clock moved forward.
 */
const CASE: string = IDS.rightsDemoCase; // Jørn Service holds the role; budgets of 20 000 (t1) and 30 000 (t2) await approval
const T1 = `${CASE}-t1`;
const GUIDE: string = IDS.guideCase; // no role yet
const HANDLER = 'saksbehandler@jorn6.test';
const ADMIN = 'admin@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const HOLDER = 'jorn.service@hansjorn.test';
const CRAFTSMAN = 'handverker@hansjorn.test';
const PLATFORM = 'plattform@saksportal.test';

const getCase = (id = CASE) => apiRequest({ path: `/cases/${id}`, schema: CaseDetail });
const task = async (id = T1) => (await getCase()).tasks.find((t) => t.id === id)!;
const escalate = async (amount?: number, taskId = T1) => {
  const c = await getCase();
  return apiRequest({
    method: 'POST',
    path: `/cases/${CASE}/tasks/${taskId}/budget/escalate`,
    schema: CaseDetail,
    body: { amount: amount ?? c.tasks.find((t) => t.id === taskId)!.budget!.amount, version: c.version },
  });
};
const answer = async (decision: 'approve' | 'reject', comment: string, amount?: number) => {
  const c = await getCase();
  return apiRequest({
    method: 'POST',
    path: `/cases/${CASE}/tasks/${T1}/budget/escalation/answer`,
    schema: CaseDetail,
    body: { decision, comment, amount: amount ?? c.tasks.find((t) => t.id === T1)!.budget!.amount, version: c.version },
  });
};
const log = (id = CASE) => apiRequest({ path: `/cases/${id}/log`, schema: CaseLog });
const notifications = () => apiRequest({ path: '/notifications', schema: NotificationList });
const Clock = z.object({ now: z.string(), offsetMs: z.number() });
const advance = (minutes: number) =>
  apiRequest({ method: 'POST', path: '/system/clock/advance', body: { minutes }, schema: Clock });
const clockNow = async () =>
  Date.parse((await apiRequest({ path: '/system/status', schema: z.object({ clock: Clock }) })).clock.now);
const assignOffice = async (officeId: string | null, until?: string | null, id = GUIDE) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${id}/external-role/office`,
    body: { officeId, until, version: (await getCase(id)).version },
    schema: CaseDetail,
  });
const assignUser = async (userId: string | null, id = GUIDE) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${id}/external-role/user`,
    body: { userId, version: (await getCase(id)).version },
    schema: CaseDetail,
  });
const dashboard = () => apiRequest({ path: '/dashboard', schema: Dashboard });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

const setLimit = (amount: number) =>
  db().users.update(IDS.jornService, (u) => ({ ...u, budgetLimit: { mode: 'custom', amount } }));
const setPortal = (
  fn: (p: ReturnType<typeof db>['portals'] extends { get(id: string): infer R } ? NonNullable<R> : never) => object,
) => db().portals.update(IDS.portal, (p) => ({ ...p, ...fn(p) }));

describe("escalation of a budget over the holder's limit (issue 14.1)", () => {
  it('offers "send to the insurer" to the holder over the limit only, beside the refusal', async () => {
    signInAs(HOLDER);
    const t = await task();
    expect(t.actions).toContain('escalateBudget');
    expect(t.actions).not.toContain('approveBudget');
    expect(t.notices).toContainEqual(
      expect.objectContaining({ action: 'approveBudget', code: 'budget_limit_exceeded' }),
    );
    signInAs(HANDLER);
    expect((await task()).actions).not.toContain('escalateBudget'); // no limit: approves itself
  });

  it('sends it: pending with amount and limit, the case handler is told who asked, the office is not', async () => {
    signInAs(HOLDER);
    const c = await escalate();
    const t = c.tasks.find((x) => x.id === T1)!;
    expect(t.budget?.escalation).toMatchObject({
      status: 'pending',
      amount: nok(20000),
      limit: nok(10000),
      requestedBy: { name: 'Jørn Service' },
    });
    expect(t.actions).not.toContain('escalateBudget');

    signInAs(HANDLER);
    const mine = (await notifications()).items.filter((n) => n.kind === 'budgetEscalated');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      caseAccessible: true,
      actor: { name: 'Jørn Service' },
      params: { amount: String(nok(20000)), limit: String(nok(10000)), insurer: 'Jørn 6 Insurance' },
    });
    expect((await task()).actions).toContain('answerBudgetEscalation');
    signInAs(OFFICE_ADMIN);
    expect((await notifications()).items.some((n) => n.kind === 'budgetEscalated')).toBe(false);
  });

  it.each([
    [
      'a second time while pending',
      async () => {
        await escalate();
        return escalate();
      },
      409,
      'escalation_pending',
    ],
    ['with an amount that changed meanwhile', () => escalate(nok(19000)), 409, 'budget_changed'],
    [
      'within the limit',
      async () => {
        setLimit(nok(50000));
        return escalate(nok(20000));
      },
      409,
      'within_limit',
    ],
    [
      'without "Godkjenne budsjett" in the role',
      async () => {
        setPortal((p) => ({ rights: p.rights.filter((r) => r !== 'approveBudget') }));
        return escalate(nok(20000));
      },
      403,
      'forbidden',
    ],
    ['for an unknown task', () => escalate(nok(20000), `${CASE}-nope`), 404, 'task_not_found'],
  ])('refuses to send it %s', async (_name, run, status, code) => {
    signInAs(HOLDER);
    const e = await failure(run());
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
  });

  it('refuses a user without a link to the case (404) and the insurer, who has no limit (409)', async () => {
    signInAs(CRAFTSMAN);
    expect(
      (
        await failure(
          apiRequest({
            method: 'POST',
            path: `/cases/${CASE}/tasks/${T1}/budget/escalate`,
            body: { amount: nok(20000), version: 1 },
            schema: CaseDetail,
          }),
        )
      ).status,
    ).toBe(404);
    signInAs(HANDLER);
    expect((await failure(escalate())).code).toBe('within_limit');
  });

  it.each([
    ['by the holder', HOLDER, () => answer('approve', ''), 403, 'forbidden'],
    ['with nothing pending', HANDLER, () => answer('approve', ''), 409, 'no_pending_escalation'],
  ])('refuses an answer %s', async (_name, who, run, status, code) => {
    signInAs(who);
    const e = await failure(run());
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
  });

  it('refuses a rejection without a comment (422), and an answer to a budget that changed since (409)', async () => {
    signInAs(HOLDER);
    await escalate();
    signInAs(HANDLER);
    const e = await failure(answer('reject', '  '));
    expect(e.status).toBe(422);
    expect(e.fieldErrors?.comment?.code).toBe('validation.required');
    expect((await failure(answer('approve', '', nok(25000)))).code).toBe('budget_changed');
    // The partner submits a new budget: the escalation no longer answers for it.
    db().cases.update(CASE, (c) => ({
      ...c,
      tasks: c.tasks.map((t) => (t.id === T1 && t.budget ? { ...t, budget: { ...t.budget, amount: nok(21000) } } : t)),
    }));
    expect((await failure(answer('approve', '', nok(20000)))).code).toBe('budget_changed');
  });

  it("approved by the case handler: the budget is approved, the holder is told, the case handler's notice is resolved", async () => {
    signInAs(HOLDER);
    await escalate();
    signInAs(HANDLER);
    const c = await answer('approve', 'OK etter befaring');
    const t = c.tasks.find((x) => x.id === T1)!;
    expect(t.budget).toMatchObject({
      status: 'approved',
      escalation: { status: 'approved', comment: 'OK etter befaring', answeredBy: { name: 'Siri Saksbehandler' } },
    });
    expect(t.status).toBe('B++');
    expect((await notifications()).items.find((n) => n.kind === 'budgetEscalated')?.resolved).toBe(true);
    signInAs(HOLDER);
    const told = (await notifications()).items.find((n) => n.kind === 'budgetEscalationAnswered');
    expect(told).toMatchObject({
      params: { decision: 'approve', comment: 'OK etter befaring', amount: String(nok(20000)) },
      actor: { name: 'Siri Saksbehandler' },
    });
  });

  it('rejected: the budget is rejected with the comment, and the holder is told', async () => {
    signInAs(HOLDER);
    await escalate();
    signInAs(HANDLER);
    const t = (await answer('reject', 'For høyt')).tasks.find((x) => x.id === T1)!;
    expect(t.budget).toMatchObject({ status: 'rejected', escalation: { status: 'rejected', comment: 'For høyt' } });
    signInAs(HOLDER);
    expect((await notifications()).items.find((n) => n.kind === 'budgetEscalationAnswered')?.params).toMatchObject({
      decision: 'reject',
      comment: 'For høyt',
    });
  });
});

describe('authority on record in the case log (issue 14.2)', () => {
  it('keeps the limit and the rights in force when the budget was approved, whatever changes later', async () => {
    setLimit(nok(25000));
    signInAs(HOLDER);
    const c = await getCase();
    await apiRequest({
      method: 'POST',
      path: `/cases/${CASE}/tasks/${T1}/budget/approve`,
      body: { version: c.version },
      schema: CaseDetail,
    });
    const before = (await log()).find((l) => l.action === 'budgetApproved')!;
    expect(before.authority).toMatchObject({ relation: 'externalCaseHandler', limit: nok(25000) });
    expect(before.authority?.rights).toContain('approveBudget');

    setLimit(nok(5000));
    setPortal(() => ({ rights: ['addRemoveTasks'], defaultBudgetLimit: 1 }));
    signInAs(HANDLER);
    const after = (await log()).find((l) => l.action === 'budgetApproved')!;
    expect(after.authority).toEqual(before.authority);
  });

  it('records the insurer as unlimited with every right', async () => {
    signInAs(HANDLER);
    await assignOffice(IDS.hansJornOslo);
    const entry = (await log(GUIDE)).find((l) => l.action === 'externalOfficeAssigned')!;
    expect(entry.authority).toEqual({ relation: 'insurer', limit: null, rights: [...RIGHT_KEYS] });
  });
});

describe('a role with an end date (issue 14.3)', () => {
  it('refuses an end date before today (422) and shows the one given', async () => {
    signInAs(HANDLER);
    const today = osloDate(await clockNow());
    const e = await failure(assignOffice(IDS.hansJornOslo, addDays(today, -1)));
    expect(e.status).toBe(422);
    expect(e.fieldErrors?.until?.code).toBe('validation.dateInPast');
    expect((await assignOffice(IDS.hansJornOslo, addDays(today, 3))).externalCaseHandler.until).toBe(addDays(today, 3));
  });

  it('reminds the holder and the case handler two days before, then ends the role as if removed', async () => {
    signInAs(HANDLER);
    const until = addDays(osloDate(await clockNow()), 3);
    await assignOffice(IDS.hansJornOslo, until);
    await assignUser(IDS.jornService);
    const kinds = async () => (await notifications()).items.map((n) => n.kind);
    expect(await kinds()).not.toContain('externalRoleEndsSoon');

    await advance(26 * 60); // one or two calendar days later: within two days of the last day
    expect(await kinds()).toContain('externalRoleEndsSoon');
    signInAs(HOLDER);
    expect((await notifications()).items.find((n) => n.kind === 'externalRoleEndsSoon')?.params).toMatchObject({
      until,
    });
    expect((await getCase(GUIDE)).externalCaseHandler.user?.name).toBe('Jørn Service');

    signInAs(HANDLER);
    await advance(4 * 24 * 60); // past the last day
    const c = await getCase(GUIDE);
    expect(c.externalCaseHandler).toMatchObject({ office: null, user: null, until: null });
    expect((await log(GUIDE))[0]).toMatchObject({ action: 'externalRoleEnded', actor: null, params: { until } });
    expect((await notifications()).items.find((n) => n.kind === 'externalRoleEnded')).toMatchObject({
      caseAccessible: true,
    });

    signInAs(HOLDER);
    expect(await failure(getCase(GUIDE))).toMatchObject({ status: 404 });
    const removed = (await notifications()).items.find((n) => n.kind === 'externalRoleRemoved');
    expect(removed).toMatchObject({ caseAccessible: false, caseAddress: null, params: { reason: 'ended' } });
    signInAs(OFFICE_ADMIN);
    expect((await notifications()).items.find((n) => n.kind === 'externalRoleEnded')).toMatchObject({
      caseAccessible: false,
      caseAddress: null,
    });
  });

  it('moving the clock a month ahead signs nobody out', async () => {
    signInAs(HANDLER);
    await advance(31 * 24 * 60);
    expect((await getCase(GUIDE)).id).toBe(GUIDE);
  });

  it.each([
    ['no minutes', { minutes: 0 }, 422],
    ['backwards', { minutes: -60 }, 422],
    ['an unknown field', { minutes: 60, offsetMs: 0 }, 422],
  ])('refuses to move the clock with %s', async (_name, body, status) => {
    signInAs(HANDLER);
    expect(
      (await failure(apiRequest({ method: 'POST', path: '/system/clock/advance', body, schema: Clock }))).status,
    ).toBe(status);
  });

  it('refuses to move the clock without a session (401)', async () => {
    const { sessionToken } = await import('@/api/client');
    sessionToken.set(null);
    expect((await failure(advance(60))).status).toBe(401);
  });
});

describe('an office that does not answer (issue 14.4)', () => {
  it("after the portal's working hours: the case handler is alerted, the header waits, the dashboard counts", async () => {
    signInAs(HANDLER);
    const countBefore = (await dashboard()).waitingForOffice;
    await assignOffice(IDS.hansJornOslo);
    expect((await getCase(GUIDE)).externalCaseHandler.waitingForOffice).toBeNull();

    await advance(7 * 24 * 60); // a week: 40 working hours
    const c = await getCase(GUIDE);
    expect(c.externalCaseHandler.waitingForOffice?.hours).toBeGreaterThanOrEqual(40);
    expect((await dashboard()).waitingForOffice).toBe(countBefore + 1);
    const alerts = (await notifications()).items.filter((n) => n.kind === 'officeNotAnswering');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ params: { office: 'Hans & Jørn Servicepartner - Oslo', hours: '8' } });
    expect((await log(GUIDE))[0]).toMatchObject({ action: 'officeNotAnswering', actor: null });

    signInAs(OFFICE_ADMIN);
    expect((await getCase(GUIDE)).externalCaseHandler.waitingForOffice).not.toBeNull();
    await assignUser(IDS.jornService);
    signInAs(HANDLER);
    expect((await getCase(GUIDE)).externalCaseHandler.waitingForOffice).toBeNull();
    expect((await dashboard()).waitingForOffice).toBe(countBefore);
    expect((await notifications()).items.find((n) => n.kind === 'officeNotAnswering')?.resolved).toBe(true);
  });

  it('does not alert before the hours are used, and the holder never sees the wait', async () => {
    signInAs(HANDLER);
    setPortal(() => ({ officeAnswerHours: 200 }));
    await assignOffice(IDS.hansJornOslo);
    await advance(7 * 24 * 60);
    expect((await getCase(GUIDE)).externalCaseHandler.waitingForOffice).toBeNull();
    expect((await notifications()).items.some((n) => n.kind === 'officeNotAnswering')).toBe(false);
  });

  it('sets the working hours on the role definition page (platform administrator)', async () => {
    signInAs(PLATFORM);
    const def = await apiRequest({ path: '/portal/role-definition', schema: RoleDefinition });
    expect(def.officeAnswerHours).toBe(8);
    const put = (officeAnswerHours: unknown, version = def.version) =>
      apiRequest({
        method: 'PUT',
        path: '/portal/role-definition',
        body: { rights: def.rights, defaultBudgetLimit: def.defaultBudgetLimit, officeAnswerHours, version },
        schema: RoleDefinition,
      });
    for (const [bad, code] of [
      [0, 'validation.hoursRange'],
      [201, 'validation.hoursRange'],
      ['åtte', 'validation.wholeHours'],
      [2.5, 'validation.wholeHours'],
    ] as const) {
      const e = await failure(put(bad));
      expect(e.status).toBe(422);
      expect(e.fieldErrors?.officeAnswerHours?.code).toBe(code);
    }
    expect((await put('12')).officeAnswerHours).toBe(12);
    expect((await failure(put(10, def.version))).status).toBe(409);
    signInAs(ADMIN);
    expect((await failure(apiRequest({ path: '/portal/role-definition', schema: RoleDefinition }))).status).toBe(403);
  });
});
