import {
  CASE_BASE_PERMISSIONS,
  ORE_PER_NOK,
  RIGHT_KEYS,
  type CasePermission,
  type GlobalPermission,
  type RightKey,
} from '@/api/contract';
import { DEFAULT_SEED, seedDatabase } from '../db/seed';
import { IDS } from '../db/ids';
import type { CaseRow, PortalRow, TaskRow, UserRow } from '../db/schema';
import {
  canAssignExternalUser,
  canHoldExternalRole,
  canManageMembers,
  caseRelation,
  casePermissions,
  effectiveBudgetLimit,
  eligibleOfficeIds,
  eligibleUsersOfOffice,
  globalPermissions,
  hasCasePermission,
  isAddressedTo,
  isNotificationFor,
  withinBudgetLimit,
  type CaseRelation,
} from './access';

// ---------- fixtures: personas from the seed, hand-made case states ----------

const seed = seedDatabase(DEFAULT_SEED);

function byId<T extends { id: string }>(rows: readonly T[], id: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`fixture: no row ${id}`);
  return row;
}

const portal: PortalRow = byId(seed.portals, IDS.portal);
const guideCase: CaseRow = byId(seed.cases, IDS.guideCase);
const seededUser = (id: string) => byId(seed.users, id);

/** A seeded user of another office than Hans & Jørn Oslo, by office and level. */
function seededUserOf(officeId: string, authLevel: UserRow['authLevel'], flagged: boolean): UserRow {
  const u = seed.users.find(
    (x) =>
      x.officeId === officeId &&
      x.authLevel === authLevel &&
      x.externalCaseHandler === flagged &&
      x.status === 'active',
  );
  if (!u) throw new Error(`fixture: no ${authLevel} (flagged=${flagged}) in ${officeId}`);
  return u;
}

const BERGEN = 'o-vestbygg-bergen';

const P = {
  platformAdmin: seededUser(IDS.platformAdmin),
  companyAdmin: seededUser(IDS.companyAdmin),
  caseHandler: seededUser(IDS.caseHandler),
  officeAdmin: seededUser(IDS.officeAdmin),
  jornService: seededUser(IDS.jornService),
  craftsman: seededUser(IDS.craftsman),
  bergenAdmin: seededUserOf(BERGEN, 'office_admin', false),
  bergenFlagged: seededUserOf(BERGEN, 'user', true),
  inactiveJorn: { ...seededUser(IDS.jornService), status: 'inactive' },
  inactiveCaseHandler: { ...seededUser(IDS.caseHandler), status: 'inactive' },
  inactiveOfficeAdmin: { ...seededUser(IDS.officeAdmin), status: 'inactive' },
  inactiveCompanyAdmin: { ...seededUser(IDS.companyAdmin), status: 'inactive' },
  /** A partner company's own admin: "company_admin" but not of the insurer. */
  partnerCompanyAdmin: {
    ...seededUser(IDS.craftsman),
    id: 'u-partner-company-admin',
    authLevel: 'company_admin',
    officeId: null,
  },
} satisfies Record<string, UserRow>;
type Persona = keyof typeof P;

const task = (over: Partial<TaskRow>): TaskRow => ({
  id: 't-fixture',
  type: 'drying',
  status: '1',
  officeId: null,
  userId: null,
  cashOffer: false,
  budget: null,
  workItems: [],
  ...over,
});

