import { IDS, DEMO_PASSWORD } from './ids';
import { DEFAULT_SEED, RIGHTS_DEMO_CASE_ID } from './seed';
import { createDb, Table, type Db } from './store';
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
