import { TABLE_NAMES, type TableName, type Tables } from './schema';
import { seedOnDemand, DEFAULT_SEED, type SeedConfig, type SeedIndex } from './seed';
import type { CaseRow } from './schema';

const inPlaceWrites = new WeakMap<readonly unknown[], number[]>();
const NO_WRITES: readonly number[] = [];
/**
 * The positions at which rows were replaced in place in an array a table's `all()` returned (an update
 * keeps the array and puts the new row where the old one was), in the order written. Whatever is computed
 * from such an array (the case columns) is brought up to date by recomputing the positions written since
 * it last looked, without comparing 100,000 rows at every request.
 */
export const inPlaceWritesOf = (rows: readonly unknown[]): readonly number[] => inPlaceWrites.get(rows) ?? NO_WRITES;

function logInPlaceWrite(rows: readonly unknown[], position: number) {
  let log = inPlaceWrites.get(rows);
  if (!log) inPlaceWrites.set(rows, (log = []));
  log.push(position);
}

/** Seeded rows made when asked for (the seed's cases, see `seedOnDemand`). */
export interface OnDemandRows<T> {
  readonly length: number;
  /** The row at a position, made anew at every call. */
  at(position: number): T;
  /** The position of a seeded row's id, or -1. */
  positionOf(id: string): number;
}

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
  /**
   * The rows in order (the array `all()` returns). While `onDemand` is set, a seeded row not asked for yet
   * is a hole, and `byId` holds only the rows made so far.
   */
  private cache: (T | undefined)[] | null = null;
  /**
   * The seeded rows, while some are not made yet (see `loadOnDemand`): `get`, `at` and `update` make the
   * one they need, anything else makes them all first.
   */
  private onDemand: OnDemandRows<T> | null = null;
  /** Below this position, every seeded row is made. */
  private madeUpTo = 0;
  /** id -> row written since the seed (null: deleted). Only this is persisted, never the seed itself. */
  readonly changes = new Map<string, T | null>();
  /** Ids written in memory and not yet persisted. */
  readonly dirty = new Set<string>();
  private journal: Map<string, Before<T>> | null = null;

  /** The rows by id (making every seeded row, and putting the loaded rows in, first). */
  private get rows(): Map<string, T> {
    if (this.onDemand) this.makeAll();
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
  /**
   * Loads seeded rows that are made when first asked for, into an empty table. With 100,000 cases, making
   * and keeping them all took most of a cold start; the first answers read columns made while seeding
   * and a page of rows. The backend's worker makes the rest in the background (`makeSome`).
   */
  loadOnDemand(rows: OnDemandRows<T>) {
    if (this.byId.size > 0 || this.unindexed || this.cache) throw new Error('loadOnDemand: the table is not empty');
    this.onDemand = rows;
    this.cache = new Array<T | undefined>(rows.length);
    this.madeUpTo = 0;
  }
  /** Whether some seeded rows are not made yet. */
  get partlyMade(): boolean {
    return this.onDemand !== null;
  }
  /** Makes up to `count` more seeded rows, in order; true when all are made (the table is then as `load` leaves it). */
  makeSome(count: number): boolean {
    const source = this.onDemand;
    if (!source) return true;
    const cache = this.cache as (T | undefined)[];
    let made = 0;
    for (; this.madeUpTo < source.length && made < count; this.madeUpTo++) {
      if (cache[this.madeUpTo] === undefined) {
        cache[this.madeUpTo] = source.at(this.madeUpTo);
        made++;
      }
    }
    if (this.madeUpTo < source.length) return false;
    // Every row made: indexed in order on first lookup, as after `load` (the Map held those asked for).
    this.onDemand = null;
    this.byId.clear();
    this.unindexed = cache as T[];
    return true;
  }
  makeAll() {
    this.makeSome(Infinity);
  }
  /** The row at a position of the rows array (`rowsSoFar`), made if need be. */
  at(position: number): T | undefined {
    if (!this.onDemand) return this.all()[position];
    return this.cache![position] ?? this.make(position);
  }
  private make(position: number): T {
    const row = this.onDemand!.at(position);
    this.cache![position] = row;
    this.byId.set(row.id, row);
    return row;
  }
  get(id: string): T | undefined {
    if (this.onDemand) {
      const made = this.byId.get(id);
      if (made) return made;
      const p = this.onDemand.positionOf(id);
      return p < 0 ? undefined : (this.cache![p] ?? this.make(p));
    }
    return this.rows.get(id);
  }
  all(): readonly T[] {
    if (this.onDemand) this.makeAll();
    if (!this.cache) this.cache = [...this.rows.values()];
    return this.cache as T[];
  }
  /**
   * The rows array as it is, without making what is not made yet: holes where a seeded row is not asked
   * for yet (read them with `at`). The same array as `all()` gives once they are made.
   */
  rowsSoFar(): readonly (T | undefined)[] {
    return this.cache ?? this.all();
  }
  get size() {
    if (this.onDemand) return this.onDemand.length;
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
        row: this.get(id),
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
    const cur = this.get(id);
    if (!cur) throw new Error(`No row ${id}`);
    const next = fn(cur);
    this.remember(id);
    // `get` made the row or indexed the table: the Map is the one to write either way.
    this.byId.set(id, next);
    this.changes.set(id, next);
    this.dirty.add(id);
    this.replaceInPlace(id, cur, next);
    return next;
  }
  /** Puts `next` where `cur` is in the rows array (and says so to what is computed from it). */
  private replaceInPlace(id: string, cur: T, next: T) {
    const cache = this.cache;
    if (!cache) return;
    const i = this.onDemand ? this.onDemand.positionOf(id) : cache.indexOf(cur);
    if (i >= 0 && cache[i] === cur) {
      cache[i] = next;
      logInPlaceWrite(cache, i);
    } else {
      if (this.onDemand) this.makeAll();
      this.cache = null;
    }
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
    const cur = this.onDemand && row !== null ? this.get(id) : undefined;
    if (cur && row) {
      // A change to a seeded row while the others are still made on demand: in place, as an update.
      this.byId.set(id, row);
      this.changes.set(id, row);
      this.dirty.delete(id);
      this.replaceInPlace(id, cur, row);
      return;
    }
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
  /**
   * What seeding drew that a later start of the same seed can take instead of drawing it again (with a
   * visitor that makes something of the cases); null when nothing was drawn (it was given) or nothing made.
   */
  seedIndex: StoredSeed | null;
  /** A unique id for a new row: unique across tabs too (each store has its own random tag). */
  nextId(prefix: string): string;
};

export type AnyTable = Table<{ id: string }>;
export const tableOf = (d: Db, name: TableName) => d[name] as unknown as AnyTable;

/** Sees each seeded case once, as the seeding draws it, then the table they are in (see `casePrimer`). */
export interface SeedVisitor {
  visit(position: number, c: CaseRow): void;
  seeded(cases: Table<CaseRow>): void;
  /** What the visits made, as data a structured clone keeps (stored with the seed's index). */
  made?(): unknown;
  /**
   * Takes what `made` gave at an earlier start instead of the visits, if it has the right shape (else
   * null): `check` tells whether a case drawn now agrees with it; `adopt` keeps it once every check passed.
   */
  restore?(made: unknown): { check(position: number, c: CaseRow): boolean; adopt(): void } | null;
}

/** A seed's index (see `seedOnDemand`) with what the visitor made from the cases. */
export interface StoredSeed extends SeedIndex {
  made: unknown;
}

/**
 * A store of the seed. Its cases are made when first asked for (see `Table.loadOnDemand`); `visitor`
 * sees each of them once, as the seeding draws them, unless `stored` (what an earlier start drew of the
 * same seed, with what the visitor made then) fits: then nothing is drawn. `seedIndex` is what to store.
 */
export function createDb(config: SeedConfig = DEFAULT_SEED, visitor?: SeedVisitor, stored?: StoredSeed | null): Db {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, new Table()])) as unknown as {
    [K in TableName]: Table<Tables[K]>;
  };
  const restoring = stored && visitor?.restore?.(stored.made);
  const seeded = seedOnDemand(
    config,
    visitor && ((p, c) => visitor.visit(p, c)),
    restoring ? { index: stored, check: restoring.check } : undefined,
  );
  if (restoring && !seeded.drawn) restoring.adopt();
  for (const name of TABLE_NAMES) if (name !== 'cases') (tables[name] as unknown as AnyTable).load(seeded.tables[name]);
  tables.cases.loadOnDemand(seeded.cases);
  visitor?.seeded(tables.cases);
  const made = seeded.drawn ? visitor?.made?.() : undefined;
  let counter = 0;
  const tag = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return {
    ...tables,
    seedConfig: config,
    seedIndex: made === undefined ? null : { ...seeded.index, made },
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