/** Case states: the guide's case with overridden fields. */
const C = {
  /** No external office, tasks not assigned to anyone. */
  base: { ...guideCase, externalOfficeId: null, externalUserId: null },
  /** R3 done, R4 pending: Hans & Jørn Oslo holds the role, no user assigned yet. */
  officeOnly: { ...guideCase, externalOfficeId: IDS.hansJornOslo, externalUserId: null },
  /** R4 done: Jørn Service holds the role. */
  assigned: { ...guideCase, externalOfficeId: IDS.hansJornOslo, externalUserId: IDS.jornService },
  /** The craftsman does a task here; no external role. */
  craftsmanTask: {
    ...guideCase,
    tasks: [...guideCase.tasks, task({ officeId: IDS.hansJornOslo, userId: IDS.craftsman })],
  },
  /** A task given to the Oslo office, no staff assigned. */
  officeTask: { ...guideCase, tasks: [...guideCase.tasks, task({ officeId: IDS.hansJornOslo, userId: null })] },
  /** Bergen holds the role, its flagged user assigned. */
  bergenAssigned: { ...guideCase, externalOfficeId: BERGEN, externalUserId: seededUserOf(BERGEN, 'user', true).id },
  /** A case of another insurer: the Jørn 6 staff have nothing to do with it. */
  otherInsurer: {
    ...guideCase,
    id: 'case-other-insurer',
    insurerCompanyId: 'c-other-insurer',
    externalOfficeId: IDS.hansJornOslo,
    externalUserId: IDS.jornService,
  },
} satisfies Record<string, CaseRow>;
type CaseState = keyof typeof C;

const ALWAYS: CasePermission[] = ['case:view', 'case:chat', 'case:documents', 'case:reportedInfo'];
const sorted = <T extends string>(xs: readonly T[]) => [...xs].sort();

describe('fixtures', () => {
  it('use the seeded portal with the guide example rights (no Remote Video, no non-in4mo RFQ partners)', () => {
    expect(portal.rights).not.toContain('remoteVideo');
    expect(portal.rights).not.toContain('addNonIn4moPartnersToRfq');
    expect(portal.rights).toHaveLength(14);
    expect(portal.defaultBudgetLimit).toBe(1_000_000);
  });
  it('Jørn Service is flagged, the craftsman is not, both in Hans & Jørn Oslo', () => {
    expect(P.jornService).toMatchObject({ externalCaseHandler: true, officeId: IDS.hansJornOslo, status: 'active' });
    expect(P.craftsman).toMatchObject({ externalCaseHandler: false, officeId: IDS.hansJornOslo, status: 'active' });
  });
});

// ---------- caseRelation ----------

describe('caseRelation (persona x case state)', () => {
  it.each<[Persona, CaseState, CaseRelation | null]>([
    // insurer staff see every case of their insurer
    ['caseHandler', 'base', 'insurer'],
    ['caseHandler', 'assigned', 'insurer'],
    ['companyAdmin', 'base', 'insurer'],
    ['companyAdmin', 'officeOnly', 'insurer'],
    ['caseHandler', 'otherInsurer', null],
    ['companyAdmin', 'otherInsurer', null],
    // the platform administrator has no case access
    ['platformAdmin', 'base', null],
    ['platformAdmin', 'assigned', null],
    // the role holder
    ['jornService', 'assigned', 'externalCaseHandler'],
    ['jornService', 'otherInsurer', 'externalCaseHandler'],
    ['jornService', 'officeOnly', null], // flagged but not assigned yet
    ['jornService', 'base', null],
    ['jornService', 'bergenAssigned', null],
    // the admin of the office holding the role
    ['officeAdmin', 'officeOnly', 'externalOffice'],
    ['officeAdmin', 'assigned', 'externalOffice'],
    ['officeAdmin', 'officeTask', 'partner'],
    ['officeAdmin', 'craftsmanTask', 'partner'],
    ['officeAdmin', 'base', null],
    ['officeAdmin', 'bergenAssigned', null],
    // other partner users
    ['craftsman', 'craftsmanTask', 'partner'],
    ['craftsman', 'officeTask', null], // a plain user is not linked by the office's task
    ['craftsman', 'assigned', null],
    ['craftsman', 'officeOnly', null],
    ['bergenAdmin', 'assigned', null],
    ['bergenAdmin', 'bergenAssigned', 'externalOffice'],
    ['bergenFlagged', 'assigned', null],
    ['bergenFlagged', 'bergenAssigned', 'externalCaseHandler'],
    ['partnerCompanyAdmin', 'assigned', null],
    ['partnerCompanyAdmin', 'base', null],
    // inactive users: nothing, whatever the case says
    ['inactiveJorn', 'assigned', null],
    ['inactiveCaseHandler', 'base', null],
    ['inactiveOfficeAdmin', 'officeOnly', null],
    ['inactiveOfficeAdmin', 'officeTask', null],
  ])('%s in case "%s" -> %s', (persona, state, expected) => {
    expect(caseRelation(P[persona], C[state])).toBe(expected);
  });
});

