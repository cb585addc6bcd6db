import {
  normalisePhone,
  ORE_PER_NOK,
  RIGHT_KEYS,
  TASK_STATUSES,
  type DamageType,
  type TaskStatus,
  type TaskType,
} from '@/api/contract';
import { createRandom, FIRST_NAMES, LAST_NAMES, PLACES, type Random } from './random';
import { IDS, DEMO_PASSWORD } from './ids';
import type {
  CaseRow,
  CompanyRow,
  LogRow,
  NotificationRow,
  OfficeRow,
  PortalRow,
  SessionRow,
  TaskRow,
  Tables,
  UserRow,
} from './schema';

export interface SeedConfig {
  /** Number of cases; 240 by default, 100,000 for the benchmark. */
  caseCount: number;
  /** Seed of the PRNG: the same seed gives the same data. */
  seed: number;
}
export const DEFAULT_SEED: SeedConfig = { caseCount: 240, seed: 20240224 };

/** The seed's notion of "now", so the data is the same whenever it is generated. */
export const SEED_NOW = Date.parse('2026-11-20T09:00:00Z');

const COMPANIES: CompanyRow[] = [
  { id: IDS.platformCompany, name: 'in4mo Saksportal', kind: 'platform' },
  { id: IDS.insurer, name: 'Jørn 6 Insurance', kind: 'insurer' },
  { id: IDS.hansJorn, name: 'Hans & Jørn Servicepartner', kind: 'partner' },
  { id: 'c-torkogtett', name: 'Tørk & Tett AS', kind: 'partner' },
  { id: 'c-vestbygg', name: 'Vestland Bygg AS', kind: 'partner' },
  { id: 'c-nordtakst', name: 'Nordisk Takst AS', kind: 'partner' },
  { id: 'c-midtnorge', name: 'Midt-Norge Håndverk AS', kind: 'partner' },
];

const office = (
  id: string,
  companyId: string,
  name: string,
  city: string,
  postalCode: string,
  lat: number,
  lng: number,
  categories: string[],
): OfficeRow => ({
  id,
  companyId,
  name,
  city,
  postalCode,
  lat,
  lng,
  categories,
});

/** 14 partner offices across Norway. Hans & Jørn Oslo lies 15.3 km from the guide's damage site. */
const OFFICES: OfficeRow[] = [
  office(IDS.hansJornOslo, IDS.hansJorn, 'Hans & Jørn Servicepartner - Oslo', 'Bærum', '1337', 59.913, 10.5676, [
    'Vann',
    'Bygg',
  ]),
  office(
    IDS.hansJornDrammen,
    IDS.hansJorn,
    'Hans & Jørn Servicepartner - Drammen',
    'Drammen',
    '3015',
    59.7441,
    10.2045,
    ['Vann', 'Bygg'],
  ),
  office(IDS.torkOslo, 'c-torkogtett', 'Tørk & Tett - Lørenskog', 'Lørenskog', '1470', 59.9276, 10.9589, [
    'Vann',
    'Tørking',
  ]),
  office('o-tork-hamar', 'c-torkogtett', 'Tørk & Tett - Hamar', 'Hamar', '2317', 60.7945, 11.068, ['Tørking']),
  office('o-tork-lillehammer', 'c-torkogtett', 'Tørk & Tett - Lillehammer', 'Lillehammer', '2609', 61.1153, 10.4662, [
    'Tørking',
  ]),
  office('o-vestbygg-bergen', 'c-vestbygg', 'Vestland Bygg - Bergen', 'Bergen', '5003', 60.3913, 5.3221, [
    'Bygg',
    'Brann',
  ]),
  office('o-vestbygg-stavanger', 'c-vestbygg', 'Vestland Bygg - Stavanger', 'Stavanger', '4006', 58.97, 5.7331, [
    'Bygg',
  ]),
  office('o-vestbygg-alesund', 'c-vestbygg', 'Vestland Bygg - Ålesund', 'Ålesund', '6002', 62.4722, 6.1495, ['Bygg']),
  office('o-nordtakst-oslo', 'c-nordtakst', 'Nordisk Takst - Oslo', 'Oslo', '0150', 59.9115, 10.7579, ['Takst']),
  office(
    'o-nordtakst-kristiansand',
    'c-nordtakst',
    'Nordisk Takst - Kristiansand',
    'Kristiansand',
    '4611',
    58.1462,
    7.9956,
    ['Takst'],
  ),
  office(
    'o-nordtakst-fredrikstad',
    'c-nordtakst',
    'Nordisk Takst - Fredrikstad',
    'Fredrikstad',
    '1606',
    59.2181,
    10.9298,
    ['Takst'],
  ),
  office(
    'o-midtnorge-trondheim',
    'c-midtnorge',
    'Midt-Norge Håndverk - Trondheim',
    'Trondheim',
    '7011',
    63.4305,
    10.3951,
    ['Bygg', 'Vann'],
  ),
  office('o-midtnorge-bodo', 'c-midtnorge', 'Midt-Norge Håndverk - Bodø', 'Bodø', '8006', 67.2804, 14.4049, ['Bygg']),
  office('o-midtnorge-tromso', 'c-midtnorge', 'Midt-Norge Håndverk - Tromsø', 'Tromsø', '9008', 69.6492, 18.9553, [
    'Bygg',
  ]),
];

