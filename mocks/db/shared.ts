import { Dexie, type EntityTable } from 'dexie';
import { z } from 'zod';
import { CROSS_TAB_CHANNEL, type CrossTabMessage } from '@/api/crossTab';
import { SCHEMA_VERSION, TABLE_NAMES, type TableName, type Tables } from './schema';
import { DEFAULT_SEED, type SeedConfig } from './seed';
import { beginDb, createDb, endDb, rollbackDb, tableOf, type Db, type SeedVisitor, type StoredSeed } from './store';
import { checkStoredRow, type DroppedRow } from './rows';
import { brokenReference } from './references';
import { migrateRow } from './migrations';

/**
 * The store shared by every tab of the browser (and by the mock backend when it runs in a worker).
 *
 * Memory holds the deterministic seed plus the changes made since; IndexedDB (through Dexie) holds only
 * those changes, one row per changed record, plus one meta row (schema version, seed parameters, a
 * revision counter and the epoch of the last reset), and optionally the seed's index (a cache of what
 * drawing the seed gave, see `StoreOptions.seedIndex`). Every write runs under one Web Lock for the whole
 * origin: it first catches up with what other tabs wrote (the changes above its revision), so version
 * checks see the shared state, then runs the handler, then persists the touched rows in one transaction.
 * If that transaction fails (full storage), memory is rolled back and the write answers 507. After a
 * write, a BroadcastChannel message tells the other tabs, which catch up at once and refresh their pages.
 *
 * Nothing here touches `window`, `localStorage` or `sessionStorage`: it runs in a Web Worker as well.
 */

export const SeedConfigSchema = z.object({
  caseCount: z.number().int().min(1).max(100_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});

interface StoredChange {
  /** `${table}/${id}` */
  k: string;
  t: TableName;
  id: string;
  rev: number;
  row: unknown;
}
interface Meta {
  id: 'meta';
  schemaVersion: number;
  seedConfig: SeedConfig;
  rev: number;
  epoch: string;
}

/** What seeding drew, stored for the next start of the same seed by the same build (see `StoreOptions.seedIndex`). */
interface StoredSeedRow extends StoredSeed {
  id: 'cases';
  /** The build and the seed it was drawn for (`seedIndexKey`). */
  key: string;
}

class ChangeDb extends Dexie {
  changes!: EntityTable<StoredChange, 'k'>;
  meta!: EntityTable<Meta, 'id'>;
  seedIndex!: EntityTable<StoredSeedRow, 'id'>;
  constructor(name: string) {
    super(name, { cache: 'disabled' });
    this.version(1).stores({ changes: '&k, rev', meta: '&id' });
    this.version(2).stores({ seedIndex: '&id' });
  }
}

export type LoadOutcome = 'fresh' | 'restored' | 'migrated' | 'discarded';

/** A write could not be persisted: nothing of it was applied. */
export class StorageFullError extends Error {
  constructor(readonly cause?: unknown) {
    super('storage_full');
    this.name = 'StorageFullError';
  }
}

export interface StoreOptions {
  /** IndexedDB database name; tests give each simulated browser its own. */
  name?: string;
  channelName?: string;
  /** Seed of a first start (when nothing is stored yet). */
  seed?: SeedConfig;
  /** false: memory only (benchmarks, or a browser without IndexedDB). */
  persist?: boolean;
  /**
   * Called when opening is about to seed the cases of what is stored (its seed parameters read), before
   * the seeding: with 100,000 cases that takes ~0.3 s, and the mock backend's worker tells the page.
   */
  onSeeding?: (seed: SeedConfig) => void;
  /**
   * Called whenever the store seeds the cases it keeps (opening, a reset, another tab's reset): what it
   * returns sees each case as the seeding draws it (see `createDb`; the backend's worker makes the
   * columns of the first answers from them).
   */
  seedVisitor?: (seed: SeedConfig) => SeedVisitor | undefined;
  /**
   * Keep what seeding draws (where each case's random numbers start, the seeded notifications, what the
   * visitor made) in IndexedDB, and take it at the next start of the same seed instead of drawing it again:
   * with 100,000 cases the drawing is most of a cold start. `build` names the code that drew it (the
   * backend worker's hashed script URL): an index of another build is not used. `delayMs`: how long after
   * the seeding it is stored (after the first answers). Without it, nothing is stored or read.
   */
  seedIndex?: { build: string; delayMs: number };
}

/** The options with their defaults; listeners stay optional. */
type StoreSettings = Required<Omit<StoreOptions, 'onSeeding' | 'seedVisitor' | 'seedIndex'>> &
  Pick<StoreOptions, 'onSeeding' | 'seedVisitor' | 'seedIndex'>;

const newEpoch = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);
const key = (t: TableName, id: string) => `${t}/${id}`;

// ---------- one lock for the origin ----------