// ---------- casePermissions ----------

/** Which of the 16 rights a persona has in a case state. */
type RightExpectation = 'all' | 'portal' | 'none';

const RIGHT_TABLE: [Persona, CaseState, RightExpectation][] = [
  ['caseHandler', 'base', 'all'],
  ['companyAdmin', 'assigned', 'all'],
  ['jornService', 'assigned', 'portal'],
  ['bergenFlagged', 'bergenAssigned', 'portal'],
  ['jornService', 'officeOnly', 'none'],
  ['officeAdmin', 'officeOnly', 'none'],
  ['officeAdmin', 'assigned', 'none'],
  ['craftsman', 'craftsmanTask', 'none'],
  ['craftsman', 'assigned', 'none'],
  ['platformAdmin', 'assigned', 'none'],
  ['inactiveJorn', 'assigned', 'none'],
  ['bergenFlagged', 'assigned', 'none'],
  ['partnerCompanyAdmin', 'assigned', 'none'],
  ['caseHandler', 'otherInsurer', 'none'],
];

describe('casePermissions: persona x right x case state', () => {
  const rows = RIGHT_TABLE.flatMap(([persona, state, mode]) =>
    RIGHT_KEYS.map((right) => {
      const expected = mode === 'all' ? true : mode === 'portal' ? portal.rights.includes(right) : false;
      return [persona, right, state, expected] as [Persona, RightKey, CaseState, boolean];
    }),
  );
  it.each(rows)('%s / %s / case "%s" -> %s', (persona, right, state, expected) => {
    expect(casePermissions(P[persona], C[state], portal).includes(right)).toBe(expected);
    expect(hasCasePermission(P[persona], C[state], portal, right)).toBe(expected);
  });
});

describe('casePermissions: exact lists per relation', () => {
  it('insurer staff get every base permission and all 16 rights', () => {
    expect(sorted(casePermissions(P.caseHandler, C.assigned, portal))).toEqual(
      sorted([...CASE_BASE_PERMISSIONS, ...RIGHT_KEYS]),
    );
  });

  it('the role holder gets exactly chat/documents/reported info + the portal rights, no case actions or assignment', () => {
    expect(sorted(casePermissions(P.jornService, C.assigned, portal))).toEqual(sorted([...ALWAYS, ...portal.rights]));
  });

  it.each<[string, RightKey[]]>([
    ['no rights', []],
    ['only Godkjenne budsjett', ['approveBudget']],
    ['Remote Video and Start besiktigelse', ['remoteVideo', 'startInspection']],
    ['all 16', [...RIGHT_KEYS]],
  ])('a portal definition with %s applies to the role holder immediately', (_label, rights) => {
    const p: PortalRow = { ...portal, rights, version: portal.version + 1 };
    expect(sorted(casePermissions(P.jornService, C.assigned, p))).toEqual(sorted([...ALWAYS, ...rights]));
    // the insurer is not limited by the role definition
    expect(casePermissions(P.caseHandler, C.assigned, p)).toEqual(expect.arrayContaining([...RIGHT_KEYS]));
  });

  it('the admin of the office holding the role may only see the case and pick the user', () => {
    expect(sorted(casePermissions(P.officeAdmin, C.officeOnly, portal))).toEqual(
      sorted([...ALWAYS, 'case:assignExternalUser']),
    );
  });

  it('a partner linked by a task only sees the case', () => {
    expect(sorted(casePermissions(P.craftsman, C.craftsmanTask, portal))).toEqual(sorted(ALWAYS));
  });

  it.each<CasePermission>(['case:act', 'case:editCaseHandler', 'case:assignExternalOffice', 'case:assignExternalUser'])(
    'the role holder never gets %s',
    (perm) => {
      expect(hasCasePermission(P.jornService, C.assigned, { ...portal, rights: [...RIGHT_KEYS] }, perm)).toBe(false);
    },
  );

  it.each<[Persona, CaseState]>([
    ['inactiveJorn', 'assigned'],
    ['inactiveCaseHandler', 'base'],
    ['platformAdmin', 'assigned'],
    ['bergenFlagged', 'assigned'],
    ['bergenAdmin', 'officeOnly'],
    ['craftsman', 'officeOnly'],
    ['jornService', 'officeOnly'],
    ['partnerCompanyAdmin', 'assigned'],
  ])('deny by default: %s in case "%s" has no permission at all (not even case:view)', (persona, state) => {
    expect(casePermissions(P[persona], C[state], portal)).toEqual([]);
  });
});

