import { Dexie } from 'dexie';
import { IDS } from './ids';
import { SCHEMA_VERSION, type CaseRow, type TableName } from './schema';
import { SharedStore, StorageFullError } from './shared';
import { migrateRow } from './migrations';
import type { SeedConfig } from './seed';
import type { Db } from './store';
import { casePrimer } from '../rules/caseColumns';

/**
 * Two (or three) in-process "tabs": separate SharedStores on one IndexedDB (fake-indexeddb) and one
 * BroadcastChannel name, as two tabs of one browser profile are.
 */
const SMALL: SeedConfig = { caseCount: 30, seed: 7 };
let n = 0;
let names: { name: string; channelName: string };
const open: SharedStore[] = [];
async function tab(seed: SeedConfig = SMALL) {
  const s = await SharedStore.open({ ...names, seed });
  open.push(s);
  return s;
}
beforeEach(() => {
  n += 1;
  names = { name: `shared-test-${n}-${Math.random().toString(36).slice(2)}`, channelName: `shared-test-ch-${n}` };
});
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
});

/** A write as a handler does it: check the version the form read, then update. */
function renameUser(s: SharedStore, id: string, firstName: string, readVersion: number) {
  return s.write((d: Db) => {
    const u = d.users.get(id)!;
    if (u.version !== readVersion) throw Object.assign(new Error('stale'), { status: 409 });
    return d.users.update(id, (x) => ({ ...x, firstName, version: x.version + 1 }));
  });
}

