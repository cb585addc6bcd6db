import { MAX_AMOUNT_ORE, RIGHT_KEYS, type RightKey } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import type { TaskRow } from '@mocks/db/schema';
import { signInAs } from '@test/renderApp';
import { call as callApi } from '@test/api';
import { now } from '../clock';
import { osloDate } from '../rules/osloTime';

/**
 * R5 through the handlers: every right of the external case handler, granted and not granted by the
 * portal's role definition, answered 2xx vs 403 for Jørn Service holding the role in the case, and 404
 * for a partner user with no link to it.
 */

const CASE = IDS.guideCase;
const JORN = 'jorn.service@hansjorn.test';
const UNRELATED = 'handverker@hansjorn.test';

const task = (p: Partial<TaskRow> & Pick<TaskRow, 'id' | 'type' | 'status'>): TaskRow => ({
  officeId: null,
  userId: null,
  cashOffer: false,
  budget: null,
  workItems: [],
  ...p,
});
const budgetTask = (id: string, amount: number): TaskRow =>
  task({
    id,
    type: 'drying',
    status: 'B',
    officeId: IDS.torkOslo,
    budget: { amount, status: 'submitted', addedById: null },
    workItems: [
      {
        id: `${id}-w1`,
        description: 'Arbeid',
        amount: amount - 1000,
        status: 'submitted',
        cashOffer: false,
        customerOwnWork: false,
      },
      {
        id: `${id}-w2`,
        description: 'Materialer',
        amount: 1000,
        status: 'submitted',
        cashOffer: false,
        customerOwnWork: false,
      },
    ],
  });

/** Jørn Service holds the role in the guide's case, which has a task in each state the actions need. */
/** `budgetAmount`: øre, like every amount. */
function arrangeCase(budgetAmount = 500_000) {
  const d = db();
  d.cases.update(CASE, (c) => ({
    ...c,
    externalOfficeId: IDS.hansJornOslo,
    externalUserId: IDS.jornService,
    tasks: [
      task({ id: 't-new', type: 'painting', status: 'C' }),
      budgetTask('t-budget', budgetAmount),
      task({ id: 't-done', type: 'demolition', status: '4', officeId: IDS.hansJornDrammen }),
      task({ id: 't-other', type: 'carpentry', status: '2', officeId: IDS.hansJornDrammen }),
    ],
  }));
  d.rfqs.insert({
    id: 'rfq-1',
    caseId: CASE,
    taskId: 't-new',
    description: 'Maling av stue',
    deadline: '2026-12-01',
    status: 'open',
    invitations: [
      {
        id: 'inv-1',
        officeId: IDS.hansJornDrammen,
        name: 'Hans & Jørn Servicepartner - Drammen',
        email: null,
        invitedAt: '2026-11-20T09:00:00.000Z',
        answer: null,
      },
    ],
    winnerInvitationId: null,
    createdById: IDS.caseHandler,
    createdAt: '2026-11-20T09:00:00.000Z',
    version: 1,
  });
  d.documents.insert({
    id: 'doc-1',
    caseId: CASE,
    name: 'bilde.jpg',
    size: 1200,
    uploadedById: IDS.caseHandler,
    uploadedAt: '2026-11-20T09:00:00.000Z',
    sharedWithCustomer: false,
  });
}

const setRights = (rights: readonly RightKey[]) =>
  db().portals.update(IDS.portal, (p) => ({ ...p, rights: [...rights] }));
const version = () => db().cases.get(CASE)!.version;

/** Plain HTTP as the signed-in user (test/api.ts). */
async function call(token: string, method: string, path: string, body?: unknown) {
  return callApi(method, path, { token, body }) as Promise<{
    status: number;
    json: Record<string, unknown> | undefined;
  }>;
}

interface Row {
  right: RightKey;
  action: string;
  /** Rights the action also needs (e.g. categories are only a filter of the assign list). */
  alsoNeeds?: RightKey[];
  request: () => [method: string, path: string, body?: unknown];
}

