import { IDS, DEMO_PASSWORD } from './ids';
import { SCHEMA_VERSION } from './schema';
import { DEFAULT_SEED, RIGHTS_DEMO_CASE_ID, type SeedConfig } from './seed';
import { createDb, loadDb, persistDb, STORAGE_KEY, type Db } from './store';
import { eligibleOfficeIds } from '../rules/access';

/** A minimal in-memory Web Storage, so persistence is tested without a browser. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

/** Throws on write like a full localStorage does. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('quota', 'QuotaExceededError');
  }
}

const SMALL: SeedConfig = { caseCount: 30, seed: 7 };
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
        expect(db.users.get(c.externalUserId), c.id).toMatchObject({ officeId: c.externalOfficeId, externalCaseHandler: true, status: 'active' });
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
      street: 'Edwards Munchs vei', postalCode: '1063', city: 'Oslo',
      claimNumber: '905499722815141720220224133540811', externalOfficeId: null, externalUserId: null,
    });
  });

  it('starts with no changes to persist', () => {
    for (const t of [db.users, db.cases, db.logs, db.notifications, db.portals]) expect(t.changes.size).toBe(0);
  });
});

describe('persistDb / loadDb', () => {
  it('an empty storage gives a fresh db from the fallback seed', () => {
    const { db, outcome } = loadDb(new MemoryStorage(), SMALL);
    expect(outcome).toBe('fresh');
    expect(db.cases.size).toBe(SMALL.caseCount);
  });

  it('restores a changed user, leaves the others as seeded, and reports "restored"', () => {
    const storage = new MemoryStorage();
    const db = createDb(SMALL);
    db.users.update(IDS.jornService, (u) => ({ ...u, firstName: 'Jørn Endret', budgetLimit: { mode: 'custom', amount: 25000 }, version: u.version + 1 }));
    expect(persistDb(db, storage)).toBe('ok');

    const { db: loaded, outcome } = loadDb(storage, DEFAULT_SEED);
    expect(outcome).toBe('restored');
    expect(loaded.users.get(IDS.jornService)).toMatchObject({ firstName: 'Jørn Endret', budgetLimit: { mode: 'custom', amount: 25000 }, version: 2 });
    expect(loaded.users.get(IDS.craftsman)).toEqual(createDb(SMALL).users.get(IDS.craftsman));
    // the persisted seed config wins over the fallback
    expect(loaded.seedConfig).toEqual(SMALL);
    expect(loaded.cases.size).toBe(SMALL.caseCount);
    // the restored change is persisted again on the next write
    expect(loaded.users.changes.has(IDS.jornService)).toBe(true);
  });

  it('restores inserted and deleted rows in other tables', () => {
    const storage = new MemoryStorage();
    const db = createDb(SMALL);
    const guide = db.cases.get(IDS.guideCase)!;
    db.cases.update(IDS.guideCase, (c) => ({ ...c, externalOfficeId: IDS.hansJornOslo, version: c.version + 1 }));
    db.logs.insert({ id: 'log-test-1', caseId: IDS.guideCase, at: '2026-11-20T10:00:00.000Z', actorId: IDS.caseHandler, action: 'externalOfficeAssigned', params: { office: IDS.hansJornOslo } });
    db.cases.delete('case-2');
    persistDb(db, storage);

    const { db: loaded, outcome } = loadDb(storage);
    expect(outcome).toBe('restored');
    expect(loaded.cases.get(IDS.guideCase)).toEqual({ ...guide, externalOfficeId: IDS.hansJornOslo, version: guide.version + 1 });
    expect(loaded.logs.get('log-test-1')?.action).toBe('externalOfficeAssigned');
    expect(loaded.cases.get('case-2')).toBeUndefined();
    expect(loaded.cases.size).toBe(SMALL.caseCount - 1);
  });

  it.each<[string, string]>([
    ['garbage JSON', '{not json'],
    ['JSON that is not an object', '42'],
    ['a wrong schema version', JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, seedConfig: SMALL, changes: { users: {} } })],
    ['an old schema version', JSON.stringify({ schemaVersion: SCHEMA_VERSION - 1, seedConfig: SMALL, changes: {} })],
    ['no schema version', JSON.stringify({ seedConfig: SMALL, changes: {} })],
    ['no seed config', JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: {} })],
  ])('%s is "discarded": a fresh db from the fallback, and the stored data is removed', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const { db, outcome } = loadDb(storage, SMALL);
    expect(outcome).toBe('discarded');
    expect(db.cases.size).toBe(SMALL.caseCount);
    expect(db.users.get(IDS.jornService)?.firstName).toBe('Jørn');
    expect(db.users.changes.size).toBe(0);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('a change stored under another schema version is not applied', () => {
    const storage = new MemoryStorage();
    const db = createDb(SMALL);
    db.users.update(IDS.jornService, (u) => ({ ...u, firstName: 'Gammel' }));
    persistDb(db, storage);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY)!);
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, schemaVersion: SCHEMA_VERSION + 1 }));

    const { db: loaded, outcome } = loadDb(storage, SMALL);
    expect(outcome).toBe('discarded');
    expect(loaded.users.get(IDS.jornService)?.firstName).toBe('Jørn');
  });

  it('a full storage reports "quota" instead of throwing', () => {
    const db = createDb(SMALL);
    db.users.update(IDS.jornService, (u) => ({ ...u, firstName: 'X' }));
    expect(persistDb(db, new FullStorage())).toBe('quota');
  });

  it('no storage at all is fine (in-memory only)', () => {
    expect(persistDb(createDb(SMALL), undefined)).toBe('ok');
  });

  it('persists only the overlay: the payload stays under 50 kB after one change with 20,000 cases', () => {
    const storage = new MemoryStorage();
    const db = createDb({ caseCount: 20000, seed: DEFAULT_SEED.seed });
    expect(db.cases.size).toBe(20000);
    db.cases.update('case-12345', (c) => ({ ...c, externalOfficeId: IDS.hansJornOslo, version: c.version + 1 }));
    persistDb(db, storage);

    const raw = storage.getItem(STORAGE_KEY)!;
    expect(new TextEncoder().encode(raw).length).toBeLessThan(50_000);

    const { db: loaded, outcome } = loadDb(storage);
    expect(outcome).toBe('restored');
    expect(loaded.cases.size).toBe(20000);
    expect(loaded.cases.get('case-12345')?.externalOfficeId).toBe(IDS.hansJornOslo);
  });
});