/** Partner offices outside Jørn 6 Insurance's partner network: never offered for a task. */
export const OUTSIDE_PARTNER_NETWORK: ReadonlySet<string> = new Set(['o-nordtakst-fredrikstad', 'o-midtnorge-bodo']);

/** Offices with at least one flagged user after seeding (the others are never eligible until someone is flagged). */
const OFFICES_WITH_FLAGGED_USER = new Set([
  IDS.hansJornOslo,
  IDS.hansJornDrammen,
  'o-tork-hamar',
  'o-vestbygg-bergen',
  'o-vestbygg-stavanger',
  'o-nordtakst-oslo',
  'o-midtnorge-trondheim',
  'o-midtnorge-tromso',
]);

function user(
  p: Partial<UserRow> & Pick<UserRow, 'id' | 'firstName' | 'lastName' | 'email' | 'authLevel' | 'companyId'>,
): UserRow {
  return {
    password: DEMO_PASSWORD,
    userCode: p.id.replace(/^u-/, '').toUpperCase(),
    useMobileForSecurityCode: false,
    status: 'active',
    deputyId: null,
    officeId: null,
    inspectorExtraRights: false,
    externalCaseHandler: false,
    budgetLimit: { mode: 'default' },
    version: 1,
    ...p,
    // Members' numbers are stored as E.164 ("+4791234567"); the seed writes them as people read them.
    mobile: normalisePhone(p.mobile ?? ''),
    securityMobile: normalisePhone(p.securityMobile ?? ''),
  };
}

function seedUsers(rnd: Random): UserRow[] {
  const users: UserRow[] = [
    user({
      id: IDS.platformAdmin,
      firstName: 'Plattform',
      lastName: 'Administrator',
      email: 'plattform@saksportal.test',
      authLevel: 'platform_admin',
      companyId: IDS.platformCompany,
    }),
    user({
      id: IDS.companyAdmin,
      firstName: 'Anne',
      lastName: 'Admin',
      email: 'admin@jorn6.test',
      authLevel: 'company_admin',
      companyId: IDS.insurer,
      mobile: '+47 912 34 567',
    }),
    user({
      id: IDS.caseHandler,
      firstName: 'Siri',
      lastName: 'Saksbehandler',
      email: 'saksbehandler@jorn6.test',
      authLevel: 'case_handler',
      companyId: IDS.insurer,
      mobile: '+47 913 45 678',
    }),
    user({
      id: IDS.officeAdmin,
      firstName: 'Kjell',
      lastName: 'Kontor',
      email: 'kontor@hansjorn.test',
      authLevel: 'office_admin',
      companyId: IDS.hansJorn,
      officeId: IDS.hansJornOslo,
    }),
    user({
      id: IDS.jornService,
      firstName: 'Jørn',
      lastName: 'Service',
      email: 'jorn.service@hansjorn.test',
      authLevel: 'user',
      companyId: IDS.hansJorn,
      officeId: IDS.hansJornOslo,
      externalCaseHandler: true,
      mobile: '+47 922 33 444',
    }),
    user({
      id: IDS.craftsman,
      firstName: 'Hege',
      lastName: 'Håndverker',
      email: 'handverker@hansjorn.test',
      authLevel: 'user',
      companyId: IDS.hansJorn,
      officeId: IDS.hansJornOslo,
    }),
  ];
  const used = new Set(users.map((u) => u.email));
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z]/g, '');
  const domainOf: Record<string, string> = {
    [IDS.insurer]: 'jorn6.test',
    [IDS.hansJorn]: 'hansjorn.test',
    'c-torkogtett': 'torkogtett.test',
    'c-vestbygg': 'vestbygg.test',
    'c-nordtakst': 'nordtakst.test',
    'c-midtnorge': 'midtnorge.test',
  };
  const add = (
    companyId: string,
    officeId: string | null,
    authLevel: UserRow['authLevel'],
    flagged: boolean,
    status: UserRow['status'] = 'active',
  ) => {
    let firstName: string, lastName: string, email: string;
    do {
      firstName = rnd.pick(FIRST_NAMES);
      lastName = rnd.pick(LAST_NAMES);
      email = `${slug(firstName)}.${slug(lastName)}@${domainOf[companyId]}`;
    } while (used.has(email));
    used.add(email);
    users.push(
      user({
        id: `u-${users.length + 1}`,
        firstName,
        lastName,
        email,
        authLevel,
        companyId,
        officeId,
        status,
        externalCaseHandler: flagged,
        mobile: `+47 9${rnd.digits(2)} ${rnd.digits(2)} ${rnd.digits(3)}`,
      }),
    );
  };
  // More insurer staff.
  for (let i = 0; i < 4; i++) add(IDS.insurer, null, 'case_handler', false);
  add(IDS.insurer, null, 'company_admin', false);
  // Partner offices: an office admin and 2-3 users each; flagged users only where planned.
  for (const o of OFFICES) {
    if (o.id !== IDS.hansJornOslo) add(o.companyId, o.id, 'office_admin', false);
    const n = o.id === IDS.hansJornOslo ? 1 : 2;
    for (let i = 0; i < n; i++) add(o.companyId, o.id, 'user', OFFICES_WITH_FLAGGED_USER.has(o.id) && i === 0);
  }
  // An inactive flagged user: never offered (only active users count).
  add('c-vestbygg', 'o-vestbygg-alesund', 'user', true, 'inactive');
  return users;
}

