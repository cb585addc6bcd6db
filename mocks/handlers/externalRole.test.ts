import { z } from 'zod';
import { apiRequest, ApiError } from '@/api/client';
import {
  CaseDetail,
  CaseLog,
  PartnerOfficeList,
  EligibleUserList,
  NotificationList,
  type CaseActionKind,
} from '@/api/contract';
import { formatKm } from '@/lib/format';
import { db, IDS } from '@mocks/db';
import { signInAs } from '@test/renderApp';

/**
 * The external case handler role over HTTP (R3, R4): the same requests the app sends, answered by the
 * MSW handlers against the seeded store (reset before each test).
 */
const CASE = IDS.guideCase;
const INSURER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const JORN_SERVICE = 'jorn.service@hansjorn.test';
const CRAFTSMAN = 'handverker@hansjorn.test';

const getCase = () => apiRequest({ path: `/cases/${CASE}`, schema: CaseDetail });
const offices = (scope: 'recommended' | 'all') =>
  apiRequest({ path: `/cases/${CASE}/external-role/offices`, query: { scope }, schema: PartnerOfficeList }).then(
    (r) => r.offices,
  );
const assignOffice = async (officeId: string | null, version?: number) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${CASE}/external-role/office`,
    body: { officeId, version: version ?? (await getCase()).version },
    schema: CaseDetail,
  });
const users = () => apiRequest({ path: `/cases/${CASE}/external-role/users`, schema: EligibleUserList });
const assignUser = async (userId: string | null) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${CASE}/external-role/user`,
    body: { userId, version: (await getCase()).version },
    schema: CaseDetail,
  });
const caseAction = async (action: CaseActionKind) =>
  apiRequest({
    method: 'POST',
    path: `/cases/${CASE}/actions`,
    body: { action, version: (await getCase()).version },
    schema: CaseDetail,
  });
const log = () => apiRequest({ path: `/cases/${CASE}/log`, schema: CaseLog });
const notifications = () => apiRequest({ path: '/notifications', schema: NotificationList });

/** The ApiError a request fails with (fails the test if it succeeds). */
async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

const label = (o: { distanceKm: number; name: string }) => `(${formatKm(o.distanceKm)}) ${o.name}`;

function setFlag(userId: string, flagged: boolean) {
  db().users.update(userId, (u) => ({ ...u, externalCaseHandler: flagged }));
}

