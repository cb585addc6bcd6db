import type { NotificationKind, UpdateMemberInput } from '@/api/contract';
import { NOTIFICATION_KINDS } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import type { UserRow } from '@mocks/db/schema';
import { signInAs } from '@test/renderApp';
import { call, memberBody } from '@test/api';

/**
 * Issue 8's notification rules through the handlers: who receives "a user must be assigned", what it says
 * (who asked, when, the "Tildel bruker" action), when it is resolved; what un-flagging, deactivating or
 * moving the role holder tells whom; and that nobody receives a notification linking to a case they cannot open.
 */

const CASE: string = IDS.guideCase;
const HANDLER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const JORN = 'jorn.service@hansjorn.test';
const CRAFTSMAN = 'handverker@hansjorn.test';
const ADMIN = 'admin@jorn6.test';

type Item = {
  id: string;
  kind: NotificationKind;
  caseId: string;
  caseAccessible: boolean;
  caseAddress: string | null;
  resolved: boolean;
  read: boolean;
  actor: { name: string } | null;
  params: Record<string, string>;
  actions: string[];
};
const list = async (email: string) =>
  (await call('GET', '/notifications', { token: signInAs(email) })).json as { items: Item[]; unread: number };
const forCase = async (email: string, kind?: NotificationKind, caseId = CASE) =>
  (await list(email)).items.filter((n) => n.caseId === caseId && (!kind || n.kind === kind));
const version = (id = CASE) => db().cases.get(id)!.version;

/** Only Jørn Service is flagged in Hans & Jørn Oslo (the seed may flag another user: not here). */
function onlyJornFlaggedInOslo() {
  for (const u of db().users.where(
    (x) => x.officeId === IDS.hansJornOslo && x.id !== IDS.jornService && x.externalCaseHandler,
  )) {
    db().users.update(u.id, (x) => ({ ...x, externalCaseHandler: false }));
  }
}
/** The craftsman becomes a second flagged user of the office. */
const flagCraftsman = () => db().users.update(IDS.craftsman, (u) => ({ ...u, externalCaseHandler: true }));

async function giveRoleToOslo(caseId = CASE) {
  const r = await call('PUT', `/cases/${caseId}/external-role/office`, {
    token: signInAs(HANDLER),
    body: { officeId: IDS.hansJornOslo, version: version(caseId) },
  });
  expect(r.status).toBe(200);
}
async function assignJorn(caseId = CASE) {
  const r = await call('PUT', `/cases/${caseId}/external-role/user`, {
    token: signInAs(OFFICE_ADMIN),
    body: { userId: IDS.jornService, version: version(caseId) },
  });
  expect(r.status).toBe(200);
}

/** Saves Jørn Service as the company admin, confirming exactly the cases the impact endpoint names. */
async function saveJorn(over: Partial<UpdateMemberInput>) {
  const token = signInAs(ADMIN);
  const jorn = db().users.get(IDS.jornService)!;
  const target = { ...jorn, ...over } as UserRow;
  const q = new URLSearchParams({
    externalCaseHandler: String(target.externalCaseHandler),
    status: target.status,
    officeId: target.officeId ?? '',
  });
  const impact = await call('GET', `/members/${IDS.jornService}/unflag-impact?${q}`, { token });
  const r = await call('PUT', `/members/${IDS.jornService}`, {
    token,
    body: memberBody(jorn, { ...over, confirmUnflagCaseIds: impact.json.caseIds }),
  });
  expect(r.status).toBe(200);
}