const p = `/cases/${CASE}`;
const ROWS: Row[] = [
  {
    right: 'addRemoveTasks',
    action: 'add a task',
    request: () => ['POST', `${p}/tasks`, { type: 'cleaning', version: version() }],
  },
  {
    right: 'addRemoveTasks',
    action: 'remove a task',
    request: () => ['DELETE', `${p}/tasks/t-new?version=${version()}`],
  },
  {
    right: 'assignTasksToPartners',
    action: 'assign a task',
    request: () => ['PUT', `${p}/tasks/t-new/office`, { officeId: IDS.torkOslo, version: version() }],
  },
  {
    right: 'viewOfficeCategories',
    action: 'filter offices by category',
    alsoNeeds: ['assignTasksToPartners'],
    request: () => ['GET', `${p}/partner-offices?all=true&category=Vann`],
  },
  {
    right: 'claimDecision',
    action: 'take the claim decision (Godta)',
    request: () => ['POST', `${p}/claim-decision`, { decision: 'accepted', version: version() }],
  },
  {
    right: 'cashOfferAllTasks',
    action: 'cash offer a task',
    request: () => [
      'PUT',
      `${p}/tasks/t-budget/cash-offer`,
      { cashOffer: true, workItemIds: null, version: version() },
    ],
  },
  {
    right: 'cashOfferAllTasks',
    action: 'cash offer work items',
    request: () => [
      'PUT',
      `${p}/tasks/t-budget/cash-offer`,
      { cashOffer: true, workItemIds: ['t-budget-w2'], version: version() },
    ],
  },
  {
    right: 'budgetOnBehalfOfPartners',
    action: 'add a budget for another partner',
    request: () => [
      'POST',
      `${p}/tasks/t-other/budget`,
      { workItems: [{ description: 'Arbeid', amount: '12 000' }], version: version() },
    ],
  },
  {
    right: 'approveBudget',
    action: 'approve a budget',
    request: () => ['POST', `${p}/tasks/t-budget/budget/approve`, { version: version() }],
  },
  {
    right: 'approveTasks',
    action: 'approve a completed task',
    request: () => ['POST', `${p}/tasks/t-done/approve`, { version: version() }],
  },
  {
    right: 'createEditRfq',
    action: 'create an RFQ',
    request: () => [
      'POST',
      `${p}/rfqs`,
      { taskId: 't-done', description: 'Riving av kjøkken', deadline: '2099-12-10', officeIds: [IDS.hansJornDrammen] },
    ],
  },
  {
    right: 'createEditRfq',
    action: 'edit an RFQ',
    request: () => [
      'PATCH',
      `${p}/rfqs/rfq-1`,
      { description: 'Maling av stue og gang', deadline: '2099-12-05', addOfficeIds: [IDS.hansJornOslo], version: 1 },
    ],
  },
  {
    right: 'addNonIn4moPartnersToRfq',
    action: 'add a non-in4mo partner',
    request: () => [
      'POST',
      `${p}/rfqs/rfq-1/external-partners`,
      { name: 'Maler Hansen', email: 'maler@example.test', version: 1 },
    ],
  },
  {
    right: 'decideRfq',
    action: 'decide the RFQ',
    request: () => ['POST', `${p}/rfqs/rfq-1/decision`, { invitationId: 'inv-1', version: 1, caseVersion: version() }],
  },
  {
    right: 'customerContact',
    action: 'share the customer page',
    request: () => ['POST', `${p}/customer-page/share`, { version: version() }],
  },
  { right: 'customerContact', action: 'share a document', request: () => ['POST', `${p}/documents/doc-1/share`] },
  { right: 'customerContact', action: 'read customer messages', request: () => ['GET', `${p}/customer-messages`] },
  {
    right: 'customerContact',
    action: 'send a customer message',
    request: () => ['POST', `${p}/customer-messages`, { text: 'Hei! Vi kommer på mandag.' }],
  },
  {
    right: 'cashOfferWorkItemBeforeApproval',
    action: "make a work item the customer's own work",
    request: () => [
      'PUT',
      `${p}/tasks/t-budget/work-items/t-budget-w1/customer-own-work`,
      { customerOwnWork: true, version: version() },
    ],
  },
  {
    right: 'startInspection',
    action: 'start an inspection',
    request: () => ['POST', `${p}/inspections`, { version: version() }],
  },
  { right: 'remoteVideo', action: 'see Remote Video calls and media', request: () => ['GET', `${p}/remote-video`] },
  {
    right: 'remoteVideo',
    action: 'start a Remote Video session',
    request: () => ['POST', `${p}/remote-video/sessions`],
  },
];