/** The raw IndexedDB of the test, to plant what a broken or old version could have stored. */
function rawDb() {
  const d = new Dexie(names.name);
  d.version(1).stores({ changes: '&k, rev', meta: '&id' });
  return d;
}
async function plant(changes: { t: string; id: string; row: unknown }[], meta?: Record<string, unknown>) {
  const first = await tab();
  first.close();
  const d = rawDb();
  await d.table('changes').bulkPut(changes.map((c) => ({ k: `${c.t}/${c.id}`, rev: 1, ...c })));
  const m = await d.table('meta').get('meta');
  await d.table('meta').put({ ...m, rev: 1, ...meta });
  d.close();
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

describe('two tabs on one IndexedDB', () => {
  it("keeps both tabs' changes (each row is its own record), and a third tab sees both", async () => {
    const a = await tab();
    const b = await tab(); // opened before A writes: it must not overwrite A's change with its old memory
    await renameUser(a, IDS.jornService, 'Fra A', 1);
    await b.write((d) =>
      d.cases.update(IDS.guideCase, (c) => ({ ...c, claimDecision: 'accepted', version: c.version + 1 })),
    );

    const c = await tab();
    expect(c.db.users.get(IDS.jornService)?.firstName).toBe('Fra A');
    expect(c.db.cases.get(IDS.guideCase)?.claimDecision).toBe('accepted');
    expect(c.outcome).toBe('restored');
  });

  it('a change reaches the other tab at once, without a request there (BroadcastChannel)', async () => {
    const a = await tab();
    const b = await tab();
    await renameUser(a, IDS.jornService, 'Kringkastet', 1);
    await until(() => b.db.users.get(IDS.jornService)?.firstName === 'Kringkastet');
    expect(b.db.users.get(IDS.jornService)?.version).toBe(2);
  });

  it('a stale write from the other tab is refused (version checked against the shared state) and changes nothing', async () => {
    const a = await tab();
    const b = await tab();
    // B's form read version 1 before A saved; B's broadcast may not even have arrived yet.
    await renameUser(a, IDS.craftsman, 'A vant', 1);
    await expect(renameUser(b, IDS.craftsman, 'B taper', 1)).rejects.toMatchObject({ status: 409 });
    expect(b.db.users.get(IDS.craftsman)).toMatchObject({ firstName: 'A vant', version: 2 });
    const c = await tab();
    expect(c.db.users.get(IDS.craftsman)).toMatchObject({ firstName: 'A vant', version: 2 });
  });

  it("a write racing another tab's write waits for it (one lock), so ids and versions never collide", async () => {
    const a = await tab();
    const b = await tab();
    await Promise.all([renameUser(a, IDS.craftsman, 'A', 1), renameUser(b, IDS.jornService, 'B', 1)]);
    const results = await Promise.allSettled([
      renameUser(a, IDS.caseHandler, 'A2', 1),
      renameUser(b, IDS.caseHandler, 'B2', 1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const c = await tab();
    expect(c.db.users.get(IDS.craftsman)?.firstName).toBe('A');
    expect(c.db.users.get(IDS.jornService)?.firstName).toBe('B');
    expect(c.db.users.get(IDS.caseHandler)?.version).toBe(2);
  });

  it('a reset in one tab resets the other tab too', async () => {
    const a = await tab();
    const b = await tab();
    await renameUser(a, IDS.jornService, 'Før reset', 1);
    await until(() => b.db.users.get(IDS.jornService)?.firstName === 'Før reset');
    await a.reset(SMALL);
    await until(() => b.db.users.get(IDS.jornService)?.firstName === 'Jørn');
    const c = await tab();
    expect(c.db.users.get(IDS.jornService)?.firstName).toBe('Jørn');
  });
});

describe('opening says what it seeds', () => {
  it('tells the seed parameters before seeding: a first start the given ones, a later start the stored ones', async () => {
    const first: SeedConfig[] = [];
    const s = await SharedStore.open({ ...names, seed: SMALL, onSeeding: (c) => first.push(c) });
    await s.reset({ caseCount: 40, seed: 3 });
    s.close();
    const later: SeedConfig[] = [];
    const again = await SharedStore.open({ ...names, seed: SMALL, onSeeding: (c) => later.push(c) });
    open.push(again);
    expect(first).toEqual([SMALL]);
    expect(later).toEqual([{ caseCount: 40, seed: 3 }]);
    expect(again.db.cases.size).toBe(40);
  });
});

describe("the seed's index", () => {
  /** A tab whose store keeps the seed's index (build `build`), counting the cases its seeding draws. */
  async function indexedTab(build = 'build-1', delayMs = 0) {
    const drawn = { count: 0 };
    const s = await SharedStore.open({
      ...names,
      seed: SMALL,
      seedVisitor: ({ caseCount }) => {
        const primer = casePrimer(caseCount);
        return { ...primer, visit: (p, c) => (drawn.count++, primer.visit(p, c)) };
      },
      seedIndex: { build, delayMs },
    });
    open.push(s);
    return { s, drawn };
  }
  const storedIndex = async () => {
    const d = new Dexie(names.name);
    d.version(2).stores({ changes: '&k, rev', meta: '&id', seedIndex: '&id' });
    const row = (await d.table('seedIndex').get('cases')) as { key: string; saved: Uint32Array } | undefined;
    d.close();
    return row;
  };
  const stored = async () => {
    for (let i = 0; i < 200 && !(await storedIndex()); i++) await new Promise((r) => setTimeout(r, 5));
    return storedIndex();
  };

  it('is stored after a start that drew the cases; the next start of the same seed and build draws none', async () => {
    const a = await indexedTab();
    expect(a.drawn.count).toBe(SMALL.caseCount);
    expect((await stored())?.saved.length).toBe(SMALL.caseCount);
    await a.s.write((d) => d.cases.update(IDS.guideCase, (c) => ({ ...c, attention: true, version: c.version + 1 })));
    a.s.close();

    const b = await indexedTab();
    expect(b.drawn.count).toBe(0);
    // The same cases and notifications, with the change.
    const whole = SharedStore.memory(SMALL).db;
    expect(b.s.db.cases.all().slice(1)).toEqual(whole.cases.all().slice(1));
    expect(b.s.db.cases.get(IDS.guideCase)?.attention).toBe(true);
    expect(b.s.db.notifications.all()).toEqual(whole.notifications.all());
    // A reset to the same seed takes it too; to another seed, draws that one.
    await b.s.reset(SMALL);
    expect(b.drawn.count).toBe(0);
    await b.s.reset({ caseCount: 40, seed: 3 });
    expect(b.drawn.count).toBe(40);
  });

  it("another build's index is not taken, and this build's replaces it", async () => {
    const a = await indexedTab('build-1');
    await stored();
    a.s.close();
    const b = await indexedTab('build-2');
    expect(b.drawn.count).toBe(SMALL.caseCount);
    for (let i = 0; i < 200 && !(await storedIndex())?.key.startsWith('build-2'); i++)
      await new Promise((r) => setTimeout(r, 5));
    expect((await storedIndex())?.key).toMatch(/^build-2 /);
  });

  it('a broken index is not taken: the store opens and draws the cases', async () => {
    const a = await indexedTab();
    const good = await stored();
    a.s.close();
    const broken: Record<string, unknown>[] = [
      { saved: new Uint32Array(3) },
      { notes: { seq: [5], office: 'o', createdMs: null } },
      { made: null },
      { saved: 'not an array', notes: null, made: { names: 7 } },
    ];
    for (const change of broken) {
      const d = new Dexie(names.name);
      d.version(2).stores({ changes: '&k, rev', meta: '&id', seedIndex: '&id' });
      await d.table('seedIndex').put({ ...good, ...change });
      d.close();
      // (It would store the good index again: not before it is closed.)
      const b = await indexedTab('build-1', 60_000);
      expect(b.drawn.count, JSON.stringify(Object.keys(change))).toBe(SMALL.caseCount);
      expect(b.s.db.cases.all()).toEqual(SharedStore.memory(SMALL).db.cases.all());
      expect(b.s.outcome).toBe('fresh');
      b.s.close();
    }
  });
});

describe('a write that cannot be persisted', () => {
  it('fails with StorageFullError and is not applied: memory rolled back, nothing stored, other tabs untouched', async () => {
    const a = await tab();
    const b = await tab();
    a.persistFault = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await expect(renameUser(a, IDS.jornService, 'Tapt', 1)).rejects.toBeInstanceOf(StorageFullError);
    expect(a.db.users.get(IDS.jornService)).toMatchObject({ firstName: 'Jørn', version: 1 });
    expect(a.db.users.dirty.size).toBe(0);
    expect(a.storageProblem).toBe('quota');
    expect(b.db.users.get(IDS.jornService)?.firstName).toBe('Jørn');
    expect((await tab()).db.users.get(IDS.jornService)?.firstName).toBe('Jørn');

    // Room again: the next write works and the problem is cleared.
    a.persistFault = null;
    await renameUser(a, IDS.jornService, 'Lagret', 1);
    expect(a.storageProblem).toBeNull();
    expect((await tab()).db.users.get(IDS.jornService)?.firstName).toBe('Lagret');
  });

  it('a refusal thrown in the middle of a write undoes what the write had already changed', async () => {
    const a = await tab();
    await expect(
      a.write((d) => {
        d.users.update(IDS.craftsman, (u) => ({ ...u, firstName: 'Halvveis' }));
        d.logs.insert({
          id: 'log-half',
          caseId: IDS.guideCase,
          at: new Date().toISOString(),
          actorId: null,
          action: 'x',
          params: {},
        });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(a.db.users.get(IDS.craftsman)?.firstName).not.toBe('Halvveis');
    expect(a.db.logs.get('log-half')).toBeUndefined();
    expect((await tab()).db.logs.get('log-half')).toBeUndefined();
  });

  it('reset works with full storage', async () => {
    const a = await tab();
    a.persistFault = new DOMException('full', 'QuotaExceededError');
    await expect(renameUser(a, IDS.jornService, 'X', 1)).rejects.toBeInstanceOf(StorageFullError);
    await a.reset(SMALL);
    expect(a.storageProblem).toBeNull();
    expect(a.db.cases.size).toBe(30);
  });
});

describe('stored data is checked on load', () => {
  const seededCase = async () => (await SharedStore.memory(SMALL)).db.cases.get('case-3')!;

  it.each<[string, { t: string; id: string; row: unknown }, string]>([
    ['a case reduced to its id', { t: 'cases', id: 'case-3', row: { id: 'case-3' } }, 'invalid'],
    ['a deleted portal', { t: 'portals', id: 'portal-1', row: null }, 'deleteNotAllowed'],
    ['a deleted case', { t: 'cases', id: 'case-3', row: null }, 'deleteNotAllowed'],
    [
      'a user with a 5 MB password',
      { t: 'users', id: IDS.craftsman, row: { id: IDS.craftsman, password: 'x'.repeat(5_000_000) } },
      'invalid',
    ],
    [
      'a row stored under another id',
      {
        t: 'logs',
        id: 'log-a',
        row: { id: 'log-b', caseId: 'case-1', at: '2026-01-01T00:00:00Z', actorId: null, action: 'x', params: {} },
      },
      'invalid',
    ],
    [
      'a log of a case that does not exist',
      {
        t: 'logs',
        id: 'log-a',
        row: { id: 'log-a', caseId: 'case-nope', at: '2026-01-01T00:00:00Z', actorId: null, action: 'x', params: {} },
      },
      'brokenReference',
    ],
    [
      'a session of a user that does not exist',
      { t: 'sessions', id: 's-1', row: { id: 's-1', userId: 'u-nope', expiresAt: '2030-01-01T00:00:00Z' } },
      'brokenReference',
    ],
  ])('%s is dropped and reported; the rest of the store works', async (_label, change, reason) => {
    const mem = SharedStore.memory(SMALL).db;
    const row =
      change.row === 'users-float'
        ? { ...mem.users.get(IDS.craftsman), budgetLimit: { mode: 'custom', amount: 10000.300000000001 } }
        : change.row;
    const good = { ...mem.users.get(IDS.jornService)!, firstName: 'Beholdt', version: 2 };
    await plant([
      { ...change, row },
      { t: 'users', id: IDS.jornService, row: good },
    ]);
    const s = await tab();
    expect(s.dropped).toEqual([{ table: change.t, id: change.id, reason }]);
    expect(s.db.users.get(IDS.jornService)?.firstName).toBe('Beholdt');
    expect(s.db.portals.all()).toHaveLength(1);
    if (change.t === 'cases') expect(s.db.cases.get('case-3')).toEqual(await seededCase());
    // Reported once: the dropped row is gone from storage.
    expect((await tab()).dropped).toEqual([]);
  });

  it('keeps the optional fields of a stored row (the partner network, who asked in a notification)', async () => {
    const mem = SharedStore.memory(SMALL).db;
    const portal = { ...mem.portals.all()[0]!, partnerNetworkOfficeIds: [IDS.hansJornOslo], version: 2 };
    const notification = {
      id: 'n-kept',
      kind: 'assignExternalUser',
      caseId: IDS.guideCase,
      officeId: IDS.hansJornOslo,
      userId: null,
      createdAt: '2026-11-20T09:00:00.000Z',
      readBy: [],
      resolvedAt: null,
      actorId: IDS.caseHandler,
      params: { office: 'Hans & Jørn Servicepartner - Oslo' },
    };
    await plant([
      { t: 'portals', id: portal.id, row: portal },
      { t: 'notifications', id: notification.id, row: notification },
    ]);
    const s = await tab();
    expect(s.dropped).toEqual([]);
    expect(s.db.portals.get(portal.id)).toEqual(portal);
    expect(s.db.notifications.get('n-kept')).toEqual(notification);
  });

  it('an unknown table is ignored', async () => {
    await plant([{ t: 'nonsense', id: 'x', row: { id: 'x' } }]);
    const s = await tab();
    expect(s.db.cases.size).toBe(30);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a case count of 400,000', { seedConfig: { caseCount: 400_000, seed: 1 } }],
    ['a negative case count', { seedConfig: { caseCount: -5, seed: 1 } }],
    ['no seed config', { seedConfig: undefined }],
    ['a newer schema version', { schemaVersion: SCHEMA_VERSION + 1 }],
    ['a rev that is not a number', { rev: 'x' }],
  ])('meta with %s is discarded: the default seed, with a notice', async (_label, meta) => {
    await plant([{ t: 'users', id: IDS.jornService, row: { id: IDS.jornService } }], meta);
    const s = await tab();
    expect(s.outcome).toBe('discarded');
    expect(s.db.cases.size).toBe(240);
    // and the next start is clean again
    expect((await tab()).outcome).toBe('fresh');
  });

  it('an older schema version is migrated where a step exists', () => {
    const steps = { [SCHEMA_VERSION - 1]: (_t: string, row: unknown) => ({ ...(row as object), migrated: true }) };
    expect(migrateRow(SCHEMA_VERSION - 1, 'users', { id: 'u' }, steps)).toEqual({ id: 'u', migrated: true });
    expect(migrateRow(SCHEMA_VERSION - 2, 'users', { id: 'u' }, steps)).toBeUndefined();
    expect(migrateRow(SCHEMA_VERSION - 1, 'sessions', null, steps)).toBeNull();
  });
});

describe('migration 5 → 6: stored NOK floats become øre, not discarded', () => {
  /** A row as version 5 stored it: the same shape, amounts in NOK (floats). */
  const nokCase = (c: CaseRow, budgets: number[]): CaseRow => ({
    ...c,
    version: c.version + 1,
    tasks: c.tasks.map((t, i) => ({
      ...t,
      budget: { amount: budgets[i] ?? 0, status: 'submitted' as const, addedById: null },
      workItems: [
        {
          id: `${t.id}-w1`,
          description: 'Arbeid',
          amount: budgets[i] ?? 0,
          status: 'submitted' as const,
          cashOffer: false,
          customerOwnWork: false,
        },
      ],
    })),
  });

  it('migrates every amount of an old store on load, keeps the edits, and stores them in the new format', async () => {
    const mem = SharedStore.memory(SMALL).db;
    const portal = { ...mem.portals.all()[0]!, defaultBudgetLimit: 10000.3, version: 2 };
    const user = {
      ...mem.users.get(IDS.jornService)!,
      firstName: 'Beholdt',
      budgetLimit: { mode: 'custom', amount: 10000.300000000001 },
      version: 2,
    };
    const c = nokCase(mem.cases.get(IDS.guideCase)!, [10000.1, 0.2, 12500.5]);
    const log = {
      id: 'log-old',
      caseId: IDS.guideCase,
      at: '2026-11-20T10:00:00.000Z',
      actorId: IDS.jornService,
      action: 'budgetApproved',
      params: { type: 'drying', amount: 12500.5 },
    };
    const rfq = {
      id: 'rfq-old',
      caseId: IDS.guideCase,
      taskId: c.tasks[0]!.id,
      description: 'Maling',
      deadline: '2026-12-01',
      status: 'open',
      invitations: [
        {
          id: 'inv-old',
          officeId: IDS.hansJornOslo,
          name: 'Hans & Jørn',
          email: null,
          invitedAt: '2026-11-20T09:00:00.000Z',
          answer: { amount: 18000.75, comment: 'ok', answeredAt: '2026-11-20T09:30:00.000Z' },
        },
      ],
      winnerInvitationId: null,
      createdById: IDS.caseHandler,
      createdAt: '2026-11-20T09:00:00.000Z',
      version: 1,
    };
    await plant(
      [
        { t: 'portals', id: portal.id, row: portal },
        { t: 'users', id: user.id, row: user },
        { t: 'cases', id: c.id, row: c },
        { t: 'logs', id: log.id, row: log },
        { t: 'rfqs', id: rfq.id, row: rfq },
      ],
      { schemaVersion: 5 },
    );

    const s = await tab();
    expect(s.outcome).toBe('migrated');
    expect(s.dropped).toEqual([]);
    expect(s.db.portals.get(portal.id)?.defaultBudgetLimit).toBe(1_000_030);
    expect(s.db.users.get(IDS.jornService)).toMatchObject({
      firstName: 'Beholdt',
      budgetLimit: { mode: 'custom', amount: 1_000_030 },
    });
    const tasks = s.db.cases.get(IDS.guideCase)!.tasks;
    expect(tasks.map((t) => t.budget?.amount)).toEqual([1_000_010, 20, 1_250_050]);
    expect(tasks.map((t) => t.workItems[0]?.amount)).toEqual([1_000_010, 20, 1_250_050]);
    expect(s.db.logs.get('log-old')?.params).toEqual({ type: 'drying', amount: 1_250_050 });
    expect(s.db.rfqs.get('rfq-old')?.invitations[0]?.answer?.amount).toBe(1_800_075);

    // Stored under the new version: the next tab reads the øre as they are (migrating again would multiply them).
    const next = await tab();
    expect(next.outcome).toBe('restored');
    expect(next.db.portals.get(portal.id)?.defaultBudgetLimit).toBe(1_000_030);
    expect(next.db.cases.get(IDS.guideCase)!.tasks.map((t) => t.budget?.amount)).toEqual([1_000_010, 20, 1_250_050]);
  });

  it('drops (and names) an old row whose amount is above the bound once in øre; the rest is migrated', async () => {
    const mem = SharedStore.memory(SMALL).db;
    const huge = nokCase(mem.cases.get('case-3')!, [5e10]); // 50 × 1 000 000 000 NOK, stored unbounded before
    const user = { ...mem.users.get(IDS.jornService)!, budgetLimit: { mode: 'custom', amount: 25000 }, version: 2 };
    await plant(
      [
        { t: 'cases', id: 'case-3', row: huge },
        { t: 'users', id: user.id, row: user },
      ],
      { schemaVersion: 5 },
    );
    const s = await tab();
    expect(s.outcome).toBe('migrated');
    expect(s.dropped).toEqual([{ table: 'cases', id: 'case-3', reason: 'invalid' }]);
    expect(s.db.cases.get('case-3')).toEqual(SharedStore.memory(SMALL).db.cases.get('case-3'));
    expect(s.db.users.get(IDS.jornService)?.budgetLimit).toEqual({ mode: 'custom', amount: 2_500_000 });
  });

  it.each<[string, TableName, unknown, unknown]>([
    [
      'a report line',
      'reports',
      { id: 'r', lines: [{ budgetTotal: 12500.5 }] },
      { id: 'r', lines: [{ budgetTotal: 1_250_050 }] },
    ],
    [
      'a default budget limit',
      'users',
      { id: 'u', budgetLimit: { mode: 'default' } },
      { id: 'u', budgetLimit: { mode: 'default' } },
    ],
    [
      'a log without an amount',
      'logs',
      { id: 'l', params: { type: 'drying' } },
      { id: 'l', params: { type: 'drying' } },
    ],
    [
      'an RFQ invitation without an answer',
      'rfqs',
      { id: 'q', invitations: [{ id: 'i', answer: null }] },
      { id: 'q', invitations: [{ id: 'i', answer: null }] },
    ],
    [
      'a task without a budget',
      'cases',
      { id: 'c', tasks: [{ id: 't', budget: null, workItems: [] }] },
      { id: 'c', tasks: [{ id: 't', budget: null, workItems: [] }] },
    ],
    [
      'a broken amount is left for the row check',
      'portals',
      { id: 'p', defaultBudgetLimit: 'x' },
      { id: 'p', defaultBudgetLimit: 'x' },
    ],
    ['a table without money', 'sessions', { id: 's', userId: 'u' }, { id: 's', userId: 'u' }],
  ])('%s', (_label, table, row, expected) => {
    expect(migrateRow(5, table, row)).toEqual(expected);
  });
});