// ---------- globalPermissions ----------

describe('globalPermissions', () => {
  it.each<[string, GlobalPermission[], UserRow]>([
    ['platformAdmin', ['roleDefinition:edit'], P.platformAdmin],
    ['companyAdmin', ['members:manage', 'reports:view', 'partnerNetwork:view', 'cases:list'], P.companyAdmin],
    ['caseHandler', ['partnerNetwork:view', 'cases:list'], P.caseHandler],
    ['caseHandler of another insurer', ['cases:list'], { ...P.caseHandler, companyId: 'c-other-insurer' }],
    ['officeAdmin', ['cases:list'], P.officeAdmin],
    ['jornService (flagged)', ['cases:list', 'cases:filterAsExternalHandler'], P.jornService],
    ['craftsman (not flagged)', ['cases:list'], P.craftsman],
    [
      'flagged office admin',
      ['cases:list', 'cases:filterAsExternalHandler'],
      { ...P.officeAdmin, externalCaseHandler: true },
    ],
    ['flagged user without office', ['cases:list'], { ...P.jornService, officeId: null }],
    ['partner company admin', ['cases:list'], P.partnerCompanyAdmin],
    ['inactive jornService', [], P.inactiveJorn],
    ['inactive companyAdmin', [], P.inactiveCompanyAdmin],
    ['inactive platformAdmin', [], { ...P.platformAdmin, status: 'inactive' }],
  ])('%s -> %j', (_label, expected, u) => {
    expect(sorted(globalPermissions(u, portal))).toEqual(sorted(expected));
  });

  const otherPortal: PortalRow = { ...portal, id: 'portal-other', insurerCompanyId: 'c-other-insurer' };
  it.each<[string, boolean, UserRow, PortalRow]>([
    ['companyAdmin', true, P.companyAdmin, portal],
    ['caseHandler', false, P.caseHandler, portal],
    ['platformAdmin', false, P.platformAdmin, portal],
    ['officeAdmin', false, P.officeAdmin, portal],
    ['partner company admin', false, P.partnerCompanyAdmin, portal],
    ['inactive companyAdmin', false, P.inactiveCompanyAdmin, portal],
    ['companyAdmin in a portal of another insurer', false, P.companyAdmin, otherPortal],
  ])('canManageMembers: %s -> %s', (_label, expected, u, p) => {
    expect(canManageMembers(u, p)).toBe(expected);
  });
});

// ---------- budget limit ----------

/** NOK as øre, for readable tables (the rules count øre). */
const kr = (nok: number) => Math.round(nok * ORE_PER_NOK);
const withLimit = (u: UserRow, budgetLimit: UserRow['budgetLimit']): UserRow => ({ ...u, budgetLimit });

