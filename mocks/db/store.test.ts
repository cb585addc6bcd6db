import { IDS, DEMO_PASSWORD } from './ids';
import { DEFAULT_SEED, RIGHTS_DEMO_CASE_ID } from './seed';
import { createDb, inPlaceWritesOf, Table, type Db } from './store';
import { eligibleOfficeIds } from '../rules/access';

const caseIds = (db: Db) => db.cases.all().map((c) => c.id);
const claimNumbers = (db: Db) => db.cases.all().map((c) => c.claimNumber);

describe('createDb', () => {
  const a = createDb(DEFAULT_SEED);

  it('is deterministic for the same seed', () => {
    const b = createDb(DEFAULT_SEED);
    expect(caseIds(b)).toEqual(caseIds(a));
    expect(claimNumbers(b)).toEqual(claimNumbers(a));
    expect(b.users.all().map((u) => u.email)).toEqual(a.users.all().map((u) => u.email));
    expect(b.cases.all()).toEqual(a.cases.all());
  });

  it('gives other generated data for another seed (the guide case stays)', () => {
    const other = createDb({ ...DEFAULT_SEED, seed: DEFAULT_SEED.seed + 1 });
    expect(claimNumbers(other).slice(1)).not.toEqual(claimNumbers(a).slice(1));
    expect(other.cases.get(IDS.guideCase)?.claimNumber).toBe(a.cases.get(IDS.guideCase)?.claimNumber);
  });

  it.each([1, 2, 30, 240, 1000])('respects caseCount %s', (caseCount) => {
    const db = createDb({ caseCount, seed: 42 });
    expect(db.cases.size).toBe(caseCount);
    expect(db.cases.get(IDS.guideCase)).toBeDefined();
    expect(db.seedConfig).toEqual({ caseCount, seed: 42 });
  });

  it('a generated case is the same whatever the caseCount (same seed)', () => {
    const small = createDb({ caseCount: 50, seed: DEFAULT_SEED.seed });
    const generated = small.cases.where((c) => c.id !== RIGHTS_DEMO_CASE_ID);
    expect(generated.length).toBe(49);
    for (const c of generated) expect(c, c.id).toEqual(a.cases.get(c.id));
  });

  it('gives unique case ids', () => {
    expect(new Set(caseIds(a)).size).toBe(a.cases.size);
  });
});

