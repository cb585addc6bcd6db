import { TABLE_NAMES, type TableName, type Tables } from './schema';
import { seedDatabase, DEFAULT_SEED, type SeedConfig } from './seed';

const inPlaceWrites = new WeakMap<readonly unknown[], number>();
/**
 * How many times rows were replaced in place in an array `all()` returned (an update keeps the array and
 * puts the new row where the old one was). Whatever is computed from such an array (the case columns) is
 * up to date while this number is the same, without comparing 100,000 rows at every request.
 */
export const inPlaceWritesOf = (rows: readonly unknown[]): number => inPlaceWrites.get(rows) ?? 0;

/** What a row was before the running request touched it, so that a failed request can be undone. */
interface Before<T> {
  row: T | undefined;
  change: T | null | undefined;
  dirty: boolean;
}

/**
 * An in-memory table. Reads are Map lookups or a scan of a cached array (fast enough for 100,000
 * cases: see `npm run bench`). Every write is recorded in `changes` (the overlay since the seed) and
 * marked dirty until the shared store has persisted it. While a request runs, the table keeps a journal
 * of what each touched row was, so a request that fails (refusal, full storage) leaves memory unchanged.
 */
export class Table<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  /**
   * Rows loaded and not yet in `byId`, in order. With 100,000 cases, putting the seed in the Map took
   * 45–75 ms in the worker at every start, before the first answer, which reads only the rows array (the
   * dashboard: columns, then a page of rows). The first lookup or write puts them in.
   */
  private unindexed: readonly T[] | null = null;
  private cache: T[] | null = null;
  /** id -> row written since the seed (null: deleted). Only this is persisted, never the seed itself. */
  readonly changes = new Map<string, T | null>();
  /** Ids written in memory and not yet persisted. */
  readonly dirty = new Set<string>();
  private journal: Map<string, Before<T>> | null = null;

  /** The rows by id (putting the loaded rows in first). */
  private get rows(): Map<string, T> {
    const pending = this.unindexed;
    if (pending) {
      this.unindexed = null;
      for (const r of pending) this.byId.set(r.id, r);
    }
    return this.byId;
  }
  /** Loads rows with unique ids (the seed's); into an empty table, they are indexed on first use. */
  load(rows: readonly T[]) {
    if (this.byId.size === 0 && !this.unindexed) {
      this.unindexed = rows;
      // A copy: an update puts its row into `cache` in place, and `rows` may be a module's constant.
      this.cache = rows.slice();
      return;
    }
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
    return this.unindexed ? this.unindexed.length : this.byId.size;
  }
  where(pred: (row: T) => boolean): T[] {
    return this.all().filter(pred);
  }
  find(pred: (row: T) => boolean): T | undefined {
    return this.all().find(pred);
  }
  private remember(id: string) {
    if (this.journal && !this.journal.has(id)) {
      this.journal.set(id, {
        row: this.rows.get(id),
        change: this.changes.has(id) ? this.changes.get(id) : undefined,
        dirty: this.dirty.has(id),
      });
    }
  }
  insert(row: T): T {
    this.remember(row.id);
    this.rows.set(row.id, row);
    this.changes.set(row.id, row);
    this.dirty.add(row.id);
    this.cache = null;
    return row;
  }
  /** Replaces a row with an updated copy (rows are treated as immutable values). */
  update(id: string, fn: (row: T) => T): T {
    const cur = this.rows.get(id);
    if (!cur) throw new Error(`No row ${id}`);
    const next = fn(cur);
    this.remember(id);
    this.rows.set(id, next);
    this.changes.set(id, next);
    this.dirty.add(id);
    if (this.cache) {
      const i = this.cache.indexOf(cur);
      if (i >= 0) {
        this.cache[i] = next;
        inPlaceWrites.set(this.cache, inPlaceWritesOf(this.cache) + 1);
      } else this.cache = null;
    }
    return next;
  }
  delete(id: string) {
    if (!this.rows.has(id)) return;
    this.remember(id);
    this.rows.delete(id);
    this.changes.set(id, null);
    this.dirty.add(id);
    this.cache = null;
  }
  /**
   * Applies rows that are already persisted (loaded at start, or written by another tab): they become
   * part of the overlay but are not dirty. `seedRow` restores the seeded row when a change is dropped.
   */
  applyPersisted(id: string, row: T | null) {
    if (row === null) this.rows.delete(id);
    else this.rows.set(id, row);
    this.changes.set(id, row);
    this.dirty.delete(id);
    this.cache = null;
  }
  /** Forgets a change (a dropped stored row): the row is what the seed made of it, or absent. */
  revertTo(id: string, seeded: T | undefined) {
    if (seeded) this.rows.set(id, seeded);
    else this.rows.delete(id);
    this.changes.delete(id);
    this.dirty.delete(id);
    this.cache = null;
  }
  /** Starts recording what the running request touches. */
  begin() {
    this.journal = new Map();
  }
  /** The rows touched since `begin`, with what they were before. */
  touched(): Map<string, Before<T>> {
    return this.journal ?? new Map();
  }
  end() {
    this.journal = null;
  }
  /** Puts every row touched since `begin` back as it was. */
  rollback() {
    if (!this.journal) return;
    for (const [id, before] of this.journal) {
      if (before.row === undefined) this.rows.delete(id);
      else this.rows.set(id, before.row);
      if (before.change === undefined) this.changes.delete(id);
      else this.changes.set(id, before.change);
      if (before.dirty) this.dirty.add(id);
      else this.dirty.delete(id);
    }
    this.journal = null;
    this.cache = null;
  }
}

export type Db = { [K in TableName]: Table<Tables[K]> } & {
  seedConfig: SeedConfig;
  /** A unique id for a new row: unique across tabs too (each store has its own random tag). */
  nextId(prefix: string): string;
};

export type AnyTable = Table<{ id: string }>;
export const tableOf = (d: Db, name: TableName) => d[name] as unknown as AnyTable;

export function createDb(config: SeedConfig = DEFAULT_SEED): Db {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Table()])) as unknown as {
    [K in TableName]: Table<Tables[K]>;
  };
  const seeded = seedDatabase(config);
  for (const name of TABLE_NAMES) (tables[name] as unknown as AnyTable).load(seeded[name]);
  let counter = 0;
  const tag = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return {
    ...tables,
    seedConfig: config,
    nextId(prefix: string) {
      counter += 1;
      return `${prefix}-${Date.now().toString(36)}${tag}${counter.toString(36)}`;
    },
  };
}

/** Starts a request's journal on every table. */
export function beginDb(d: Db) {
  for (const n of TABLE_NAMES) tableOf(d, n).begin();
}
export function endDb(d: Db) {
  for (const n of TABLE_NAMES) tableOf(d, n).end();
}
export function rollbackDb(d: Db) {
  for (const n of TABLE_NAMES) tableOf(d, n).rollback();
}