const TASK_TYPE_LIST: TaskType[] = [
  'waterDamageInspection',
  'demolition',
  'drying',
  'carpentry',
  'painting',
  'plumbing',
  'electrical',
  'cleaning',
];
const DAMAGE_LIST: DamageType[] = ['water', 'water', 'water', 'fire', 'storm', 'theft', 'frost', 'other'];
const DESCRIPTIONS: Record<DamageType, string> = {
  water: 'Lekkasje fra vaskemaskin på bad, vann har trengt ned i etasjeskillet.',
  fire: 'Brann i kjøkken, sotskader i stue og gang.',
  storm: 'Takstein blåst av under storm, vann inn på loftet.',
  theft: 'Innbrudd i bod, dør og lås ødelagt.',
  frost: 'Frostsprengt rør i kjeller.',
  other: 'Skade på fasade etter påkjørsel.',
};

/** Arbeidsnummer 1, 2, … in the order the case's first tasks were added. */
const numbered = (tasks: TaskRow[]): TaskRow[] => tasks.map((t, i) => ({ ...t, workNumber: i + 1 }));

/** Task statuses whose seeded task has a budget (a set made once: taskRow runs for every seeded task). */
const WITH_BUDGET: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['B', 'B+', 'B++', '3', '3-', '4', 'A']);
const TASK_ID_SUFFIX = ['-t1', '-t2', '-t3', '-t4'];
const CLAIM_DECISIONS = ['accepted', 'rejected', 'needs_info'] as const;

const DAY_MS = 86_400_000;
/**
 * `new Date(ms).toISOString()` for whole seconds in the years 1000-9999, without a Date object: the seed
 * writes two timestamps for each of up to 100,000 cases. One flat string, built from its character codes.
 */
export function isoSeconds(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const sec = (ms - days * DAY_MS) / 1000;
  // The civil date of a day count (Howard Hinnant's days-to-civil algorithm, proleptic Gregorian).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999 || !Number.isInteger(sec)) return new Date(ms).toISOString();
  const h = Math.floor(sec / 3600);
  const mi = Math.floor(sec / 60) % 60;
  const s = sec % 60;
  return String.fromCharCode(
    48 + Math.floor(y / 1000),
    48 + (Math.floor(y / 100) % 10),
    48 + (Math.floor(y / 10) % 10),
    48 + (y % 10),
    45, // -
    48 + Math.floor(m / 10),
    48 + (m % 10),
    45, // -
    48 + Math.floor(d / 10),
    48 + (d % 10),
    84, // T
    48 + Math.floor(h / 10),
    48 + (h % 10),
    58, // :
    48 + Math.floor(mi / 10),
    48 + (mi % 10),
    58, // :
    48 + Math.floor(s / 10),
    48 + (s % 10),
    46, // .
    48,
    48,
    48,
    90, // Z
  );
}

/**
 * A task row. `workNumber` is given for the generated cases' tasks (then it is the row's last field, as
 * `numbered` would add it), and left out for the hand-written cases, which number their tasks themselves.
 */
function taskRow(
  id: string,
  type: TaskType,
  status: TaskStatus,
  officeId: string | null,
  userId: string | null,
  rnd: Random | null,
  workNumber?: number,
): TaskRow {
  const hasBudget = WITH_BUDGET.has(status);
  const amount = rnd ? rnd.int(8, 120) * 500 * ORE_PER_NOK : 0;
  const cashOffer = status === 'B+';
  let budget: TaskRow['budget'] = null;
  let workItems: TaskRow['workItems'];
  if (hasBudget) {
    budget = { amount, status: status === 'B' || status === '3-' ? 'submitted' : 'approved', addedById: userId };
    const itemStatus = status === 'B' ? 'submitted' : 'approved';
    const work = Math.round(amount * 0.6);
    workItems = [
      {
        id: id + '-w1',
        description: 'Arbeid',
        amount: work,
        status: itemStatus,
        cashOffer: false,
        customerOwnWork: false,
      },
      {
        id: id + '-w2',
        description: 'Materialer',
        amount: amount - work,
        status: itemStatus,
        cashOffer: false,
        customerOwnWork: false,
      },
    ];
  } else workItems = [];
  // Built whole rather than given a workNumber afterwards: a property added later costs a second allocation.
  return workNumber === undefined
    ? { id, type, status, officeId, userId, cashOffer, budget, workItems }
    : { id, type, status, officeId, userId, cashOffer, budget, workItems, workNumber };
}