describe('the default seed', () => {
  const db = createDb(DEFAULT_SEED);
  const users = db.users.all();

  it('has at least 12 partner offices', () => {
    const partnerCompanies = new Set(db.companies.where((c) => c.kind === 'partner').map((c) => c.id));
    expect(db.offices.where((o) => partnerCompanies.has(o.companyId)).length).toBeGreaterThanOrEqual(12);
  });

  it('has at least 40 users with unique e-mail addresses', () => {
    expect(users.length).toBeGreaterThanOrEqual(40);
    expect(new Set(users.map((u) => u.email.toLowerCase())).size).toBe(users.length);
  });

  it('has at least 200 cases', () => {
    expect(db.cases.size).toBeGreaterThanOrEqual(200);
  });

  it('has offices without a flagged user (never offered), Tørk & Tett Lørenskog among them', () => {
    const eligible = eligibleOfficeIds(users);
    const notEligible = db.offices.where((o) => !eligible.has(o.id)).map((o) => o.id);
    expect(notEligible.length).toBeGreaterThan(0);
    expect(notEligible).toContain(IDS.torkOslo);
    expect(eligible.size).toBeGreaterThan(0);
  });

  it('every user belongs to a known company, and every office id of a user is a known office of that company', () => {
    for (const u of users) {
      expect(db.companies.get(u.companyId), u.id).toBeDefined();
      if (u.officeId) expect(db.offices.get(u.officeId)?.companyId, u.id).toBe(u.companyId);
    }
  });

  it('only assigns the role to eligible offices and to flagged users of that office', () => {
    const withRole = db.cases.where((c) => c.externalOfficeId !== null);
    expect(withRole.length).toBeGreaterThan(0);
    const eligible = eligibleOfficeIds(users);
    for (const c of withRole) {
      expect(eligible.has(c.externalOfficeId!), c.id).toBe(true);
      if (c.externalUserId) {
        expect(db.users.get(c.externalUserId), c.id).toMatchObject({
          officeId: c.externalOfficeId,
          externalCaseHandler: true,
          status: 'active',
        });
      }
    }
  });

  it.each<[string, string, string, string]>([
    // id, e-mail, authLevel, company
    [IDS.platformAdmin, 'plattform@saksportal.test', 'platform_admin', IDS.platformCompany],
    [IDS.companyAdmin, 'admin@jorn6.test', 'company_admin', IDS.insurer],
    [IDS.caseHandler, 'saksbehandler@jorn6.test', 'case_handler', IDS.insurer],
    [IDS.officeAdmin, 'kontor@hansjorn.test', 'office_admin', IDS.hansJorn],
    [IDS.jornService, 'jorn.service@hansjorn.test', 'user', IDS.hansJorn],
    [IDS.craftsman, 'handverker@hansjorn.test', 'user', IDS.hansJorn],
  ])('demo account %s: %s, %s', (id, email, authLevel, companyId) => {
    expect(db.users.get(id)).toMatchObject({ email, authLevel, companyId, status: 'active', password: DEMO_PASSWORD });
  });

  it('flags Jørn Service (Hans & Jørn Oslo) and not the craftsman', () => {
    expect(db.users.get(IDS.jornService)).toMatchObject({ externalCaseHandler: true, officeId: IDS.hansJornOslo });
    expect(db.users.get(IDS.craftsman)).toMatchObject({ externalCaseHandler: false, officeId: IDS.hansJornOslo });
  });

  it("holds the guide's case: Edwards Munchs vei, 1063 Oslo, with its claim number and no external case handler", () => {
    expect(db.cases.get(IDS.guideCase)).toMatchObject({
      street: 'Edwards Munchs vei',
      postalCode: '1063',
      city: 'Oslo',
      claimNumber: '905499722815141720220224133540811',
      externalOfficeId: null,
      externalUserId: null,
    });
  });

  it('starts with no changes to persist', () => {
    for (const t of [db.users, db.cases, db.logs, db.notifications, db.portals]) expect(t.changes.size).toBe(0);
  });
});