describe('effectiveBudgetLimit', () => {
  it.each<[string, number | null, UserRow, CaseState, PortalRow]>([
    ['role holder, portal default', kr(10000), P.jornService, 'assigned', portal],
    [
      'role holder, default after the portal changed it',
      kr(5000),
      P.jornService,
      'assigned',
      { ...portal, defaultBudgetLimit: kr(5000) },
    ],
    [
      'role holder, custom 25 000',
      kr(25000),
      withLimit(P.jornService, { mode: 'custom', amount: kr(25000) }),
      'assigned',
      portal,
    ],
    [
      'role holder, custom 2 500 (below default)',
      kr(2500),
      withLimit(P.jornService, { mode: 'custom', amount: kr(2500) }),
      'assigned',
      portal,
    ],
    [
      'role holder, custom 0 is 0, not the default',
      0,
      withLimit(P.jornService, { mode: 'custom', amount: 0 }),
      'assigned',
      portal,
    ],
    ['insurer case handler: unlimited', null, P.caseHandler, 'assigned', portal],
    ['insurer company admin: unlimited', null, P.companyAdmin, 'base', portal],
    ['office admin of the role office: nothing', 0, P.officeAdmin, 'officeOnly', portal],
    [
      'flagged but not assigned: nothing',
      0,
      withLimit(P.jornService, { mode: 'custom', amount: kr(25000) }),
      'officeOnly',
      portal,
    ],
    ['craftsman on a task: nothing', 0, P.craftsman, 'craftsmanTask', portal],
    ['unrelated partner: nothing', 0, P.bergenFlagged, 'assigned', portal],
    ['inactive role holder: nothing', 0, P.inactiveJorn, 'assigned', portal],
    ['platform admin: nothing', 0, P.platformAdmin, 'assigned', portal],
  ])('%s -> %s', (_label, expected, u, state, p) => {
    expect(effectiveBudgetLimit(u, C[state], p)).toBe(expected);
  });
});

describe('withinBudgetLimit', () => {
  it.each<[number, number | null, boolean]>([
    [kr(10000), kr(10000), true], // at
    [kr(9999.99), kr(10000), true], // just below
    [kr(10000.01), kr(10000), false], // just above
    [kr(10001), kr(10000), false],
    [kr(10000.1) + kr(0.2), kr(10000.3), true], // 10 000,10 + 0,20 against a 10 000,30 limit: exact at the boundary
    [0, 0, true],
    [kr(0.01), 0, false],
    [kr(1_000_000_000), null, true], // unlimited
    [0, null, true],
  ])('amount %s with limit %s -> %s', (amount, limit, expected) => {
    expect(withinBudgetLimit(amount, limit)).toBe(expected);
  });
});

describe('budget approval: persona limit applied to amounts at, just above and just below it', () => {
  const custom = (amount: number) => withLimit(P.jornService, { mode: 'custom', amount });
  it.each<[string, number, boolean, UserRow]>([
    ['portal default 10 000, at', kr(10000), true, P.jornService],
    ['portal default 10 000, just below', kr(9999.99), true, P.jornService],
    ['portal default 10 000, just above', kr(10000.01), false, P.jornService],
    ['custom 25 000, at', kr(25000), true, custom(kr(25000))],
    ['custom 25 000, just below', kr(24999.99), true, custom(kr(25000))],
    ['custom 25 000, just above', kr(25000.01), false, custom(kr(25000))],
    ['custom 25 000 overrides the lower default', kr(15000), true, custom(kr(25000))],
    ['custom 5 000, at', kr(5000), true, custom(kr(5000))],
    ['custom 5 000 overrides the higher default, just above', kr(5000.01), false, custom(kr(5000))],
    ['custom 5 000, under the default but above own limit', kr(9000), false, custom(kr(5000))],
    ['insurer staff unlimited', kr(999_999_999), true, P.caseHandler],
    ['office admin may approve nothing', kr(1), false, P.officeAdmin],
  ])('%s (%s øre) -> %s', (_label, amount, expected, u) => {
    expect(withinBudgetLimit(amount, effectiveBudgetLimit(u, C.assigned, portal))).toBe(expected);
  });
});

// ---------- eligibility (R3 / R4) ----------

/** The seeded users with one changed (rows are values: copy, never mutate the fixture). */
const usersWith = (id: string, over: Partial<UserRow>) => seed.users.map((u) => (u.id === id ? { ...u, ...over } : u));
const usersPlus = (...extra: UserRow[]) => [...seed.users, ...extra];