function guideCase(): CaseRow {
  return {
    id: IDS.guideCase,
    seq: 1,
    portalId: IDS.portal,
    insurerCompanyId: IDS.insurer,
    status: 'open',
    closeReason: null,
    street: 'Edwards Munchs vei',
    postalCode: '1063',
    city: 'Oslo',
    lat: 59.93,
    lng: 10.84,
    customerName: 'Kari Nordmann',
    customerPhone: '0111111111',
    customerEmail: 'kari.nordmann@example.test',
    claimNumber: '905499722815141720220224133540811',
    damageType: 'water',
    description: 'Vannlekkasje fra oppvaskmaskin på kjøkkenet. Parkett og kjøkkenbenk er skadet.',
    createdAt: '2026-11-18T08:15:00.000Z',
    createdById: IDS.caseHandler,
    caseHandlerId: IDS.caseHandler,
    claimDecision: null,
    externalOfficeId: null,
    externalUserId: null,
    inspectionAt: null,
    inspectionReport: false,
    inspectionCompanyId: null,
    inspectorId: null,
    projectManagerId: null,
    originalOfficeId: null,
    attention: true,
    compensationPreApproved: false,
    subcontractor: false,
    reminder: false,
    customerPageShared: false,
    invoiceCount: 0,
    remoteVideoCalls: 0,
    remoteVideoMedia: 0,
    remoteVideoInvitedByOwnCompany: false,
    tasks: numbered([
      taskRow('case-1-t1', 'waterDamageInspection', 'C', null, null, null),
      taskRow('case-1-t2', 'demolition', 'C', null, null, null),
      taskRow('case-1-t3', 'drying', 'C', null, null, null),
    ]),
    version: 1,
  };
}

/** Id of the case dedicated to the rights journey (R5): Jørn Service holds the role, two budgets await approval. */
export const RIGHTS_DEMO_CASE_ID = IDS.rightsDemoCase;

function submittedBudgetTask(id: string, type: TaskType, officeId: string, amount: number): TaskRow {
  const work = Math.round(amount * 0.6);
  return {
    id,
    type,
    status: 'B',
    officeId,
    userId: null,
    cashOffer: false,
    budget: { amount, status: 'submitted', addedById: null },
    workItems: [
      {
        id: `${id}-w1`,
        description: 'Arbeid',
        amount: work,
        status: 'submitted',
        cashOffer: false,
        customerOwnWork: false,
      },
      {
        id: `${id}-w2`,
        description: 'Materialer',
        amount: amount - work,
        status: 'submitted',
        cashOffer: false,
        customerOwnWork: false,
      },
    ],
  };
}

/** Takes the seq number of the last generated case so that the seed still holds exactly `caseCount` cases. */
function rightsDemoCase(seq: number): CaseRow {
  return {
    ...guideCase(),
    id: RIGHTS_DEMO_CASE_ID,
    seq,
    street: 'Trondheimsveien 100',
    postalCode: '0565',
    city: 'Oslo',
    lat: 59.9262,
    lng: 10.7769,
    customerName: 'Ola Hansen',
    customerPhone: '92345678',
    customerEmail: 'ola.hansen@example.test',
    claimNumber: '905499722815141720221103091500123',
    description: 'Lekkasje fra rør i kjøkkenvegg. Vegg og gulv må tørkes, rives og bygges opp igjen.',
    createdAt: '2026-11-03T09:15:00.000Z',
    attention: false,
    externalOfficeId: IDS.hansJornOslo,
    externalUserId: IDS.jornService,
    tasks: numbered([
      submittedBudgetTask(`${RIGHTS_DEMO_CASE_ID}-t1`, 'drying', IDS.torkOslo, 20_000 * ORE_PER_NOK),
      submittedBudgetTask(`${RIGHTS_DEMO_CASE_ID}-t2`, 'carpentry', IDS.hansJornDrammen, 30_000 * ORE_PER_NOK),
      {
        ...taskRow(`${RIGHTS_DEMO_CASE_ID}-t3`, 'demolition', '4', IDS.hansJornDrammen, null, null),
        budget: null,
        workItems: [],
      },
      taskRow(`${RIGHTS_DEMO_CASE_ID}-t4`, 'painting', 'C', null, null, null),
    ]),
  };
}

/** What generating a case needs besides the random numbers: made once per seed, shared by every case. */
interface CaseContext {
  partnerUsersByOffice: Map<string, UserRow[]>;
  insurerHandlers: UserRow[];
  inspectorOffices: OfficeRow[];
  pools: Map<
    (typeof PLACES)[number],
    { officePool: OfficeRow[]; eligible: OfficeRow[]; streets: (string | undefined)[] }
  >;
  flaggedByOffice: Map<string, UserRow[]>;
  nameOf: (f: number, l: number) => string;
}

const NO_STAFF: UserRow[] = [];
const scratch: TaskRow[] = [];