describe('Table', () => {
  type Row = { id: string; n: number };
  const loaded = (): { rows: readonly Row[]; table: Table<Row> } => {
    const rows = Object.freeze([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ]);
    const table = new Table<Row>();
    table.load(rows);
    return { rows, table };
  };

  it('answers from loaded rows in their order, before and after its first lookup', () => {
    const { table } = loaded();
    expect(table.size).toBe(3);
    expect(table.all().map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(table.get('b')?.n).toBe(2);
    expect(table.get('x')).toBeUndefined();
    expect(table.size).toBe(3);
    expect(table.all().map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes over loaded rows without touching the array they came from (a module constant, the seed)', () => {
    const { rows, table } = loaded();
    table.all(); // the rows array made before the first write
    table.update('b', (r) => ({ ...r, n: 20 }));
    table.delete('c');
    table.insert({ id: 'd', n: 4 });
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(table.all().map((r) => `${r.id}${r.n}`)).toEqual(['a1', 'b20', 'd4']);
    expect(table.get('b')?.n).toBe(20);
    expect(table.get('c')).toBeUndefined();
    expect(table.size).toBe(3);
  });

  it('rolls a write back to the loaded rows', () => {
    const { table } = loaded();
    table.begin();
    table.update('a', (r) => ({ ...r, n: 10 }));
    table.delete('b');
    table.rollback();
    // (A row whose deletion is rolled back comes back last, as a Map puts it.)
    expect(table.all().map((r) => `${r.id}${r.n}`)).toEqual(['a1', 'c3', 'b2']);
    expect(table.get('b')?.n).toBe(2);
    expect(table.dirty.size).toBe(0);
  });
});

describe('Table with rows made on demand', () => {
  type Row = { id: string; n: number };
  /** Rows r0 … r9 with n = position; counts how many it made. */
  const source = () => {
    const made: number[] = [];
    return {
      made,
      rows: {
        length: 10,
        at: (p: number) => (made.push(p), { id: `r${p}`, n: p }),
        positionOf: (id: string) => (/^r\d$/.test(id) ? Number(id.slice(1)) : -1),
      },
    };
  };
  const onDemand = () => {
    const s = source();
    const table = new Table<Row>();
    table.loadOnDemand(s.rows);
    return { table, made: s.made };
  };
  const shown = (t: Table<Row>) => t.all().map((r) => `${r.id}:${r.n}`);

  it('makes only the rows looked up, each once, and knows its size without making any', () => {
    const { table, made } = onDemand();
    expect(table.size).toBe(10);
    expect(table.get('r3')).toEqual({ id: 'r3', n: 3 });
    expect(table.get('r3')).toBe(table.get('r3'));
    expect(table.at(7)).toEqual({ id: 'r7', n: 7 });
    expect(table.get('nope')).toBeUndefined();
    expect(made).toEqual([3, 7]);
    expect(table.partlyMade).toBe(true);
    const soFar = table.rowsSoFar();
    expect(Array.from(soFar, (r) => r?.id ?? null)).toEqual([
      null,
      null,
      null,
      'r3',
      null,
      null,
      null,
      'r7',
      null,
      null,
    ]);
  });

  it('updates a row in place while the others wait, and logs where', () => {
    const { table, made } = onDemand();
    const rows = table.rowsSoFar();
    table.update('r4', (r) => ({ ...r, n: 40 }));
    expect(made).toEqual([4]);
    expect(rows[4]).toEqual({ id: 'r4', n: 40 });
    expect(inPlaceWritesOf(rows)).toEqual([4]);
    expect(table.dirty.has('r4')).toBe(true);
    expect(shown(table)).toEqual(['r0:0', 'r1:1', 'r2:2', 'r3:3', 'r4:40', 'r5:5', 'r6:6', 'r7:7', 'r8:8', 'r9:9']);
    expect(table.all()).toBe(rows); // the same array, filled in
    expect(table.partlyMade).toBe(false);
    expect(made.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('makes the rest a slice at a time, then is as a loaded table', () => {
    const { table } = onDemand();
    table.get('r5');
    expect(table.makeSome(4)).toBe(false);
    expect(table.rowsSoFar().filter(Boolean)).toHaveLength(5);
    expect(table.makeSome(4)).toBe(false);
    expect(table.makeSome(4)).toBe(true);
    expect(table.partlyMade).toBe(false);
    expect(table.get('r9')?.n).toBe(9);
    table.insert({ id: 'x', n: 99 });
    expect(shown(table).slice(-2)).toEqual(['r9:9', 'x:99']);
  });

  it('makes every row before a write that changes the rows array (an insert, a delete)', () => {
    const { table } = onDemand();
    table.update('r1', (r) => ({ ...r, n: 10 }));
    table.insert({ id: 'x', n: 99 });
    expect(table.partlyMade).toBe(false);
    expect(shown(table)).toEqual([
      'r0:0',
      'r1:10',
      'r2:2',
      'r3:3',
      'r4:4',
      'r5:5',
      'r6:6',
      'r7:7',
      'r8:8',
      'r9:9',
      'x:99',
    ]);
    const other = onDemand().table;
    other.delete('r2');
    expect(other.size).toBe(9);
    expect(other.get('r2')).toBeUndefined();
  });

  it('rolls back a write made while rows were made on demand', () => {
    const { table } = onDemand();
    table.begin();
    table.update('r6', (r) => ({ ...r, n: 60 }));
    table.rollback();
    expect(table.get('r6')?.n).toBe(6);
    expect(table.dirty.size).toBe(0);
    expect(table.size).toBe(10);
  });

  it('applies a persisted change to a seeded row in place, and another row at the end', () => {
    const { table, made } = onDemand();
    const rows = table.rowsSoFar();
    table.applyPersisted('r8', { id: 'r8', n: 80 });
    expect(rows[8]).toEqual({ id: 'r8', n: 80 });
    expect(inPlaceWritesOf(rows)).toEqual([8]);
    expect(table.dirty.size).toBe(0);
    expect(table.changes.get('r8')).toEqual({ id: 'r8', n: 80 });
    expect(made).toEqual([8]);
    table.applyPersisted('y', { id: 'y', n: 1 });
    expect(shown(table).slice(-3)).toEqual(['r8:80', 'r9:9', 'y:1']);
  });
});