describe('the external case handler rights through the handlers', () => {
  beforeEach(() => arrangeCase());

  describe.each(ROWS)('$right: $action', (row) => {
    it('is allowed when the portal grants the right', async () => {
      setRights([row.right, ...(row.alsoNeeds ?? [])]);
      const res = await call(signInAs(JORN), ...row.request());
      expect(res.status, JSON.stringify(res.json)).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
    });

    it('is refused with 403 when every other right is granted', async () => {
      setRights(RIGHT_KEYS.filter((r) => r !== row.right));
      const res = await call(signInAs(JORN), ...row.request());
      expect(res.status).toBe(403);
    });

    it('does not exist (404) for a partner user with no link to the case', async () => {
      setRights(RIGHT_KEYS);
      const res = await call(signInAs(UNRELATED), ...row.request());
      expect(res.status).toBe(404);
    });
  });

  it('only the right holder sees office categories in the assign list', async () => {
    setRights(['assignTasksToPartners', 'viewOfficeCategories']);
    const token = signInAs(JORN);
    const withCategories = await call(token, 'GET', `${p}/partner-offices?all=true`);
    expect(withCategories.json?.categories).toContain('Vann');
    setRights(['assignTasksToPartners']);
    const without = await call(token, 'GET', `${p}/partner-offices?all=true`);
    expect(without.json?.categories).toBeNull();
    expect((without.json?.offices as { categories: unknown }[]).every((o) => o.categories === null)).toBe(true);
  });

  it('lists partner offices for assigning a task or sending an RFQ, and not without either right', async () => {
    const token = signInAs(JORN);
    for (const right of ['assignTasksToPartners', 'createEditRfq'] as const) {
      setRights([right]);
      expect((await call(token, 'GET', `${p}/partner-offices`)).status).toBe(200);
    }
    setRights(RIGHT_KEYS.filter((r) => r !== 'assignTasksToPartners' && r !== 'createEditRfq'));
    expect((await call(token, 'GET', `${p}/partner-offices`)).status).toBe(403);
  });

  it("refuses an RFQ deadline that is past by the backend's demo clock, and takes the demo clock's today (issue 14)", async () => {
    setRights(['createEditRfq']);
    const token = signInAs(JORN);
    expect((await call(token, 'POST', '/system/clock/advance', { minutes: 7 * 24 * 60 })).status).toBe(200);
    const day = (offsetDays: number) => osloDate(now(db()) + offsetDays * 24 * 3600 * 1000);
    const create = (deadline: string) =>
      call(token, 'POST', `${p}/rfqs`, {
        taskId: 't-done',
        description: 'Riving',
        deadline,
        officeIds: [IDS.hansJornDrammen],
      });
    // Five days ago by demo time is still ahead by the real calendar, so only the backend's clock refuses it.
    const before = db().rfqs.all().length;
    const refused = await create(day(-5));
    expect(refused.status).toBe(422);
    expect(refused.json?.fieldErrors).toEqual({ deadline: { code: 'validation.dateInPast' } });
    expect(db().rfqs.all()).toHaveLength(before);
    db()
      .rfqs.all()
      .forEach((r) => db().rfqs.update(r.id, (x) => ({ ...x, status: 'decided' as const })));
    expect((await create(day(0))).status).toBe(201);
  });

  it('follows the RFQ with any of its three rights, and not without', async () => {
    const token = signInAs(JORN);
    for (const right of ['createEditRfq', 'addNonIn4moPartnersToRfq', 'decideRfq'] as const) {
      setRights([right]);
      expect((await call(token, 'GET', `${p}/rfqs`)).status).toBe(200);
    }
    setRights(RIGHT_KEYS.filter((r) => !['createEditRfq', 'addNonIn4moPartnersToRfq', 'decideRfq'].includes(r)));
    expect((await call(token, 'GET', `${p}/rfqs`)).status).toBe(403);
  });

  it('always grants the chat, the documents and the reported information', async () => {
    setRights([]);
    const token = signInAs(JORN);
    expect((await call(token, 'GET', `${p}/chat`)).status).toBe(200);
    expect((await call(token, 'POST', `${p}/chat`, { text: 'Hei' })).status).toBe(201);
    expect((await call(token, 'GET', `${p}/documents`)).status).toBe(200);
    expect((await call(token, 'POST', `${p}/documents`, { name: 'rapport.pdf', size: 2048 })).status).toBe(201);
    expect((await call(token, 'GET', `${p}/inspections`)).status).toBe(200);
    const detail = await call(token, 'GET', p);
    expect((detail.json?.viewer as { permissions: string[] }).permissions).toEqual([
      'case:view',
      'case:chat',
      'case:documents',
      'case:reportedInfo',
    ]);
  });

  describe('13. Markert for chat-notifikasjon', () => {
    it('subscribes him for good when granted: he cannot untick it, and a new message notifies him', async () => {
      setRights(['forcedChatNotification']);
      const jorn = signInAs(JORN);
      expect((await call(jorn, 'GET', `${p}/chat`)).json?.notification).toEqual({ subscribed: true, forced: true });
      const untick = await call(jorn, 'PUT', `${p}/chat/subscription`, { subscribed: false });
      expect(untick.status).toBe(403);
      expect(untick.json?.code).toBe('chat_notification_forced');
      await call(signInAs('saksbehandler@jorn6.test'), 'POST', `${p}/chat`, { text: 'Ny info fra kunden' });
      expect(
        db().notifications.where((n) => n.kind === 'chatMessage' && n.userId === IDS.jornService && n.caseId === CASE),
      ).toHaveLength(1);
    });

    it('leaves the choice to him when not granted: unsubscribed by default, no notification', async () => {
      setRights(RIGHT_KEYS.filter((r) => r !== 'forcedChatNotification'));
      const jorn = signInAs(JORN);
      expect((await call(jorn, 'GET', `${p}/chat`)).json?.notification).toEqual({ subscribed: false, forced: false });
      expect((await call(jorn, 'PUT', `${p}/chat/subscription`, { subscribed: false })).status).toBe(200);
      await call(signInAs('saksbehandler@jorn6.test'), 'POST', `${p}/chat`, { text: 'Ny info fra kunden' });
      expect(db().notifications.where((n) => n.kind === 'chatMessage' && n.userId === IDS.jornService)).toHaveLength(0);
    });

    it('notifies a voluntary subscriber, but not the author', async () => {
      setRights([]);
      const jorn = signInAs(JORN);
      expect((await call(jorn, 'PUT', `${p}/chat/subscription`, { subscribed: true })).json?.notification).toEqual({
        subscribed: true,
        forced: false,
      });
      await call(jorn, 'POST', `${p}/chat`, { text: 'Min egen melding' });
      expect(db().notifications.where((n) => n.kind === 'chatMessage' && n.userId === IDS.jornService)).toHaveLength(0);
      await call(signInAs('saksbehandler@jorn6.test'), 'POST', `${p}/chat`, { text: 'Svar' });
      expect(db().notifications.where((n) => n.kind === 'chatMessage' && n.userId === IDS.jornService)).toHaveLength(1);
    });
  });

  it('applies a change of the portal definition on the next request, without re-assignment', async () => {
    setRights(['startInspection', 'approveTasks']);
    const token = signInAs(JORN);
    expect((await call(token, 'POST', `${p}/tasks/t-done/approve`, { version: version() })).status).toBe(200);
    setRights(['startInspection']);
    expect((await call(token, 'POST', `${p}/inspections`, { version: version() })).status).toBe(201);
    const refused = await call(token, 'POST', `${p}/remote-video/sessions`);
    expect(refused.status).toBe(403);
    setRights(['startInspection', 'remoteVideo']);
    expect((await call(token, 'POST', `${p}/remote-video/sessions`)).status).toBe(201);
    const detail = await call(token, 'GET', p);
    expect((detail.json?.viewer as { permissions: string[] }).permissions).toContain('remoteVideo');
  });
});