describe('"En bruker må tildeles rollen": who receives it, what it says, when it ends', () => {
  it('goes to the chosen office\'s admins only, names who asked and when, and carries "Tildel bruker"', async () => {
    await giveRoleToOslo();
    const [n] = await forCase(OFFICE_ADMIN, 'assignExternalUser');
    expect(n).toMatchObject({
      caseAccessible: true,
      resolved: false,
      actor: { name: 'Siri Saksbehandler' },
      actions: ['assignExternalUser'],
    });
    expect(Date.now() - Date.parse((n as unknown as { createdAt: string }).createdAt)).toBeLessThan(60_000);
    // Jørn Service is flagged but not an office admin: he never receives it, nor does the craftsman.
    expect(await forCase(JORN)).toEqual([]);
    expect(await forCase(CRAFTSMAN)).toEqual([]);
    // The insurer's case handler sees the pending state on the case itself.
    const c = await call('GET', `/cases/${CASE}`, { token: signInAs(HANDLER) });
    expect(c.json.externalCaseHandler).toMatchObject({ office: { id: IDS.hansJornOslo }, user: null });
  });

  it('is resolved when a user is assigned, and the bell stops counting it', async () => {
    await giveRoleToOslo();
    const before = (await list(OFFICE_ADMIN)).unread;
    await assignJorn();
    const [n] = await forCase(OFFICE_ADMIN, 'assignExternalUser');
    expect(n).toMatchObject({ resolved: true, actions: [] });
    expect((await list(OFFICE_ADMIN)).unread).toBe(before - 1);
    expect(await forCase(JORN, 'externalUserAssigned')).toEqual([
      expect.objectContaining({ caseAccessible: true, actor: expect.objectContaining({ name: 'Kjell Kontor' }) }),
    ]);
  });

  it.each([
    [
      'the role is removed',
      async () =>
        call('PUT', `/cases/${CASE}/external-role/office`, {
          token: signInAs(HANDLER),
          body: { officeId: null, version: version() },
        }),
    ],
    [
      'the role is moved',
      async () =>
        call('PUT', `/cases/${CASE}/external-role/office`, {
          token: signInAs(HANDLER),
          body: { officeId: IDS.hansJornDrammen, version: version() },
        }),
    ],
    [
      'the case is closed',
      async () =>
        call('POST', `/cases/${CASE}/actions`, {
          token: signInAs(HANDLER),
          body: { action: 'close', version: version() },
        }),
    ],
    [
      'the case is cancelled',
      async () =>
        call('POST', `/cases/${CASE}/actions`, {
          token: signInAs(HANDLER),
          body: { action: 'cancel', version: version() },
        }),
    ],
  ])('is resolved when %s', async (_what, act) => {
    db().users.update(
      db().users.where((u) => u.officeId === IDS.hansJornDrammen && u.authLevel === 'user')[0]!.id,
      (u) => ({ ...u, externalCaseHandler: true }),
    );
    await giveRoleToOslo();
    expect((await act()).status).toBe(200);
    const n = db().notifications.where(
      (x) => x.caseId === CASE && x.kind === 'assignExternalUser' && x.officeId === IDS.hansJornOslo,
    );
    expect(n).toHaveLength(1);
    expect(n[0]!.resolvedAt).not.toBeNull();
  });
});

describe('un-flagging, deactivating or moving the role holder', () => {
  it.each([
    ['un-flagged', { externalCaseHandler: false }, 'unflagged'],
    ['deactivated', { status: 'inactive' as const }, 'deactivated'],
    ['moved to another office', { officeId: IDS.hansJornDrammen }, 'moved'],
  ])(
    '%s: the user is told without a link, the office is asked to assign another of its users',
    async (_what, over, reason) => {
      onlyJornFlaggedInOslo();
      flagCraftsman();
      await giveRoleToOslo();
      await assignJorn();
      await saveJorn(over);
      const removed = db().notifications.where(
        (n) => n.caseId === CASE && n.kind === 'externalRoleRemoved' && n.userId === IDS.jornService,
      );
      expect(removed).toEqual([
        expect.objectContaining({
          actorId: IDS.companyAdmin,
          params: { office: 'Hans & Jørn Servicepartner - Oslo', reason },
        }),
      ]);
      if (reason === 'unflagged') {
        // Still active: he reads the case number, no address, no link.
        expect(await forCase(JORN, 'externalRoleRemoved')).toEqual([
          expect.objectContaining({ caseAccessible: false, caseAddress: null }),
        ]);
      }
      const asks = (await forCase(OFFICE_ADMIN, 'assignExternalUser')).filter((n) => !n.resolved);
      expect(asks).toEqual([
        expect.objectContaining({
          actor: expect.objectContaining({ name: 'Anne Admin' }),
          params: expect.objectContaining({ user: 'Jørn Service', reason }),
          actions: ['assignExternalUser'],
        }),
      ]);
      expect(await forCase(HANDLER, 'externalOfficeWithoutUser')).toEqual([]);
    },
  );

  it("an office left with no flagged active user while holding the role: its admins and the case's Saksbehandler are told", async () => {
    onlyJornFlaggedInOslo();
    await giveRoleToOslo();
    await assignJorn();
    db().cases.update(CASE, (c) => ({ ...c, caseHandlerId: IDS.caseHandler }));
    await saveJorn({ externalCaseHandler: false });
    expect((await forCase(OFFICE_ADMIN, 'assignExternalUser')).filter((n) => !n.resolved)).toEqual([]);
    expect(await forCase(OFFICE_ADMIN, 'externalRoleHolderLost')).toEqual([
      expect.objectContaining({ caseAccessible: true, params: expect.objectContaining({ reason: 'unflagged' }) }),
    ]);
    expect(await forCase(HANDLER, 'externalOfficeWithoutUser')).toEqual([
      expect.objectContaining({
        caseAccessible: true,
        params: expect.objectContaining({ office: 'Hans & Jørn Servicepartner - Oslo' }),
      }),
    ]);
    // Only the case's own Saksbehandler, not every case handler.
    const others = db().users.where(
      (u) => u.companyId === IDS.insurer && u.authLevel === 'case_handler' && u.id !== IDS.caseHandler,
    );
    expect(
      db().notifications.where((n) => n.kind === 'externalOfficeWithoutUser' && others.some((o) => o.id === n.userId)),
    ).toEqual([]);
    // Giving the role to another office resolves it.
    await call('PUT', `/cases/${CASE}/external-role/office`, {
      token: signInAs(HANDLER),
      body: { officeId: null, version: version() },
    });
    expect(await forCase(HANDLER, 'externalOfficeWithoutUser')).toEqual([expect.objectContaining({ resolved: true })]);
  });

  it("where the case has no Saksbehandler, the insurer's active case handlers are told", async () => {
    onlyJornFlaggedInOslo();
    await giveRoleToOslo();
    db().cases.update(CASE, (c) => ({ ...c, caseHandlerId: null }));
    await saveJorn({ externalCaseHandler: false });
    const handlers = db().users.where(
      (u) => u.companyId === IDS.insurer && u.authLevel === 'case_handler' && u.status === 'active',
    );
    const told = db()
      .notifications.where((n) => n.caseId === CASE && n.kind === 'externalOfficeWithoutUser')
      .map((n) => n.userId)
      .sort();
    expect(told).toEqual(handlers.map((u) => u.id).sort());
  });

  it('in a closed case the former holder keeps his name in the header, marked as removed, and the log says so', async () => {
    onlyJornFlaggedInOslo();
    flagCraftsman();
    await giveRoleToOslo();
    await assignJorn();
    const closed = await call('POST', `/cases/${CASE}/actions`, {
      token: signInAs(HANDLER),
      body: { action: 'close', version: version() },
    });
    expect(closed.status).toBe(200);
    const v = version();
    await saveJorn({ externalCaseHandler: false });
    expect(version()).toBe(v); // history is not changed
    const c = await call('GET', `/cases/${CASE}`, { token: signInAs(HANDLER) });
    expect(c.json.externalCaseHandler).toMatchObject({ user: { name: 'Jørn Service' }, userRemoved: true });
    const log = await call('GET', `/cases/${CASE}/log`, { token: signInAs(HANDLER) });
    expect(log.json[0]).toMatchObject({
      action: 'externalUserRemovedByUnflag',
      params: { user: 'Jørn Service', reason: 'unflagged' },
    });
    expect((await call('GET', `/cases/${CASE}`, { token: signInAs(JORN) })).status).toBe(404);
  });
});