describe('eligibleOfficeIds', () => {
  const torkUser = seededUserOf(IDS.torkOslo, 'user', false);

  it('lists exactly the seeded offices with an active flagged user', () => {
    expect(sorted([...eligibleOfficeIds(seed.users)])).toEqual(
      sorted([
        IDS.hansJornOslo,
        IDS.hansJornDrammen,
        'o-tork-hamar',
        BERGEN,
        'o-vestbygg-stavanger',
        'o-nordtakst-oslo',
        'o-midtnorge-trondheim',
        'o-midtnorge-tromso',
      ]),
    );
  });

  it.each<[string, UserRow[], string, boolean]>([
    ['office with no flagged user is absent', seed.users, IDS.torkOslo, false],
    [
      'office appears once one of its users is flagged',
      usersWith(torkUser.id, { externalCaseHandler: true }),
      IDS.torkOslo,
      true,
    ],
    [
      'a flagged office admin counts too',
      usersWith(seededUserOf(IDS.torkOslo, 'office_admin', false).id, { externalCaseHandler: true }),
      IDS.torkOslo,
      true,
    ],
    [
      'an inactive flagged user does not count',
      usersWith(torkUser.id, { externalCaseHandler: true, status: 'inactive' }),
      IDS.torkOslo,
      false,
    ],
    ['seeded Ålesund office: its only flagged user is inactive', seed.users, 'o-vestbygg-alesund', false],
    [
      'Ålesund appears when that user is reactivated',
      seed.users.map((u) =>
        u.officeId === 'o-vestbygg-alesund' && u.externalCaseHandler ? { ...u, status: 'active' as const } : u,
      ),
      'o-vestbygg-alesund',
      true,
    ],
    ['Hans & Jørn Oslo is eligible', seed.users, IDS.hansJornOslo, true],
    [
      'Hans & Jørn Oslo drops out when all its flagged users are unflagged',
      seed.users.map((u) => (u.officeId === IDS.hansJornOslo ? { ...u, externalCaseHandler: false } : u)),
      IDS.hansJornOslo,
      false,
    ],
    [
      'Hans & Jørn Oslo stays while one flagged user remains',
      usersWith(IDS.jornService, { externalCaseHandler: false }),
      IDS.hansJornOslo,
      true,
    ],
  ])('%s', (_label, users, officeId, expected) => {
    expect(eligibleOfficeIds(users).has(officeId)).toBe(expected);
  });

  it('a flagged user without an office adds no office (and no "null" entry)', () => {
    const s = eligibleOfficeIds([{ ...P.craftsman, id: 'u-x', officeId: null, externalCaseHandler: true }]);
    expect(s.size).toBe(0);
  });

  it('an empty user list gives no office', () => {
    expect(eligibleOfficeIds([]).size).toBe(0);
  });
});

describe('eligibleUsersOfOffice', () => {
  const ids = (us: UserRow[]) => sorted(us.map((u) => u.id));

  it('Hans & Jørn Oslo offers its flagged active users: Jørn Service, never the craftsman or the office admin', () => {
    const offered = eligibleUsersOfOffice(seed.users, { id: IDS.hansJornOslo });
    expect(offered.map((u) => u.id)).toContain(IDS.jornService);
    expect(offered.map((u) => u.id)).not.toContain(IDS.craftsman);
    expect(offered.map((u) => u.id)).not.toContain(IDS.officeAdmin);
    for (const u of offered)
      expect(u).toMatchObject({ officeId: IDS.hansJornOslo, externalCaseHandler: true, status: 'active' });
    expect(offered).toHaveLength(
      seed.users.filter((u) => u.officeId === IDS.hansJornOslo && u.externalCaseHandler).length,
    );
  });

  it.each<[string, UserRow[], string, string[]]>([
    ['office with no flagged user offers nobody', seed.users, IDS.torkOslo, []],
    ['inactive flagged user is not offered', seed.users, 'o-vestbygg-alesund', []],
    [
      'craftsman once flagged is offered',
      usersWith(IDS.craftsman, { externalCaseHandler: true }),
      IDS.hansJornOslo,
      ids(seed.users.filter((u) => u.officeId === IDS.hansJornOslo && u.externalCaseHandler))
        .concat(IDS.craftsman)
        .sort(),
    ],
    [
      'Jørn Service deactivated is no longer offered',
      usersWith(IDS.jornService, { status: 'inactive' }),
      IDS.hansJornOslo,
      ids(
        seed.users.filter((u) => u.officeId === IDS.hansJornOslo && u.externalCaseHandler && u.id !== IDS.jornService),
      ),
    ],
    ['users of other offices are never offered', usersPlus({ ...P.bergenFlagged, id: 'u-bergen-2' }), IDS.torkOslo, []],
    ['unknown office offers nobody', seed.users, 'o-does-not-exist', []],
  ])('%s', (_label, users, officeId, expected) => {
    expect(ids(eligibleUsersOfOffice(users, { id: officeId }))).toEqual(expected);
  });
});