describe('7. Godkjenne budsjett: the budget limit', () => {
  const approve = (token: string) => call(token, 'POST', `${p}/tasks/t-budget/budget/approve`, { version: version() });

  describe.each([
    {
      limit: 'custom 25 000',
      setUp: () =>
        db().users.update(IDS.jornService, (u) => ({ ...u, budgetLimit: { mode: 'custom', amount: 2_500_000 } })),
      value: 2_500_000,
    },
    { limit: 'the portal default 10 000', setUp: () => undefined, value: 1_000_000 },
  ])('with $limit', ({ setUp, value }) => {
    it.each([
      { amount: value - 1, status: 200 }, // one øre below
      { amount: value, status: 200 },
      { amount: value + 1, status: 403 }, // one øre above
    ])('a budget of $amount øre is answered $status', async ({ amount, status }) => {
      arrangeCase(amount);
      setRights(['approveBudget']);
      setUp();
      const res = await approve(signInAs(JORN));
      expect(res.status).toBe(status);
      const t = db()
        .cases.get(CASE)!
        .tasks.find((x) => x.id === 't-budget')!;
      if (status === 200) {
        expect(t.status).toBe('B++');
        expect(t.budget?.status).toBe('approved');
      } else {
        expect(res.json).toMatchObject({ code: 'budget_limit_exceeded', params: { limit: value } });
        expect(t.status).toBe('B');
        expect(t.budget?.status).toBe('submitted');
      }
    });
  });

  it('follows a change of the portal default on the next request', async () => {
    arrangeCase(1_500_000);
    setRights(['approveBudget']);
    const token = signInAs(JORN);
    expect((await approve(token)).status).toBe(403);
    db().portals.update(IDS.portal, (x) => ({ ...x, defaultBudgetLimit: 1_500_000 }));
    expect((await approve(token)).status).toBe(200);
  });

  it('lets the insurer approve any amount, and refuses a stale version with 409', async () => {
    arrangeCase(90_000_000);
    const token = signInAs('saksbehandler@jorn6.test');
    expect((await call(token, 'POST', `${p}/tasks/t-budget/budget/approve`, { version: version() - 1 })).status).toBe(
      409,
    );
    expect((await approve(token)).status).toBe(200);
  });

  it('logs the approval', async () => {
    arrangeCase(500_050);
    setRights(['approveBudget']);
    await approve(signInAs(JORN));
    expect(db().logs.find((l) => l.caseId === CASE && l.action === 'budgetApproved')).toMatchObject({
      actorId: IDS.jornService,
      params: { type: 'drying', amount: 500_050 },
    });
  });
});