describe('nobody receives a notification that links to a case they cannot open', () => {
  it('for every kind, for every seeded user', async () => {
    onlyJornFlaggedInOslo();
    flagCraftsman();
    await giveRoleToOslo(); // assignExternalUser
    await assignJorn(); // externalUserAssigned
    await call('PUT', `/cases/${CASE}/chat/subscription`, { token: signInAs(JORN), body: { subscribed: true } });
    await call('POST', `/cases/${CASE}/chat`, { token: signInAs(HANDLER), body: { text: 'Hei' } }); // chatMessage
    // Issue 14: a budget over Jørn's limit sent to the insurer and answered; the role's last day is today.
    const taskId = `${CASE}-t-escalated`;
    db().cases.update(CASE, (c) => ({
      ...c,
      tasks: [
        ...c.tasks,
        {
          id: taskId,
          type: 'drying',
          status: 'B',
          officeId: IDS.torkOslo,
          userId: null,
          cashOffer: false,
          budget: { amount: 2_000_000, status: 'submitted', addedById: null },
          workItems: [],
        },
      ],
    }));
    expect(
      (
        await call('POST', `/cases/${CASE}/tasks/${taskId}/budget/escalate`, {
          token: signInAs(JORN),
          body: { amount: 2_000_000, version: version() },
        })
      ).status,
    ).toBe(200); // budgetEscalated
    expect(
      (
        await call('POST', `/cases/${CASE}/tasks/${taskId}/budget/escalation/answer`, {
          token: signInAs(HANDLER),
          body: { decision: 'approve', comment: '', amount: 2_000_000, version: version() },
        })
      ).status,
    ).toBe(200); // budgetEscalationAnswered
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    expect(
      (
        await call('PUT', `/cases/${CASE}/external-role/office`, {
          token: signInAs(HANDLER),
          body: { officeId: IDS.hansJornOslo, until: today, version: version() },
        })
      ).status,
    ).toBe(200); // externalRoleEndsSoon, with the next request
    await saveJorn({ externalCaseHandler: false }); // externalRoleRemoved, assignExternalUser again
    db().users.update(IDS.craftsman, (u) => ({ ...u, version: u.version }));
    const craftsman = db().users.get(IDS.craftsman)!;
    const impact = await call('GET', `/members/${IDS.craftsman}/unflag-impact`, { token: signInAs(ADMIN) });
    expect(
      (
        await call('PUT', `/members/${IDS.craftsman}`, {
          token: signInAs(ADMIN),
          body: memberBody(craftsman, { externalCaseHandler: false, confirmUnflagCaseIds: impact.json.caseIds }),
        })
      ).status,
    ).toBe(200);
    // externalRoleHolderLost, externalOfficeWithoutUser
    // Issue 14: the office has waited long (officeNotAnswering), then the role's last day passes (externalRoleEnded).
    db().cases.update(CASE, (c) => ({
      ...c,
      externalOfficeAssignedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    }));
    await list(HANDLER);
    expect(
      (await call('POST', '/system/clock/advance', { token: signInAs(HANDLER), body: { minutes: 3 * 24 * 60 } }))
        .status,
    ).toBe(200);
    const kinds = new Set(
      db()
        .notifications.where((n) => n.caseId === CASE)
        .map((n) => n.kind),
    );
    expect([...kinds].sort()).toEqual([...NOTIFICATION_KINDS].sort());

    for (const u of db().users.where((x) => x.status === 'active' && x.companyId !== IDS.platformCompany)) {
      const items = (await list(u.email)).items;
      for (const n of items) {
        // The notices that someone lost the role name the case without a link (no address) to whoever cannot open it.
        if (n.kind === 'externalRoleRemoved' || n.kind === 'externalRoleEnded') {
          if (!n.caseAccessible) expect(n.caseAddress).toBeNull();
          continue;
        }
        expect({ user: u.email, kind: n.kind, caseAccessible: n.caseAccessible }).toEqual({
          user: u.email,
          kind: n.kind,
          caseAccessible: true,
        });
      }
    }
  });
});