function caseContext(users: UserRow[]): CaseContext {
  const partnerUsersByOffice = new Map<string, UserRow[]>();
  for (const u of users)
    if (u.officeId && u.status === 'active')
      partnerUsersByOffice.set(u.officeId, [...(partnerUsersByOffice.get(u.officeId) ?? []), u]);
  // Per place, once (not per case: 100,000 cases are seeded in the worker at every cold start): the
  // offices near it, those of them with a flagged user, and the partner staff of each office.
  const pools = new Map(
    PLACES.map((place) => {
      const near = OFFICES.filter((o) => Math.abs(o.lat - place.lat) < 1.5 && Math.abs(o.lng - place.lng) < 2.5);
      const officePool = near.length ? near : OFFICES;
      return [
        place,
        {
          officePool,
          eligible: officePool.filter((o) => OFFICES_WITH_FLAGGED_USER.has(o.id)),
          // Street i with house number n (1-120) at [i * 121 + n], made when first drawn.
          streets: new Array<string | undefined>(place.streets.length * 121),
        },
      ];
    }),
  );
  // One string for each name and for each street and number, shared by the cases that draw it, rather than
  // one per case (100,000 strings fewer to allocate and keep). rnd.index draws as rnd.pick does.
  const names = new Array<string | undefined>(FIRST_NAMES.length * LAST_NAMES.length);
  return {
    partnerUsersByOffice,
    insurerHandlers: users.filter((u) => u.companyId === IDS.insurer && u.authLevel === 'case_handler'),
    inspectorOffices: OFFICES.filter((o) => o.categories.includes('Takst')),
    pools,
    flaggedByOffice: new Map(
      [...partnerUsersByOffice].map(([officeId, staff]) => [officeId, staff.filter((u) => u.externalCaseHandler)]),
    ),
    nameOf: (f, l) => (names[f * LAST_NAMES.length + l] ??= `${FIRST_NAMES[f]} ${LAST_NAMES[l]}`),
  };
}

const NO_TASKS: TaskRow[] = Object.freeze([]) as unknown as TaskRow[];

/**
 * The sketch of a case (see `generateCase`): its id and number, status, creation time, attention flag and
 * external case handler (office and user) are the case's; every other field is the guide case's with no
 * tasks. One object, written over for each case: valid until the next sketch is drawn.
 */
const SKETCH: CaseRow = { ...guideCase(), tasks: NO_TASKS };

/**
 * Generated case number `seq` (2, 3, …), drawing from `rnd` where the previous case left it. A `sketch`
 * draws the same numbers and makes only what the primed columns and the seeded notifications read: the
 * fields of `SKETCH` (see `seedOnDemand`).
 */