// ---------- who may pick the user (R4) ----------

describe('canAssignExternalUser', () => {
  it.each<[Persona, CaseState, boolean]>([
    ['caseHandler', 'officeOnly', true],
    ['caseHandler', 'assigned', true],
    ['companyAdmin', 'officeOnly', true],
    ['officeAdmin', 'officeOnly', true],
    ['officeAdmin', 'assigned', true], // may change the user
    ['officeAdmin', 'base', false],
    ['officeAdmin', 'officeTask', false], // linked by a task, but its office does not hold the role
    ['officeAdmin', 'bergenAssigned', false],
    ['bergenAdmin', 'officeOnly', false],
    ['bergenAdmin', 'bergenAssigned', true],
    ['jornService', 'assigned', false], // the holder cannot hand the role on
    ['jornService', 'officeOnly', false],
    ['craftsman', 'officeOnly', false],
    ['craftsman', 'craftsmanTask', false],
    ['platformAdmin', 'officeOnly', false],
    ['partnerCompanyAdmin', 'officeOnly', false],
    ['inactiveOfficeAdmin', 'officeOnly', false],
    ['inactiveCaseHandler', 'officeOnly', false],
    ['caseHandler', 'otherInsurer', false],
  ])('%s in case "%s" -> %s', (persona, state, expected) => {
    expect(canAssignExternalUser(P[persona], C[state])).toBe(expected);
  });
});

// ---------- who may hold the role (R2) ----------

describe('canHoldExternalRole', () => {
  it.each<[string, boolean, Pick<UserRow, 'officeId' | 'authLevel'>]>([
    ['partner user with an office', true, { authLevel: 'user', officeId: IDS.hansJornOslo }],
    ['partner office admin with an office', true, { authLevel: 'office_admin', officeId: IDS.hansJornOslo }],
    ['user without an office', false, { authLevel: 'user', officeId: null }],
    ['office admin without an office', false, { authLevel: 'office_admin', officeId: null }],
    ['case handler', false, { authLevel: 'case_handler', officeId: null }],
    ['case handler even with an office', false, { authLevel: 'case_handler', officeId: IDS.hansJornOslo }],
    ['company admin', false, { authLevel: 'company_admin', officeId: null }],
    ['company admin even with an office', false, { authLevel: 'company_admin', officeId: IDS.hansJornOslo }],
    ['platform admin', false, { authLevel: 'platform_admin', officeId: null }],
  ])('%s -> %s', (_label, expected, member) => {
    expect(canHoldExternalRole(member)).toBe(expected);
  });

  it.each<[Persona, boolean]>([
    ['jornService', true],
    ['craftsman', true], // may be flagged; is not yet
    ['officeAdmin', true],
    ['caseHandler', false],
    ['companyAdmin', false],
    ['platformAdmin', false],
    ['partnerCompanyAdmin', false],
  ])('seeded persona %s -> %s', (persona, expected) => {
    expect(canHoldExternalRole(P[persona])).toBe(expected);
  });
});

// ---------- deny by default, summarised ----------