const localLocks = new Map<string, Promise<unknown>>();
/** Web Locks where the platform has them (browser pages and workers); a promise chain otherwise (jsdom). */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(name, fn) as Promise<T>;
  const prev = localLocks.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  localLocks.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

function isQuota(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown } | undefined; x; x = x.inner as typeof x) {
    if (x.name === 'QuotaExceededError') return true;
  }
  return false;
}

export class SharedStore {
  db: Db;
  outcome: LoadOutcome = 'fresh';
  /** Stored changes that failed their checks at load, or later when read from another tab. */
  dropped: DroppedRow[] = [];
  storageProblem: 'quota' | null = null;
  private rev = 0;
  private epoch = '';
  private readonly idb: ChangeDb | null;
  private channel: BroadcastChannel | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly lockName: string;
  private readonly listeners = new Set<(d: Db) => void>();
  private closed = false;
  /** Test hook: the next persist fails with this error (a full disk cannot be simulated otherwise). */
  persistFault: Error | null = null;

  private constructor(private readonly opts: StoreSettings) {
    this.db = createDb(opts.seed);
    const hasIdb = opts.persist && typeof globalThis.indexedDB !== 'undefined';
    this.idb = hasIdb ? new ChangeDb(opts.name) : null;
    this.lockName = `${opts.name}.write`;
  }

  static async open(options: StoreOptions = {}): Promise<SharedStore> {
    const opts: StoreSettings = {
      name: 'saksportal-mockdb',
      channelName: CROSS_TAB_CHANNEL,
      seed: DEFAULT_SEED,
      persist: true,
      ...options,
    };
    const s = new SharedStore(opts);
    if (!s.idb) return s;
    try {
      await s.idb.open();
    } catch {
      // IndexedDB refused (private mode, blocked): the demo still runs, in memory.
      return new SharedStore({ ...opts, persist: false });
    }
    await withLock(s.lockName, () => s.load());
    if (typeof BroadcastChannel !== 'undefined') {
      s.channel = new BroadcastChannel(opts.channelName);
      s.channel.onmessage = () => void s.sync().catch(() => undefined);
      (s.channel as unknown as { unref?: () => void }).unref?.();
    }
    return s;
  }

  /** Memory only: what `db()` gives before the shared store is opened, and the benchmarks. */
  static memory(seed: SeedConfig = DEFAULT_SEED): SharedStore {
    return new SharedStore({ name: 'memory', channelName: 'memory', seed, persist: false });
  }

  get persistent() {
    return this.idb !== null;
  }