describe('eligible offices for the role (Tildel)', () => {
  it("lists the recommended offices nearest first, with the guide's km label", async () => {
    signInAs(INSURER);
    const list = await offices('recommended');
    const km = list.map((o) => o.distanceKm);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(list.map(label)).toContain('(15.3 km) Hans & Jørn Servicepartner - Oslo');
    expect(list.length).toBeGreaterThanOrEqual(5);
    expect(list.every((o) => o.recommended)).toBe(true);
  });

  it('offers the whole list of available offices sorted by name, a superset of the recommended ones', async () => {
    signInAs(INSURER);
    const recommended = await offices('recommended');
    const all = await offices('all');
    const names = all.map((o) => o.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(all.length).toBeGreaterThan(recommended.length);
    for (const o of recommended) expect(names).toContain(o.name);
    // Far-away offices are in the whole list only.
    expect(all.find((o) => o.name === 'Midt-Norge Håndverk - Tromsø')).toMatchObject({ recommended: false });
    expect(recommended.find((o) => o.name === 'Midt-Norge Håndverk - Tromsø')).toBeUndefined();
  });

  it('leaves out an office with no active flagged user, and adds it once one of its users is flagged', async () => {
    signInAs(INSURER);
    expect((await offices('all')).map((o) => o.id)).not.toContain(IDS.torkOslo);
    const torkUser = db().users.find(
      (u) => u.officeId === IDS.torkOslo && u.authLevel === 'user' && u.status === 'active',
    );
    expect(torkUser).toBeDefined();
    setFlag(torkUser!.id, true);
    const all = await offices('all');
    expect(all.map((o) => o.id)).toContain(IDS.torkOslo);
    expect((await offices('recommended')).map((o) => o.id)).toContain(IDS.torkOslo);
  });

  it('drops an office as soon as its last flagged user is un-flagged', async () => {
    signInAs(INSURER);
    expect((await offices('recommended')).map((o) => o.id)).toContain(IDS.hansJornOslo);
    const flagged = db().users.where((u) => u.officeId === IDS.hansJornOslo && u.externalCaseHandler);
    expect(flagged.length).toBeGreaterThan(1);
    for (const u of flagged.slice(1)) setFlag(u.id, false);
    // One flagged user left: still eligible.
    expect((await offices('all')).map((o) => o.id)).toContain(IDS.hansJornOslo);
    setFlag(flagged[0]!.id, false);
    expect((await offices('all')).map((o) => o.id)).not.toContain(IDS.hansJornOslo);
    const e = await failure(assignOffice(IDS.hansJornOslo));
    expect(e.status).toBe(422);
    expect(e.fieldErrors.officeId?.code).toBe('validation.notEligible');
  });

  it('refuses an ineligible or unknown office with 422 and changes nothing', async () => {
    signInAs(INSURER);
    for (const id of [IDS.torkOslo, 'o-does-not-exist']) {
      const e = await failure(assignOffice(id));
      expect(e.status).toBe(422);
      expect(e.fieldErrors.officeId?.code).toBe('validation.notEligible');
    }
    expect((await getCase()).externalCaseHandler.office).toBeNull();
    expect((await log()).map((l) => l.action)).toEqual(['caseCreated']);
  });

  it('answers 409 on a stale version', async () => {
    signInAs(INSURER);
    const { version } = await getCase();
    await caseAction('hold');
    const e = await failure(assignOffice(IDS.hansJornOslo, version));
    expect(e.status).toBe(409);
    expect(e.code).toBe('stale_version');
  });
});

describe('assigning the office, then the user (R3, R4)', () => {
  it('notifies the office, lets its admin pick only flagged active users, and resolves the notification', async () => {
    signInAs(OFFICE_ADMIN);
    const before = await notifications();

    signInAs(INSURER);
    const detail = await assignOffice(IDS.hansJornOslo);
    expect(detail.externalCaseHandler).toEqual({
      office: { id: IDS.hansJornOslo, name: 'Hans & Jørn Servicepartner - Oslo' },
      user: null,
      userRemoved: false,
      until: null,
      waitingForOffice: null,
    });

    signInAs(OFFICE_ADMIN);
    const after = await notifications();
    expect(after.unread).toBe(before.unread + 1);
    const n = after.items.find((x) => x.caseId === CASE);
    expect(n).toMatchObject({
      kind: 'assignExternalUser',
      read: false,
      resolved: false,
      caseAddress: 'Edwards Munchs vei, 1063 Oslo',
      caseAccessible: true,
    });
    // The flagged user of the office cannot assign anyone and cannot open the case yet: not told (issue 8).
    signInAs(JORN_SERVICE);
    expect((await notifications()).items.find((x) => x.caseId === CASE)).toBeUndefined();

    signInAs(OFFICE_ADMIN);
    const offered = await users();
    const flaggedOfOffice = db().users.where(
      (u) => u.officeId === IDS.hansJornOslo && u.externalCaseHandler && u.status === 'active',
    );
    expect(offered.map((u) => u.id).sort()).toEqual(flaggedOfOffice.map((u) => u.id).sort());
    expect(offered.map((u) => u.name)).toContain('Jørn Service');
    expect(offered.map((u) => u.id)).not.toContain(IDS.craftsman);
    expect(offered.map((u) => u.id)).not.toContain(IDS.officeAdmin);
    // The un-flagged craftsman of the same office is refused.
    const e = await failure(assignUser(IDS.craftsman));
    expect(e.status).toBe(422);
    expect(e.fieldErrors.userId?.code).toBe('validation.notEligible');
    // A flagged user of another office is refused too.
    const drammenFlagged = db().users.find((u) => u.officeId === IDS.hansJornDrammen && u.externalCaseHandler)!;
    expect((await failure(assignUser(drammenFlagged.id))).status).toBe(422);

    const assigned = await assignUser(IDS.jornService);
    expect(assigned.externalCaseHandler.user?.name).toBe('Jørn Service');
    const resolved = await notifications();
    expect(resolved.items.find((x) => x.caseId === CASE && x.kind === 'assignExternalUser')?.resolved).toBe(true);
    expect(resolved.unread).toBe(before.unread);

    // Jørn Service is told, and can now open the case with the always-granted rights.
    signInAs(JORN_SERVICE);
    expect(
      (await notifications()).items.find((x) => x.caseId === CASE && x.kind === 'externalUserAssigned'),
    ).toBeDefined();
    const seen = await getCase();
    expect(seen.viewer.relation).toBe('externalCaseHandler');
    expect(seen.viewer.permissions).toEqual(
      expect.arrayContaining(['case:chat', 'case:documents', 'case:reportedInfo']),
    );
  });

  it('does not offer an inactive flagged user', async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    db().users.update(IDS.jornService, (u) => ({ ...u, status: 'inactive' }));
    setFlag(IDS.craftsman, true);
    const names = (await users()).map((u) => u.name);
    expect(names).toContain('Hege Håndverker');
    expect(names).not.toContain('Jørn Service');
    expect((await failure(assignUser(IDS.jornService))).status).toBe(422);
  });

  it('refuses (403) an office admin of another office who is linked to the case by a task', async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    // Give a task of the case to the Drammen office: its admin now sees the case as a partner.
    db().cases.update(CASE, (c) => ({
      ...c,
      tasks: c.tasks.map((t, i) => (i === 0 ? { ...t, officeId: IDS.hansJornDrammen, status: '0' } : t)),
    }));
    const drammenAdmin = db().users.find((u) => u.officeId === IDS.hansJornDrammen && u.authLevel === 'office_admin')!;
    signInAs(drammenAdmin.email);
    expect((await getCase()).viewer.relation).toBe('partner');
    expect((await failure(users())).status).toBe(403);
    expect((await failure(assignUser(IDS.jornService))).status).toBe(403);
    expect((await failure(offices('recommended'))).status).toBe(403);
    expect((await failure(assignOffice(IDS.hansJornDrammen))).status).toBe(403);
  });

  it('answers 409 for the user list while no office holds the role', async () => {
    signInAs(INSURER);
    const e = await failure(users());
    expect(e.status).toBe(409);
    expect(e.code).toBe('no_external_office');
  });

  it('hides the case (404) from an unrelated partner user on every endpoint', async () => {
    signInAs(CRAFTSMAN);
    const version = 1;
    const attempts: Promise<unknown>[] = [
      getCase(),
      offices('recommended'),
      offices('all'),
      apiRequest({
        method: 'PUT',
        path: `/cases/${CASE}/external-role/office`,
        body: { officeId: IDS.hansJornOslo, version },
        schema: CaseDetail,
      }),
      users(),
      apiRequest({
        method: 'PUT',
        path: `/cases/${CASE}/external-role/user`,
        body: { userId: IDS.craftsman, version },
        schema: CaseDetail,
      }),
      log(),
      apiRequest({
        method: 'POST',
        path: `/cases/${CASE}/actions`,
        body: { action: 'hold', version },
        schema: CaseDetail,
      }),
    ];
    // They settle in any order: each failure is handled at once, and checked below.
    for (const p of attempts) p.catch(() => undefined);
    for (const p of attempts) expect((await failure(p)).status).toBe(404);
    // Even once the office holds the role: the craftsman is not its admin nor the assigned user.
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    signInAs(CRAFTSMAN);
    expect((await failure(getCase())).status).toBe(404);
    expect((await failure(users())).status).toBe(404);
  });

  it('logs every change of the role with who and what, newest first', async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    signInAs(OFFICE_ADMIN);
    await assignUser(IDS.jornService);
    await assignUser(null);
    signInAs(INSURER);
    await assignOffice(IDS.hansJornDrammen);
    await assignOffice(null);
    const entries = await log();
    expect(entries.map((e) => [e.action, e.actor?.name, e.params])).toEqual([
      ['externalRoleRemoved', 'Siri Saksbehandler', { office: 'Hans & Jørn Servicepartner - Drammen' }],
      [
        'externalOfficeChanged',
        'Siri Saksbehandler',
        { from: 'Hans & Jørn Servicepartner - Oslo', to: 'Hans & Jørn Servicepartner - Drammen' },
      ],
      ['externalUserRemoved', 'Kjell Kontor', { user: 'Jørn Service', office: 'Hans & Jørn Servicepartner - Oslo' }],
      ['externalUserAssigned', 'Kjell Kontor', { user: 'Jørn Service', office: 'Hans & Jørn Servicepartner - Oslo' }],
      ['externalOfficeAssigned', 'Siri Saksbehandler', { office: 'Hans & Jørn Servicepartner - Oslo' }],
      ['caseCreated', 'Siri Saksbehandler', {}],
    ]);
    expect((await getCase()).externalCaseHandler).toEqual({
      office: null,
      user: null,
      userRemoved: false,
      until: null,
      waitingForOffice: null,
    });
  });

  it('moving the role clears the user, tells them, and notifies the new office', async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    await assignUser(IDS.jornService);
    const moved = await assignOffice(IDS.hansJornDrammen);
    expect(moved.externalCaseHandler).toEqual({
      office: { id: IDS.hansJornDrammen, name: 'Hans & Jørn Servicepartner - Drammen' },
      user: null,
      userRemoved: false,
      until: null,
      waitingForOffice: null,
    });
    signInAs(JORN_SERVICE);
    expect((await failure(getCase())).status).toBe(404);
    expect(
      (await notifications()).items.find((n) => n.caseId === CASE && n.kind === 'externalRoleRemoved'),
    ).toBeDefined();
    const drammenAdmin = db().users.find((u) => u.officeId === IDS.hansJornDrammen && u.authLevel === 'office_admin')!;
    signInAs(drammenAdmin.email);
    expect((await notifications()).items.find((n) => n.caseId === CASE)).toMatchObject({
      kind: 'assignExternalUser',
      resolved: false,
    });
  });
});