describe('deny by default', () => {
  it('an unflagged craftsman is never offered, cannot filter as holder, and gets nothing in a case his office holds the role in', () => {
    expect(eligibleUsersOfOffice(seed.users, { id: IDS.hansJornOslo }).map((u) => u.id)).not.toContain(IDS.craftsman);
    expect(globalPermissions(P.craftsman, portal)).not.toContain('cases:filterAsExternalHandler');
    expect(caseRelation(P.craftsman, C.officeOnly)).toBeNull();
    expect(casePermissions(P.craftsman, C.officeOnly, portal)).toEqual([]);
    expect(canAssignExternalUser(P.craftsman, C.officeOnly)).toBe(false);
  });

  it('an inactive role holder loses everything in the case', () => {
    expect(caseRelation(P.inactiveJorn, C.assigned)).toBeNull();
    expect(casePermissions(P.inactiveJorn, C.assigned, { ...portal, rights: [...RIGHT_KEYS] })).toEqual([]);
    expect(globalPermissions(P.inactiveJorn, portal)).toEqual([]);
  });

  it('the platform administrator edits the role definition but sees no case', () => {
    expect(globalPermissions(P.platformAdmin, portal)).toEqual(['roleDefinition:edit']);
    for (const c of Object.values(C)) expect(casePermissions(P.platformAdmin, c, portal)).toEqual([]);
  });

  it('an unrelated partner user sees none of the seeded cases where their office is not involved', () => {
    const u = P.bergenFlagged;
    const unrelated = seed.cases.filter(
      (c) => c.externalOfficeId !== u.officeId && c.externalUserId !== u.id && !c.tasks.some((t) => t.userId === u.id),
    );
    expect(unrelated.length).toBeGreaterThan(100);
    for (const c of unrelated) {
      expect(caseRelation(u, c)).toBeNull();
      expect(casePermissions(u, c, portal)).toEqual([]);
    }
  });
});

describe('un-flagged role holder', () => {
  it.each<[string, CaseRow]>([
    ['open case', { ...C.assigned, status: 'open' }],
    ['closed case', { ...C.assigned, status: 'closed' }],
  ])('loses every link to the case once un-flagged (%s)', (_label, c) => {
    const unflagged = { ...P.jornService, externalCaseHandler: false };
    expect(caseRelation(P.jornService, c)).toBe('externalCaseHandler');
    expect(caseRelation(unflagged, c)).toBeNull();
    expect(casePermissions(unflagged, c, portal)).toEqual([]);
  });
});

describe('notifications: addressed first, then the case', () => {
  const toOffice = { userId: null, officeId: IDS.hansJornOslo, kind: 'assignExternalUser' } as const;
  const toJorn = { userId: IDS.jornService, officeId: null, kind: 'externalRoleRemoved' } as const;
  it("an office's notification is addressed to its active admins only, a user's to that user only", () => {
    expect(isAddressedTo(toOffice, P.officeAdmin)).toBe(true);
    expect(isAddressedTo(toOffice, P.jornService)).toBe(false);
    expect(isAddressedTo(toOffice, P.bergenAdmin)).toBe(false);
    expect(isAddressedTo(toOffice, P.caseHandler)).toBe(false);
    expect(isAddressedTo(toOffice, { ...P.officeAdmin, status: 'inactive' })).toBe(false);
    expect(isAddressedTo(toJorn, P.jornService)).toBe(true);
    expect(isAddressedTo(toJorn, P.officeAdmin)).toBe(false);
  });
  it('is delivered only where it is addressed and, if it links to the case, the viewer can open the case', () => {
    for (const viewer of Object.values(P))
      for (const n of [toOffice, toJorn])
        for (const c of [C.assigned, guideCase])
          if (!isAddressedTo(n, viewer)) expect(isNotificationFor(n, viewer, c)).toBe(false);
    expect(isNotificationFor(toOffice, P.officeAdmin, C.assigned)).toBe(true);
    expect(isNotificationFor(toOffice, P.officeAdmin, undefined)).toBe(false);
    // The notice of a lost role names a case its addressee can no longer open.
    expect(caseRelation(P.jornService, guideCase)).toBeNull();
    expect(isNotificationFor(toJorn, P.jornService, guideCase)).toBe(true);
  });
});