describe('money is exact and bounded (øre)', () => {
  const addBudget = (token: string, amounts: (string | number)[]) =>
    call(token, 'POST', `${p}/tasks/t-other/budget`, {
      workItems: amounts.map((amount, i) => ({ description: `Post ${i + 1}`, amount })),
      version: version(),
    });
  const other = () =>
    db()
      .cases.get(CASE)!
      .tasks.find((t) => t.id === 't-other')!;

  beforeEach(() => {
    arrangeCase();
    setRights(['budgetOnBehalfOfPartners', 'approveBudget']);
  });

  it('10 000,10 + 0,20 is stored as 10 000,30 and approved against a 10 000,30 limit', async () => {
    db().users.update(IDS.jornService, (u) => ({ ...u, budgetLimit: { mode: 'custom', amount: 1_000_030 } }));
    const token = signInAs(JORN);
    expect((await addBudget(token, ['10 000,10', '0,20'])).status).toBe(200);
    expect(other().budget).toMatchObject({ amount: 1_000_030, status: 'submitted' });
    expect(other().workItems.map((w) => w.amount)).toEqual([1_000_010, 20]);
    const res = await call(token, 'POST', `${p}/tasks/t-other/budget/approve`, { version: version() });
    expect(res.status).toBe(200);
    expect(other().budget?.status).toBe('approved');
  });

  it('one øre over the limit is refused with 403 naming the limit in øre', async () => {
    db().users.update(IDS.jornService, (u) => ({ ...u, budgetLimit: { mode: 'custom', amount: 1_000_030 } }));
    const token = signInAs(JORN);
    await addBudget(token, ['10 000,10', '0,21']);
    const res = await call(token, 'POST', `${p}/tasks/t-other/budget/approve`, { version: version() });
    expect(res).toMatchObject({
      status: 403,
      json: { code: 'budget_limit_exceeded', params: { limit: 1_000_030, amount: 1_000_031 } },
    });
  });

  it('50 × 1 000 000 000 NOK in one budget is refused (422) and nothing is stored', async () => {
    const before = db().cases.get(CASE)!;
    const res = await addBudget(signInAs(JORN), Array<string>(50).fill('1 000 000 000'));
    expect(res.status).toBe(422);
    expect(res.json?.fieldErrors).toEqual({ workItems: { code: 'validation.amountTotalTooLarge' } });
    expect(db().cases.get(CASE)).toEqual(before);
  });

  it('a budget that would take the case total above 1 000 000 000 NOK is refused (422 case_budget_total_too_large)', async () => {
    db().cases.update(CASE, (c) => ({
      ...c,
      tasks: c.tasks.map((t) =>
        t.id === 't-budget' && t.budget ? { ...t, budget: { ...t.budget, amount: MAX_AMOUNT_ORE - 100 } } : t,
      ),
    }));
    const before = db().cases.get(CASE)!;
    const token = signInAs(JORN);
    const res = await addBudget(token, ['1,01']);
    expect(res).toMatchObject({
      status: 422,
      json: { code: 'case_budget_total_too_large', params: { limit: MAX_AMOUNT_ORE } },
    });
    expect(db().cases.get(CASE)).toEqual(before);
    // Up to the bound is fine.
    expect((await addBudget(token, ['1,00'])).status).toBe(200);
  });

  it('an amount as a number is øre and must be whole', async () => {
    const token = signInAs(JORN);
    const frac = await addBudget(token, [100.5]);
    expect(frac.json?.fieldErrors).toEqual({ 'workItems.0.amount': { code: 'validation.amountFormat' } });
    expect((await addBudget(token, [12_345])).status).toBe(200);
    expect(other().budget?.amount).toBe(12_345);
  });
});