function generateCase(seq: number, rnd: Random, ctx: CaseContext, sketch = false): CaseRow {
  const { partnerUsersByOffice, insurerHandlers, inspectorOffices } = ctx;
  const place = rnd.pick(PLACES);
  const damageType = rnd.pick(DAMAGE_LIST);
  const createdMs = SEED_NOW - rnd.int(0, 540) * DAY_MS - rnd.int(0, 86_399) * 1000;
  const createdAt = isoSeconds(createdMs);
  const { officePool, eligible, streets } = ctx.pools.get(place)!;
  const statusRoll = rnd.next();
  const status = statusRoll < 0.72 ? 'open' : statusRoll < 0.8 ? 'on_hold' : statusRoll < 0.95 ? 'closed' : 'cancelled';
  const taskCount = rnd.int(0, 4);
  const caseId = `case-${seq}`;
  let originalOfficeId: string | null = null;
  for (let i = 0; i < taskCount; i++) {
    const st = rnd.pick(TASK_STATUSES);
    const o = st === 'C' ? null : rnd.pick(officePool);
    const staff = o ? (partnerUsersByOffice.get(o.id) ?? NO_STAFF) : NO_STAFF;
    const u = o && st !== '0' && st !== '0+' && staff.length ? rnd.pick(staff) : null;
    const officeId = o ? o.id : null;
    if (sketch)
      rnd.skip(2); // the task's type, and its budget's amount (drawn by taskRow)
    else
      scratch[i] = taskRow(
        caseId + (TASK_ID_SUFFIX[i] ?? `-t${i + 1}`),
        rnd.pick(TASK_TYPE_LIST),
        st,
        officeId,
        u ? u.id : null,
        rnd,
        i + 1,
      );
    // The office of the case's first task with one.
    if (originalOfficeId === null) originalOfficeId = officeId;
  }
  // An array of exactly taskCount rows (one grown by push keeps room for 16, times 100,000 cases).
  const tasks = sketch ? NO_TASKS : scratch.slice(0, taskCount);
  // About a third of the cases have the external case handler role in an eligible office, most with a user.
  let externalOfficeId: string | null = null;
  let externalUserId: string | null = null;
  if (rnd.chance(0.33)) {
    const o = eligible.length ? rnd.pick(eligible) : null;
    if (o) {
      externalOfficeId = o.id;
      const flagged = ctx.flaggedByOffice.get(o.id) ?? NO_STAFF;
      if (flagged.length && rnd.chance(0.8)) externalUserId = rnd.pick(flagged).id;
    }
  }
  const streetIndex = rnd.index(place.streets.length);
  const houseNumber = rnd.int(1, 120);
  const street = (streets[streetIndex * 121 + houseNumber] ??= `${place.streets[streetIndex]} ${houseNumber}`);
  const inspection = rnd.chance(0.5);
  const inspOffice = inspection ? rnd.pick(inspectorOffices) : null;
  const inspStaff = inspOffice ? (partnerUsersByOffice.get(inspOffice.id) ?? NO_STAFF) : NO_STAFF;
  const closed = status === 'closed';
  // Every field drawn in the order the row lists them (a change of that order changes the seeded data).
  const closeReason = closed ? (rnd.chance(0.8) ? 'normal' : 'cash_offer_accepted') : null;
  const lat = place.lat + (rnd.next() - 0.5) * 0.08;
  const lng = place.lng + (rnd.next() - 0.5) * 0.16;
  const customerName = ctx.nameOf(rnd.index(FIRST_NAMES.length), rnd.index(LAST_NAMES.length));
  const customerPhone = sketch ? (rnd.skip(7), '') : rnd.digits(7, '9');
  const claimNumber = sketch ? (rnd.skip(11), '') : rnd.digits(11, '9');
  const createdById = rnd.pick(insurerHandlers).id;
  const caseHandlerId = rnd.chance(0.9) ? rnd.pick(insurerHandlers).id : null;
  const claimDecision = rnd.chance(0.4) ? rnd.pick(CLAIM_DECISIONS) : null;
  const inspectionDays = inspection ? rnd.int(1, 20) : 0;
  const inspectionReport = inspection && rnd.chance(0.7);
  const inspectorId = inspStaff.length ? rnd.pick(inspStaff).id : null;
  const projectManagerId = rnd.chance(0.2) ? rnd.pick(insurerHandlers).id : null;
  const attention = rnd.chance(0.15);
  const compensationPreApproved = rnd.chance(0.1);
  const subcontractor = rnd.chance(0.1);
  const reminder = rnd.chance(0.2);
  const customerPageShared = rnd.chance(0.3);
  const invoiceCount = rnd.chance(0.3) ? rnd.int(1, 3) : 0;
  const remoteVideoCalls = rnd.chance(0.1) ? rnd.int(1, 4) : 0;
  const remoteVideoMedia = rnd.chance(0.1) ? rnd.int(1, 12) : 0;
  const remoteVideoInvitedByOwnCompany = rnd.chance(0.05);
  if (sketch) {
    // One object for every sketch, written over: nothing to allocate or collect for 100,000 cases.
    SKETCH.id = caseId;
    SKETCH.seq = seq;
    SKETCH.status = status;
    SKETCH.createdAt = createdAt;
    SKETCH.attention = attention;
    SKETCH.externalOfficeId = externalOfficeId;
    SKETCH.externalUserId = externalUserId;
    return SKETCH;
  }
  return {
    id: caseId,
    seq,
    portalId: IDS.portal,
    insurerCompanyId: IDS.insurer,
    status,
    closeReason,
    street,
    postalCode: place.postalCode,
    city: place.city,
    lat,
    lng,
    customerName,
    customerPhone,
    customerEmail: `kunde${seq}@example.test`,
    claimNumber,
    damageType,
    description: DESCRIPTIONS[damageType],
    createdAt,
    createdById,
    caseHandlerId,
    claimDecision,
    externalOfficeId,
    externalUserId,
    inspectionAt: inspection ? isoSeconds(createdMs + inspectionDays * DAY_MS) : null,
    inspectionReport,
    inspectionCompanyId: inspOffice?.companyId ?? null,
    inspectorId,
    projectManagerId,
    originalOfficeId,
    attention,
    compensationPreApproved,
    subcontractor,
    reminder,
    customerPageShared,
    invoiceCount,
    remoteVideoCalls,
    remoteVideoMedia,
    remoteVideoInvitedByOwnCompany,
    tasks,
    version: 1,
  };
}

/** A seeded open case whose office has the role without a user has the office's to-do from the start. */
function seededNotification(c: CaseRow): NotificationRow | null {
  if (!c.externalOfficeId || c.externalUserId || c.status !== 'open') return null;
  return assignNote(c.seq, c.externalOfficeId, c.createdAt);
}

/** The seeded notification of generated case `seq`: its office is to assign a user. */
function assignNote(seq: number, officeId: string, createdAt: string): NotificationRow {
  return {
    id: `n-seed-${seq}`,
    kind: 'assignExternalUser',
    caseId: `case-${seq}`,
    officeId,
    userId: null,
    createdAt,
    readBy: [],
    resolvedAt: null,
  };
}

type SeededTables = { [K in keyof Tables]: Tables[K][] };

