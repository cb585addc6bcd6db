import { SCHEMA_VERSION, TABLE_NAMES, type TableName, type Tables } from './schema';
import { seedDatabase, DEFAULT_SEED, type SeedConfig } from './seed';

/**
 * An in-memory table. Reads are Map lookups or a scan of a cached array (fast enough for 100,000
 * cases: see `npm run bench`). Every write is also recorded in `changes`, the overlay that is persisted.
 */
export class Table<T extends { id: string }> {
  private rows = new Map<string, T>();
  private cache: T[] | null = null;
  /** id -> row written since the seed (null: deleted). Only this is persisted, never the seed itself. */
  readonly changes = new Map<string, T | null>();

  load(rows: Iterable<T>) {
    for (const r of rows) this.rows.set(r.id, r);
    this.cache = null;
  }
  get(id: string): T | undefined {
    return this.rows.get(id);
  }
  all(): readonly T[] {
    if (!this.cache) this.cache = [...this.rows.values()];
    return this.cache;
  }
  get size() {
    return this.rows.size;
  }
  where(pred: (row: T) => boolean): T[] {
    return this.all().filter(pred);
  }
  find(pred: (row: T) => boolean): T | undefined {
    return this.all().find(pred);
  }
  insert(row: T): T {
    this.rows.set(row.id, row);
    this.changes.set(row.id, row);
    this.cache = null;
    return row;
  }
  /** Replaces a row with an updated copy (rows are treated as immutable values). */
  update(id: string, fn: (row: T) => T): T {
    const cur = this.rows.get(id);
    if (!cur) throw new Error(`No row ${id}`);
    const next = fn(cur);
    this.rows.set(id, next);
    this.changes.set(id, next);
    if (this.cache) {
      const i = this.cache.indexOf(cur);
      if (i >= 0) this.cache[i] = next;
      else this.cache = null;
    }
    return next;
  }
  delete(id: string) {
    if (this.rows.delete(id)) {
      this.changes.set(id, null);
      this.cache = null;
    }
  }
  applyChanges(changes: Record<string, T | null>) {
    for (const [id, row] of Object.entries(changes)) {
      if (row === null) this.rows.delete(id);
      else this.rows.set(id, row);
      this.changes.set(id, row);
    }
    this.cache = null;
  }
}

export type Db = { [K in TableName]: Table<Tables[K]> } & {
  seedConfig: SeedConfig;
  /** A monotonic counter for ids of new rows. */
  nextId(prefix: string): string;
};

export function createDb(config: SeedConfig = DEFAULT_SEED): Db {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Table()])) as unknown as {
    [K in TableName]: Table<Tables[K]>;
  };
  const seeded = seedDatabase(config);
  for (const name of TABLE_NAMES) (tables[name] as Table<{ id: string }>).load(seeded[name]);
  let counter = 0;
  return {
    ...tables,
    seedConfig: config,
    nextId(prefix: string) {
      counter += 1;
      return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}`;
    },
  };
}

// ---------- persistence ----------

export const STORAGE_KEY = 'saksportal.mockdb';

interface Persisted {
  schemaVersion: number;
  seedConfig: SeedConfig;
  changes: Partial<Record<TableName, Record<string, unknown>>>;
}

export type LoadOutcome = 'fresh' | 'restored' | 'discarded';

/** Writes the overlay of changes (not the seed) to storage: a few kB even with 100,000 cases. */
export function persistDb(db: Db, storage: Storage | undefined = globalThis.localStorage): 'ok' | 'quota' {
  if (!storage) return 'ok';
  const data: Persisted = { schemaVersion: SCHEMA_VERSION, seedConfig: db.seedConfig, changes: {} };
  for (const name of TABLE_NAMES) {
    const t = db[name] as Table<{ id: string }>;
    if (t.changes.size) data.changes[name] = Object.fromEntries(t.changes);
  }
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(data));
    return 'ok';
  } catch {
    return 'quota';
  }
}

/** Rebuilds the store from the seed plus the stored overlay; unreadable or outdated data is discarded. */
export function loadDb(
  storage: Storage | undefined = globalThis.localStorage,
  fallback: SeedConfig = DEFAULT_SEED,
): { db: Db; outcome: LoadOutcome } {
  const raw = storage?.getItem(STORAGE_KEY);
  if (!raw) return { db: createDb(fallback), outcome: 'fresh' };
  try {
    const data = JSON.parse(raw) as Persisted;
    if (data.schemaVersion !== SCHEMA_VERSION || typeof data.seedConfig?.caseCount !== 'number') {
      throw new Error('schema version');
    }
    const db = createDb(data.seedConfig);
    for (const name of TABLE_NAMES) {
      const ch = data.changes?.[name];
      if (ch && typeof ch === 'object') (db[name] as Table<{ id: string }>).applyChanges(ch as Record<string, { id: string } | null>);
    }
    return { db, outcome: 'restored' };
  } catch {
    storage?.removeItem(STORAGE_KEY);
    return { db: createDb(fallback), outcome: 'discarded' };
  }
}