describe('case actions (Sakstiltak) and the log', () => {
  it('puts the case on hold, resumes, closes and logs each step', async () => {
    signInAs(INSURER);
    expect((await caseAction('hold')).status).toBe('on_hold');
    expect((await caseAction('resume')).status).toBe('open');
    const closed = await caseAction('close');
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'normal' });
    const e = await failure(caseAction('cancel'));
    expect(e.status).toBe(409);
    expect((await log()).map((l) => l.action)).toEqual(['caseClosed', 'caseResumed', 'caseOnHold', 'caseCreated']);
  });

  it('cancels a case', async () => {
    signInAs(INSURER);
    expect((await caseAction('cancel')).status).toBe('cancelled');
    expect((await log())[0]).toMatchObject({ action: 'caseCancelled', actor: { name: 'Siri Saksbehandler' } });
  });

  it('refuses case actions (403) to a partner linked to the case, and to the external case handler', async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    signInAs(OFFICE_ADMIN);
    await assignUser(IDS.jornService);
    for (const email of [OFFICE_ADMIN, JORN_SERVICE]) {
      signInAs(email);
      for (const action of ['hold', 'close', 'cancel'] as const)
        expect((await failure(caseAction(action))).status).toBe(403);
      // Both may read the log.
      expect((await log()).length).toBeGreaterThan(0);
    }
  });

  it('records the claim decision for those with the right, and refuses the others', async () => {
    signInAs(INSURER);
    const body = async (decision: string) => ({ decision, version: (await getCase()).version });
    const decided = await apiRequest({
      method: 'POST',
      path: `/cases/${CASE}/claim-decision`,
      body: await body('accepted'),
      schema: CaseDetail,
    });
    expect(decided.claimDecision).toBe('accepted');
    expect((await log())[0]).toMatchObject({ action: 'claimAccepted' });
    const bad = await failure(
      apiRequest({
        method: 'POST',
        path: `/cases/${CASE}/claim-decision`,
        body: await body('maybe'),
        schema: CaseDetail,
      }),
    );
    expect(bad.status).toBe(422);
    await assignOffice(IDS.hansJornOslo);
    signInAs(OFFICE_ADMIN);
    const e = await failure(
      apiRequest({
        method: 'POST',
        path: `/cases/${CASE}/claim-decision`,
        body: await body('rejected'),
        schema: CaseDetail,
      }),
    );
    expect(e.status).toBe(403);
  });

  it('changes the case handler and the reminder', async () => {
    signInAs(INSURER);
    const options = await apiRequest({
      path: `/cases/${CASE}/case-handlers`,
      schema: z.array(z.object({ id: z.string(), name: z.string() })),
    });
    const other = options.find((o) => o.id !== IDS.caseHandler)!;
    const changed = await apiRequest({
      method: 'PUT',
      path: `/cases/${CASE}/case-handler`,
      body: { userId: other.id, version: (await getCase()).version },
      schema: CaseDetail,
    });
    expect(changed.caseHandler?.name).toBe(other.name);
    const notStaff = await failure(
      apiRequest({
        method: 'PUT',
        path: `/cases/${CASE}/case-handler`,
        body: { userId: IDS.jornService, version: changed.version },
        schema: CaseDetail,
      }),
    );
    expect(notStaff.status).toBe(422);
    const reminded = await apiRequest({
      method: 'PUT',
      path: `/cases/${CASE}/reminder`,
      body: { reminder: true, version: changed.version },
      schema: CaseDetail,
    });
    expect(reminded.reminder).toBe(true);
    expect((await log()).slice(0, 2).map((l) => [l.action, l.params])).toEqual([
      ['reminderOn', {}],
      ['caseHandlerChanged', { name: other.name }],
    ]);
  });
});

describe('notifications', () => {
  it("marks one or all as read and keeps others' notifications out of reach", async () => {
    signInAs(INSURER);
    await assignOffice(IDS.hansJornOslo);
    signInAs(OFFICE_ADMIN);
    const list = await notifications();
    expect(list.unread).toBeGreaterThan(0);
    const n = list.items.find((x) => x.caseId === CASE)!;
    await apiRequest({ method: 'POST', path: `/notifications/${n.id}/read`, schema: z.undefined() });
    const after = await notifications();
    expect(after.unread).toBe(list.unread - 1);
    expect(after.items.find((x) => x.id === n.id)?.read).toBe(true);

    signInAs(CRAFTSMAN);
    expect((await notifications()).items.find((x) => x.id === n.id)).toBeUndefined();
    expect(
      (await failure(apiRequest({ method: 'POST', path: `/notifications/${n.id}/read`, schema: z.undefined() })))
        .status,
    ).toBe(404);

    signInAs(OFFICE_ADMIN);
    await apiRequest({ method: 'POST', path: '/notifications/read-all', schema: z.undefined() });
    expect((await notifications()).unread).toBe(0);
  });
});