/** Everything but the generated cases, and where the random numbers stand for the first of them. */
function seedFrame(config: SeedConfig): { tables: SeededTables; rnd: Random; ctx: CaseContext } {
  const rnd = createRandom(config.seed);
  const portals: PortalRow[] = [
    {
      id: IDS.portal,
      name: 'Jørn 6 Insurance',
      insurerCompanyId: IDS.insurer,
      // The guide's example portal grants adding and assigning tasks; the rest is the platform admin's choice.
      rights: RIGHT_KEYS.filter((r) => r !== 'remoteVideo' && r !== 'addNonIn4moPartnersToRfq'),
      defaultBudgetLimit: 10_000 * ORE_PER_NOK,
      version: 1,
      updatedAt: new Date(SEED_NOW).toISOString(),
      // Most but not all partner offices are in the insurer's network (Fredrikstad and Bodø are not).
      partnerNetworkOfficeIds: OFFICES.map((o) => o.id).filter((id) => !OUTSIDE_PARTNER_NETWORK.has(id)),
    },
  ];
  const users = seedUsers(rnd);
  const logs: LogRow[] = [
    {
      id: 'log-case-1-created',
      caseId: IDS.guideCase,
      at: guideCase().createdAt,
      actorId: IDS.caseHandler,
      action: 'caseCreated',
      params: {},
    },
  ];
  const tables: SeededTables = {
    portals,
    companies: COMPANIES,
    offices: OFFICES,
    users,
    cases: [],
    logs,
    notifications: [],
    sessions: [] as SessionRow[],
    chatMessages: [],
    chatSubscriptions: [],
    documents: [],
    customerMessages: [],
    rfqs: [],
    inspections: [],
    remoteVideoSessions: [],
    reports: [],
    loginThrottle: [],
    audit: [],
  };
  return { tables, rnd, ctx: caseContext(users) };
}

/**
 * The seed's cases in order: the guide's case, the rights journey's case, then generated cases 2, 3, …
 * The rights journey's case replaces the last generated one (same count, same random data for the others),
 * so case number `p` (2 ≤ p < caseCount) is at position p.
 */
export function seedDatabase(config: SeedConfig): SeededTables {
  const { tables, rnd, ctx } = seedFrame(config);
  const cases: CaseRow[] = [guideCase()];
  if (config.caseCount >= 2) cases.push(rightsDemoCase(config.caseCount));
  // The last generated number is the rights journey's case's: nothing is drawn after it.
  for (let seq = 2; seq < config.caseCount; seq++) {
    const c = generateCase(seq, rnd, ctx);
    cases.push(c);
    const n = seededNotification(c);
    if (n) tables.notifications.push(n);
  }
  tables.cases = cases;
  return tables;
}

/** The seed's cases, each made anew when asked for (see `seedOnDemand`). */
export interface SeededCases {
  readonly length: number;
  at(position: number): CaseRow;
  /** The position of a seeded case's id, or -1. */
  positionOf(id: string): number;
}

/**
 * What drawing the seed's cases leaves for `seedOnDemand` to make them from, to be stored and given back
 * at a later start instead of drawing them again (see `SharedStore`'s seed index): where the random
 * numbers stood before each case, and the notifications the cases seeded, as columns (each one's case,
 * its office's position in the seed's offices, and its time): typed arrays are stored and read back
 * whole, thousands of objects one by one.
 */
export interface SeedIndex {
  saved: Uint32Array;
  notes: { seq: Int32Array; office: Uint16Array; createdMs: Float64Array };
}

/**
 * Whether a value is a typed array of this kind (by its tag: a structured clone, as IndexedDB gives back,
 * may come from another realm, where `instanceof` fails).
 */
export const isTypedArray = <K extends 'Uint32Array' | 'Int32Array' | 'Uint16Array' | 'Uint8Array' | 'Float64Array'>(
  value: unknown,
  kind: K,
): value is InstanceType<(typeof globalThis)[K]> => Object.prototype.toString.call(value) === `[object ${kind}]`;

/** How many cases a stored index is checked at (see `indexFits`). */
export const INDEX_SAMPLES = 64;

const OFFICE_POSITION = new Map(OFFICES.map((o, i) => [o.id, i]));

/** The seeded notifications of an index's columns, or null if they are not what drawing would give them. */
function notesOf({ notes }: SeedIndex, n: number): NotificationRow[] | null {
  const { seq, office, createdMs } = notes ?? {};
  if (
    !isTypedArray(seq, 'Int32Array') ||
    !isTypedArray(office, 'Uint16Array') ||
    !isTypedArray(createdMs, 'Float64Array')
  )
    return null;
  if (office.length !== seq.length || createdMs.length !== seq.length) return null;
  const rows: NotificationRow[] = [];
  for (let i = 0, before = 1; i < seq.length; i++) {
    const p = seq[i]!;
    const o = OFFICES[office[i]!];
    const ms = createdMs[i]!;
    // One a case, in order, at a whole second of the seed's time span.
    if (!(p > before && p < n) || !o || !(ms % 1000 === 0 && ms > SEED_NOW - 600 * DAY_MS && ms <= SEED_NOW))
      return null;
    rows.push(assignNote(p, o.id, isoSeconds(ms)));
    before = p;
  }
  return rows;
}

/**
 * Whether a stored index is the one drawing these cases would give: its shape, and at `INDEX_SAMPLES`
 * positions spread over the cases, that drawing the case from where the index says the numbers stood
 * ends where it says the next case's start, that the case's notification is there, and that `check`
 * (the visitor's) accepts the case drawn. A case between the samples is not checked: the index is what
 * this build stored itself (see `SharedStore`), the samples catch what is stale or broken.
 */