describe('the un-flag confirmation is tied to the cases shown (issue 9, point 10)', () => {
  it('a case assigned after the impact was read is not included silently: 409 again, nothing changed', async () => {
    onlyJornFlaggedInOslo();
    flagCraftsman();
    await giveRoleToOslo();
    await assignJorn();
    const token = signInAs(ADMIN);
    const shown = (await call('GET', `/members/${IDS.jornService}/unflag-impact`, { token })).json as {
      caseIds: string[];
      cases: { id: string; reference: string }[];
    };
    expect(shown.caseIds).toContain(CASE);
    expect(shown.cases.find((c) => c.id === CASE)?.reference).toBe('000001');

    // Meanwhile Jørn is given the role in another case.
    const other = db().cases.where((c) => c.status === 'open' && c.externalOfficeId === null && c.id !== CASE)[0]!;
    await giveRoleToOslo(other.id);
    await assignJorn(other.id);

    const before = db().users.get(IDS.jornService)!;
    const r = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(before, { externalCaseHandler: false, confirmUnflagCaseIds: shown.caseIds }),
    });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ code: 'unflag_needs_confirmation', params: { count: shown.caseIds.length + 1 } });
    expect(db().users.get(IDS.jornService)!.externalCaseHandler).toBe(true);
    expect(db().cases.get(other.id)!.externalUserId).toBe(IDS.jornService);

    // A bare "yes" is not a confirmation either.
    const bare = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: { ...memberBody(before, { externalCaseHandler: false }), confirmUnflag: true },
    });
    expect(bare.status).toBe(409);

    const again = (await call('GET', `/members/${IDS.jornService}/unflag-impact`, { token })).json as {
      caseIds: string[];
    };
    expect(again.caseIds).toEqual(expect.arrayContaining([CASE, other.id]));
    const ok = await call('PUT', `/members/${IDS.jornService}`, {
      token,
      body: memberBody(before, { externalCaseHandler: false, confirmUnflagCaseIds: again.caseIds }),
    });
    expect(ok.status).toBe(200);
    expect(db().cases.get(other.id)!.externalUserId).toBeNull();
  });

  it('the impact answers for deactivation and moves too, and refuses a malformed query with 400', async () => {
    await giveRoleToOslo();
    await assignJorn();
    const token = signInAs(ADMIN);
    const q = (s: string) => call('GET', `/members/${IDS.jornService}/unflag-impact?${s}`, { token });
    expect((await q('externalCaseHandler=true&status=inactive')).json.caseIds).toContain(CASE);
    expect((await q(`externalCaseHandler=true&officeId=${IDS.hansJornDrammen}`)).json.caseIds).toContain(CASE);
    expect((await q('externalCaseHandler=true')).json.caseIds).toEqual([]);
    expect((await q('status=gone')).status).toBe(400);
  });
});