  /** Called with the new store after another tab reset the demo data (the old one is gone). */
  onReplaced(listener: (d: Db) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close() {
    this.closed = true;
    this.channel?.close();
    this.idb?.close();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  // ---------- load ----------

  /** Builds memory from the seed and every stored change (checked, migrated); runs under the lock. */
  private async load(): Promise<void> {
    const idb = this.idb!;
    const [[meta, changes], storedSeed] = await Promise.all([
      idb.transaction(
        'r',
        idb.meta,
        idb.changes,
        async () => [await idb.meta.get('meta'), await idb.changes.toArray()] as const,
      ),
      this.readSeedIndex(),
    ]);
    this.dropped = [];
    const seedOk = meta ? SeedConfigSchema.safeParse(meta.seedConfig) : null;
    if (
      !meta ||
      !seedOk?.success ||
      typeof meta.rev !== 'number' ||
      !Number.isInteger(meta.schemaVersion) ||
      meta.schemaVersion > SCHEMA_VERSION
    ) {
      // Nothing stored yet, or a meta row this version cannot read: start from the seed.
      this.outcome = meta ? 'discarded' : 'fresh';
      const seed = meta ? DEFAULT_SEED : this.opts.seed;
      this.opts.onSeeding?.(seed);
      await this.writeFresh(seed, storedSeed);
      return;
    }
    const from = meta.schemaVersion;
    this.opts.onSeeding?.(seedOk.data);
    const d = this.seed(seedOk.data, storedSeed);
    const seeded = new Map<string, { id: string } | undefined>();
    const applied: StoredChange[] = [];
    const migrated: StoredChange[] = [];
    const drop: StoredChange[] = [];
    for (const c of changes) {
      if (!(TABLE_NAMES as string[]).includes(c.t)) {
        drop.push(c);
        continue;
      }
      let row = c.row;
      if (from < SCHEMA_VERSION) {
        const m = migrateRow(from, c.t, row);
        if (m === undefined) {
          this.dropped.push({ table: c.t, id: c.id, reason: 'invalid' });
          drop.push(c);
          continue;
        }
        row = m;
      }
      const checked = checkStoredRow(c.t, c.id, row);
      if (!checked.ok) {
        this.dropped.push({ table: c.t, id: c.id, reason: checked.reason });
        drop.push(c);
        continue;
      }
      const t = tableOf(d, c.t);
      seeded.set(c.k, t.get(c.id));
      t.applyPersisted(c.id, checked.row);
      applied.push(c);
      if (row !== c.row) migrated.push({ ...c, row });
    }
    // References last, when every change is in: a case pointing at an office no one has is dropped.
    for (const c of applied) {
      const t = tableOf(d, c.t);
      const row = t.get(c.id);
      if (row && brokenReference(d, c.t, row as Tables[TableName])) {
        t.revertTo(c.id, seeded.get(c.k));
        this.dropped.push({ table: c.t, id: c.id, reason: 'brokenReference' });
        drop.push(c);
      }
    }
    this.db = d;
    this.rev = meta.rev;
    this.epoch = meta.epoch;
    this.outcome = from < SCHEMA_VERSION ? 'migrated' : changes.length ? 'restored' : 'fresh';
    if (drop.length || migrated.length || from < SCHEMA_VERSION) {
      // Forget what was dropped (reported once), and store the migrated rows under the new version.
      await idb
        .transaction('rw', idb.meta, idb.changes, async () => {
          await idb.changes.bulkDelete(drop.map((c) => c.k));
          await idb.changes.bulkPut(migrated.filter((c) => !drop.includes(c)));
          await idb.meta.put({ ...meta, schemaVersion: SCHEMA_VERSION });
        })
        .catch(() => undefined);
    }
  }

  private async writeFresh(seed: SeedConfig, storedSeed?: unknown) {
    const idb = this.idb!;
    const epoch = newEpoch();
    const meta: Meta = { id: 'meta', schemaVersion: SCHEMA_VERSION, seedConfig: seed, rev: 0, epoch };
    await idb.transaction('rw', idb.meta, idb.changes, async () => {
      await idb.changes.clear();
      await idb.meta.put(meta);
    });
    this.db = this.seed(seed, storedSeed === undefined ? await this.readSeedIndex() : storedSeed);
    this.rev = 0;
    this.epoch = epoch;
  }

  // ---------- the seed's index ----------

  /** The stored seed index, if this store keeps one and it can be read (whatever it holds: see `seed`). */
  private async readSeedIndex(): Promise<unknown> {
    if (!this.idb || !this.opts.seedIndex) return null;
    return this.idb.seedIndex.get('cases').catch(() => null);
  }

  private seedIndexKey(seed: SeedConfig): string {
    return `${this.opts.seedIndex?.build} schema ${SCHEMA_VERSION} seed ${seed.seed} cases ${seed.caseCount}`;
  }

  /**
   * The store of the seed, from the stored index if it is this build's, for this seed, and it holds
   * (`createDb` checks it against cases drawn now): else drawn, and its index stored a little later, off
   * the first answers' way.
   */
  private seed(seed: SeedConfig, stored: unknown): Db {
    const key = this.seedIndexKey(seed);
    const row = stored as Partial<StoredSeedRow> | null | undefined;
    const usable = row?.key === key;
    const d = createDb(seed, this.opts.seedVisitor?.(seed), usable ? (row as StoredSeedRow) : null);
    const index = d.seedIndex;
    const idb = this.idb;
    if (index && idb && this.opts.seedIndex) {
      const timer = setTimeout(() => {
        // Another start may have stored it meanwhile; then this is the same, written over.
        if (this.db === d && !this.closed) idb.seedIndex.put({ id: 'cases', key, ...index }).catch(() => undefined);
        d.seedIndex = null;
      }, this.opts.seedIndex.delayMs);
      (timer as unknown as { unref?: () => void }).unref?.();
    } else d.seedIndex = null;
    return d;
  }

  // ---------- catching up with other tabs ----------

  /**
   * For reads: waits for the catching-up already under way (each message from another tab starts one),
   * without reading IndexedDB again. Writes use `sync`, which always reads it, under the lock.
   */
  settled(): Promise<void> {
    return this.chain.then(() => undefined);
  }

  /** Applies what other tabs persisted since this store last looked; rebuilds after another tab's reset. */
  sync(): Promise<void> {
    const idb = this.idb;
    if (!idb) return Promise.resolve();
    return this.serial(async () => {
      const meta = await idb.meta.get('meta');
      if (!meta) return;
      if (meta.epoch !== this.epoch) {
        const old = this.db;
        await this.load();
        if (this.db !== old) this.listeners.forEach((l) => l(this.db));
        return;
      }
      if (meta.rev <= this.rev) return;
      const rows = await idb.changes.where('rev').above(this.rev).toArray();
      for (const c of rows) {
        if (!(TABLE_NAMES as string[]).includes(c.t)) continue;
        const table = tableOf(this.db, c.t);
        // A row changed here and not yet persisted (a background job's progress) keeps its newer value.
        if (table.dirty.has(c.id)) continue;
        const checked = checkStoredRow(c.t, c.id, c.row);
        if (!checked.ok) {
          this.dropped.push({ table: c.t, id: c.id, reason: checked.reason });
          continue;
        }
        table.applyPersisted(c.id, checked.row);
      }
      this.rev = meta.rev;
    });
  }

  // ---------- writing ----------

  /** Persists every dirty row in one transaction, or throws StorageFullError (nothing persisted). */
  private async flush(origin?: string): Promise<void> {
    const d = this.db;
    const out: StoredChange[] = [];
    for (const t of TABLE_NAMES) {
      const table = tableOf(d, t);
      for (const id of table.dirty) out.push({ k: key(t, id), t, id, rev: 0, row: table.changes.get(id) ?? null });
    }
    if (!out.length) return;
    const idb = this.idb;
    if (!idb && this.persistFault) {
      this.storageProblem = 'quota';
      throw new StorageFullError(this.persistFault);
    }
    if (idb) {
      try {
        // In the serial chain: a sync must not run between the commit and `this.rev` moving on, or it
        // would re-apply these rows over newer memory.
        await this.serial(async () => {
          this.rev = await idb.transaction('rw', idb.meta, idb.changes, async () => {
            const meta = await idb.meta.get('meta');
            if (!meta) throw new Error('meta missing');
            if (this.persistFault) throw this.persistFault;
            const next = meta.rev + 1;
            await idb.changes.bulkPut(out.map((c) => ({ ...c, rev: next })));
            await idb.meta.put({ ...meta, rev: next });
            return next;
          });
        });
      } catch (e) {
        this.storageProblem = 'quota';
        throw new StorageFullError(e);
      }
    }
    // Rows changed again while the transaction ran stay dirty for the next flush.
    for (const c of out) {
      const table = tableOf(d, c.t);
      if ((table.changes.get(c.id) ?? null) === c.row) table.dirty.delete(c.id);
    }
    this.storageProblem = null;
    this.post({ type: 'changed', epoch: this.epoch, rev: this.rev, origin });
  }

  private post(msg: CrossTabMessage) {
    this.channel?.postMessage(msg);
  }

  /**
   * Runs one write: under the origin's lock, after catching up with the other tabs, with a journal so
   * that a refusal (thrown) or a failed persist leaves memory as it was. A handler that must keep what it
   * wrote while answering an error (a failed sign-in is counted) returns the error response instead.
   */
  write<T>(fn: (d: Db) => Promise<T> | T, origin?: string): Promise<T> {
    return withLock(this.lockName, async () => {
      await this.sync();
      const d = this.db;
      beginDb(d);
      try {
        const result = await fn(d);
        await this.flush(origin);
        endDb(d);
        return result;
      } catch (e) {
        rollbackDb(d);
        if (isQuota(e)) this.storageProblem = 'quota';
        throw e;
      }
    });
  }

  /** Persists rows a read or a background job changed (report progress); a failure is only reported. */
  async flushQuietly(origin?: string): Promise<void> {
    const dirty = TABLE_NAMES.some((t) => tableOf(this.db, t).dirty.size > 0);
    if (!dirty) return;
    // Caught up first, under the lock: moving `rev` past another tab's write would skip it here.
    await withLock(this.lockName, async () => {
      await this.sync();
      await this.flush(origin);
    }).catch(() => undefined);
  }

  /** "Tilbakestill demodata": forgets every stored change, for every tab. Works whatever is stored. */
  async reset(seed: SeedConfig, origin?: string): Promise<Db> {
    if (!this.idb) {
      this.db = createDb(seed);
      this.outcome = 'fresh';
      this.dropped = [];
      this.storageProblem = null;
      this.persistFault = null;
      return this.db;
    }
    await withLock(this.lockName, async () => {
      await this.serial(() => this.writeFresh(seed));
    });
    this.outcome = 'fresh';
    this.dropped = [];
    this.storageProblem = null;
    // The stored changes are gone, so a simulated full storage has room again.
    this.persistFault = null;
    this.post({ type: 'reset', epoch: this.epoch, rev: 0, origin });
    return this.db;
  }

  /** Re-reads everything from storage, as a reload of the page would. */
  async reload(): Promise<Db> {
    if (!this.idb) {
      // Memory only: what was "persisted" is every change that is not dirty; rebuild from the seed plus those.
      const next = createDb(this.db.seedConfig);
      for (const t of TABLE_NAMES) {
        const from = tableOf(this.db, t);
        for (const [id, row] of from.changes) if (!from.dirty.has(id)) tableOf(next, t).applyPersisted(id, row);
      }
      this.db = next;
      return this.db;
    }
    await withLock(this.lockName, () => this.serial(() => this.load()));
    return this.db;
  }
}