function indexFits(
  index: SeedIndex,
  notes: NotificationRow[],
  n: number,
  rnd: Random,
  ctx: CaseContext,
  check: (position: number, c: CaseRow) => boolean,
): boolean {
  const { saved } = index;
  if (!isTypedArray(saved, 'Uint32Array') || saved.length !== Math.max(n, 2)) return false;
  // The first two cases are written by hand.
  if (!check(0, guideCase()) || (n >= 2 && !check(1, rightsDemoCase(n)))) return false;
  if (n <= 2) return notes.length === 0;
  // The first drawn case starts where the frame left the numbers.
  if (saved[2] !== rnd.save()) return false;
  const probe = createRandom(0);
  const last = n - 1;
  const noteAt = new Map(notes.map((note, i) => [index.notes.seq[i]!, note]));
  for (let k = 0; k < INDEX_SAMPLES; k++) {
    const p = 2 + Math.round(((last - 2) * k) / (INDEX_SAMPLES - 1));
    probe.restore(saved[p]!);
    const c = generateCase(p, probe, ctx, true);
    if (p < last && probe.save() !== saved[p + 1]) return false;
    if (!check(p, c)) return false;
    const note = seededNotification(c);
    const stored = noteAt.get(p);
    if (note ? !stored || stored.officeId !== note.officeId || stored.createdAt !== note.createdAt : stored)
      return false;
  }
  return true;
}

/**
 * The seed's cases made when asked for: `at(p)` makes the case at position p anew, equal to what
 * `seedDatabase` puts there. Seeding them this way draws every case once and keeps only where the random
 * numbers stood before it (4 bytes a case), not the case: with 100,000 cases that is less than half the
 * time of `seedDatabase` in the browser's worker, most of which is the garbage collector moving what is
 * kept. Each case drawn is shown to `visit` once as a sketch (`SKETCH`: only what the primed columns
 * and the seeded notifications read, in one object written over, so read it during the visit); the
 * columns the first answers read are made from them, and a test checks that they read nothing a sketch
 * leaves out.
 *
 * With `stored` (an index an earlier start drew, see `SeedIndex`) that fits, nothing is drawn and nothing
 * visited: `drawn` is false, and `stored.check` has seen the sampled cases (the visitor's own data is
 * checked with them). Otherwise the cases are drawn, and `index` is what to store.
 */
export function seedOnDemand(
  config: SeedConfig,
  visit?: (position: number, c: CaseRow) => void,
  stored?: { index: SeedIndex; check: (position: number, c: CaseRow) => boolean },
): { tables: Omit<SeededTables, 'cases'>; cases: SeededCases; index: SeedIndex; drawn: boolean } {
  const { tables, rnd, ctx } = seedFrame(config);
  const n = config.caseCount;
  const storedNotes = stored ? notesOf(stored.index, n) : null;
  let index: SeedIndex;
  const drawn = !(stored && storedNotes && indexFits(stored.index, storedNotes, n, rnd, ctx, stored.check));
  if (!drawn) {
    index = stored!.index;
    for (const note of storedNotes!) tables.notifications.push(note);
  } else {
    const guide = guideCase();
    const rightsDemo = n >= 2 ? rightsDemoCase(n) : null;
    visit?.(0, guide);
    if (rightsDemo) visit?.(1, rightsDemo);
    // Where the random numbers stood before case p (positions 0 and 1 are written by hand).
    const saved = new Uint32Array(Math.max(n, 2));
    const framed = tables.notifications.length;
    for (let seq = 2; seq < n; seq++) {
      saved[seq] = rnd.save();
      const c = generateCase(seq, rnd, ctx, true);
      visit?.(seq, c);
      const note = seededNotification(c);
      if (note) tables.notifications.push(note);
    }
    const notes = tables.notifications.slice(framed);
    index = {
      saved,
      notes: {
        seq: Int32Array.from(notes, (m) => Number(m.caseId.slice('case-'.length))),
        office: Uint16Array.from(notes, (m) => OFFICE_POSITION.get(m.officeId!)!),
        createdMs: Float64Array.from(notes, (m) => Date.parse(m.createdAt)),
      },
    };
  }
  const { saved } = index;
  const redraw = createRandom(0);
  const cases: SeededCases = {
    length: n,
    at(p) {
      if (!(Number.isInteger(p) && p >= 0 && p < n)) throw new RangeError(`No seeded case at ${p}`);
      if (p === 0) return guideCase();
      if (p === 1) return rightsDemoCase(n);
      redraw.restore(saved[p]!);
      return generateCase(p, redraw, ctx);
    },
    positionOf(id) {
      if (id === IDS.guideCase) return 0;
      if (id === RIGHTS_DEMO_CASE_ID) return n >= 2 ? 1 : -1;
      const m = /^case-([1-9]\d{0,8})$/.exec(id);
      const p = m ? Number(m[1]) : -1;
      return p >= 2 && p < n ? p : -1;
    },
  };
  const others: Omit<SeededTables, 'cases'> = tables;
  return { tables: others, cases, index, drawn };
}