describe('state rules through the handlers', () => {
  beforeEach(() => {
    arrangeCase();
    setRights(RIGHT_KEYS);
  });

  it('assigns a task and moves it from C to 0; assigns the RFQ winner', async () => {
    const token = signInAs(JORN);
    await call(token, 'PUT', `${p}/tasks/t-new/office`, { officeId: IDS.torkOslo, version: version() });
    expect(
      db()
        .cases.get(CASE)!
        .tasks.find((t) => t.id === 't-new'),
    ).toMatchObject({ status: '0', officeId: IDS.torkOslo });
  });

  it('decides an RFQ: the task goes to the winner', async () => {
    const token = signInAs(JORN);
    const res = await call(token, 'POST', `${p}/rfqs/rfq-1/decision`, {
      invitationId: 'inv-1',
      version: 1,
      caseVersion: version(),
    });
    expect(res.status).toBe(200);
    expect(
      db()
        .cases.get(CASE)!
        .tasks.find((t) => t.id === 't-new'),
    ).toMatchObject({ status: '0', officeId: IDS.hansJornDrammen });
    expect(db().rfqs.get('rfq-1')).toMatchObject({ status: 'decided', winnerInvitationId: 'inv-1' });
  });

  it('refuses a budget on behalf of a partner where iCC is used, and approval of a task that is not completed', async () => {
    const token = signInAs(JORN);
    await call(token, 'PUT', `${p}/tasks/t-other/cash-offer`, {
      cashOffer: true,
      workItemIds: null,
      version: version(),
    });
    const onBehalf = await call(token, 'POST', `${p}/tasks/t-other/budget`, {
      workItems: [{ description: 'Arbeid', amount: 1000 }],
      version: version(),
    });
    expect(onBehalf).toMatchObject({ status: 403, json: { code: 'cash_offer_in_use' } });
    const approve = await call(token, 'POST', `${p}/tasks/t-budget/approve`, { version: version() });
    expect(approve).toMatchObject({ status: 409, json: { code: 'task_not_completed' } });
  });

  it('validates input with field errors (422) and refuses a stale version (409)', async () => {
    const token = signInAs(JORN);
    const bad = await call(token, 'POST', `${p}/tasks/t-other/budget`, {
      workItems: [{ description: '', amount: 'tusen' }],
      version: version(),
    });
    expect(bad.status).toBe(422);
    expect(bad.json?.fieldErrors).toMatchObject({
      'workItems.0.description': { code: 'validation.required' },
      'workItems.0.amount': { code: 'validation.amountFormat' },
    });
    expect((await call(token, 'POST', `${p}/tasks`, { type: 'cleaning', version: version() - 1 })).status).toBe(409);
  });
});
