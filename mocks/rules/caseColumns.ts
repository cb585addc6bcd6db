import type { CaseRow } from '../db/schema';
import { isTypedArray } from '../db/seed';
import { inPlaceWritesOf, type SeedVisitor, type Table } from '../db/store';

/**
 * The cases as columns, for the case list's scan and sort over 100,000 cases.
 *
 * Reading one field of every case is slow not for the work but for the memory: the rows, their task
 * arrays, the tasks and their strings lie all over the heap, so "has any task of the case Jørn as its
 * user" costs ~30 ms over 100,000 cases, nearly all of it waiting for memory. A column holds one *fact*
 * of every case in one typed array, in the order of the rows array, with strings replaced by small
 * numbers from a dictionary; a filter then compares integers in memory read in order (~1 ms).
 *
 * A fact says how to read its value from a row (the filters read the same function from a single row,
 * see caseFilters.ts). Facts are module-level constants: a column is computed on first use, once per
 * fact, and kept with the rows array it was computed from (`d.cases.all()`, which the table caches until
 * a case is added or removed). The table also puts an updated case into that array in place and logs its
 * position (`inPlaceWritesOf`): the positions logged since the last use are recomputed. (Comparing every
 * row with the one the columns were computed from cost 1–4 ms per request with 100,000 cases.)
 *
 * While the seed's cases are made on demand (`Table.loadOnDemand`), the rows array has holes: the columns
 * the first answers read are made as the seeding draws the cases (`casePrimer`), a row is read with `row(i)`
 * (made if need be), and anything that reads every row (a column not made yet, `rows`) makes them all first.
 */

/** One id-like value of a case (its city, its case handler); null: none. */
export interface IdFact {
  readonly kind: 'id';
  readonly read: (c: CaseRow) => string | null;
}
/** Several id-like values of a case (the users of its tasks): `some` visits them until `visit` says true. */
export interface IdsFact {
  readonly kind: 'ids';
  readonly some: (c: CaseRow, visit: (id: string | null) => boolean) => boolean;
}
export interface FlagFact {
  readonly kind: 'flag';
  readonly read: (c: CaseRow) => boolean;
}
export interface NumberFact {
  readonly kind: 'number';
  readonly read: (c: CaseRow) => number;
}
export interface TextFact {
  readonly kind: 'text';
  readonly read: (c: CaseRow) => string;
}
export type Fact = IdFact | IdsFact | FlagFact | NumberFact | TextFact;

/**
 * The facts that the first answers after a start read (the due events before every request, the
 * dashboard, the case list's visibility and default sort). `primeCaseColumns` computes their columns in
 * one pass over the rows when the store has opened: each row is read once for all of them, rather than
 * once per fact as each column is first asked for. With 100,000 cases in the browser's worker that took
 * the dashboard's first answer from 200–260 ms to about 100, for ~50 ms more before the backend is ready.
 */
const PRIMED: Fact[] = [];
/** The primed facts (for tests). */
export const primedFacts = (): readonly Fact[] => PRIMED;
/** Marks a fact (a module-level constant) as one whose column `primeCaseColumns` computes. */
export const primed = <F extends Fact>(fact: F): F => {
  PRIMED.push(fact);
  return fact;
};

export const idFact = (read: IdFact['read']): IdFact => ({ kind: 'id', read });
export const idsFact = (some: IdsFact['some']): IdsFact => ({ kind: 'ids', some });
export const flagFact = (read: FlagFact['read']): FlagFact => ({ kind: 'flag', read });
export const numberFact = (read: NumberFact['read']): NumberFact => ({ kind: 'number', read });
export const textFact = (read: TextFact['read']): TextFact => ({ kind: 'text', read });

/** A test of the case at a position of the columns (compiled for one request: the columns change with the rows). */
export type RowTest = (i: number) => boolean;

/** The values of an IdsFact: case i has `data[start[i]]` … `data[end[i] - 1]` (no nulls). */
export interface IdLists {
  start: Int32Array;
  end: Int32Array;
  data: Int32Array;
}

/** Strings as small numbers; 0 stands for null, so every stored id indexes a membership table. */
class Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly names: (string | null)[] = [null];
  intern(value: string | null): number {
    if (value === null) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(value, id);
      this.names.push(value);
    }
    return id;
  }
  lookup(value: string): number | undefined {
    return this.ids.get(value);
  }
  name(id: number): string | null {
    return this.names[id] ?? null;
  }
  get size() {
    return this.names.length;
  }
  /** The strings in id order (for a stored copy, see `casePrimer`). */
  list(): (string | null)[] {
    return this.names.slice();
  }
  /** A dictionary of these strings in id order (null first, no string twice), or null if they are not. */
  static of(names: unknown): Dictionary | null {
    if (!Array.isArray(names) || names[0] !== null) return null;
    const dict = new Dictionary();
    for (let i = 1; i < names.length; i++) {
      const name: unknown = names[i];
      if (typeof name !== 'string' || dict.intern(name) !== i) return null;
    }
    return dict;
  }
}

interface Column {
  /** (Re)computes position i from its row. */
  set(i: number, c: CaseRow): void;
  /** Position i takes the value of position j of `from` (a column of the same fact over an earlier rows array). */
  copy(from: this, j: number, i: number): void;
  /** Worth computing again from scratch (an id list's storage is mostly dead after many updates). */
  readonly worn?: boolean;
  /** A copy of the values (for a stored copy, see `casePrimer`). */
  stored(): unknown;
  /** Takes values `data` gave (for as many cases); false, and nothing taken, if they do not fit. */
  take(data: unknown): boolean;
  /** Whether position i holds what `set(i, c)` would put there. */
  matches(i: number, c: CaseRow): boolean;
}

/** `data` as a typed array of this kind and length, or null. */
function typed<K extends 'Int32Array' | 'Uint8Array' | 'Float64Array'>(data: unknown, kind: K, length: number) {
  return isTypedArray(data, kind) && data.length === length ? data : null;
}

class IdColumn implements Column {
  readonly values: Int32Array;
  constructor(
    n: number,
    private readonly fact: IdFact,
    private readonly dict: Dictionary,
  ) {
    this.values = new Int32Array(n);
  }
  set(i: number, c: CaseRow) {
    this.values[i] = this.dict.intern(this.fact.read(c));
  }
  copy(from: IdColumn, j: number, i: number) {
    this.values[i] = from.values[j] as number;
  }
  stored() {
    return this.values.slice();
  }
  take(data: unknown) {
    const values = typed(data, 'Int32Array', this.values.length);
    if (!values || values.some((id) => id < 0 || id >= this.dict.size)) return false;
    this.values.set(values);
    return true;
  }
  matches(i: number, c: CaseRow) {
    const value = this.fact.read(c);
    return this.values[i] === (value === null ? 0 : this.dict.lookup(value));
  }
}

/** Id lists in one growing array: an update appends the case's new list and leaves the old one dead. */
class IdListColumn implements Column, IdLists {
  readonly start: Int32Array;
  readonly end: Int32Array;
  data = new Int32Array(1024);
  private length = 0;
  private dead = 0;
  constructor(
    n: number,
    private readonly fact: IdsFact,
    private readonly dict: Dictionary,
  ) {
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
  }
  private push(id: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = id;
  }
  private readonly append = (id: string | null) => {
    if (id !== null) this.push(this.dict.intern(id));
    return false;
  };
  set(i: number, c: CaseRow) {
    this.dead += (this.end[i] as number) - (this.start[i] as number);
    this.start[i] = this.length;
    this.fact.some(c, this.append);
    this.end[i] = this.length;
  }
  copy(from: IdListColumn, j: number, i: number) {
    this.start[i] = this.length;
    for (let k = from.start[j] as number, e = from.end[j] as number; k < e; k++) this.push(from.data[k] as number);
    this.end[i] = this.length;
  }
  get worn() {
    return this.dead > 4096 && this.dead > this.length / 2;
  }
  stored() {
    return { start: this.start.slice(), end: this.end.slice(), data: this.data.slice(0, this.length) };
  }
  take(data: unknown) {
    const d = (data ?? {}) as Partial<Record<'start' | 'end' | 'data', unknown>>;
    const start = typed(d.start, 'Int32Array', this.start.length);
    const end = typed(d.end, 'Int32Array', this.end.length);
    const ids = isTypedArray(d.data, 'Int32Array') ? d.data : null;
    if (!start || !end || !ids) return false;
    for (let i = 0; i < start.length; i++)
      if (!(
        (start[i] as number) >= 0 &&
        (start[i] as number) <= (end[i] as number) &&
        (end[i] as number) <= ids.length
      ))
        return false;
    if (ids.some((id) => id <= 0 || id >= this.dict.size)) return false;
    this.start.set(start);
    this.end.set(end);
    this.data = ids.length ? ids.slice() : new Int32Array(1024);
    this.length = ids.length;
    this.dead = 0;
    return true;
  }
  matches(i: number, c: CaseRow) {
    let k = this.start[i] as number;
    const e = this.end[i] as number;
    const same = !this.fact.some(c, (id) => {
      if (id === null) return false;
      const stored = k < e ? this.data[k++] : -1;
      return stored !== this.dict.lookup(id);
    });
    return same && k === e;
  }
}

class FlagColumn implements Column {
  readonly values: Uint8Array;
  constructor(
    n: number,
    private readonly fact: FlagFact,
  ) {
    this.values = new Uint8Array(n);
  }
  set(i: number, c: CaseRow) {
    this.values[i] = this.fact.read(c) ? 1 : 0;
  }
  copy(from: FlagColumn, j: number, i: number) {
    this.values[i] = from.values[j] as number;
  }
  stored() {
    return this.values.slice();
  }
  take(data: unknown) {
    const values = typed(data, 'Uint8Array', this.values.length);
    if (!values || values.some((v) => v > 1)) return false;
    this.values.set(values);
    return true;
  }
  matches(i: number, c: CaseRow) {
    return this.values[i] === (this.fact.read(c) ? 1 : 0);
  }
}

class NumberColumn implements Column {
  readonly values: Float64Array;
  constructor(
    n: number,
    private readonly fact: NumberFact,
  ) {
    this.values = new Float64Array(n);
  }
  set(i: number, c: CaseRow) {
    this.values[i] = this.fact.read(c);
  }
  copy(from: NumberColumn, j: number, i: number) {
    this.values[i] = from.values[j] as number;
  }
  stored() {
    return this.values.slice();
  }
  take(data: unknown) {
    const values = typed(data, 'Float64Array', this.values.length);
    if (!values) return false;
    this.values.set(values);
    return true;
  }
  matches(i: number, c: CaseRow) {
    return Object.is(this.values[i], this.fact.read(c));
  }
}

class TextColumn implements Column {
  readonly values: string[];
  constructor(
    n: number,
    private readonly fact: TextFact,
  ) {
    this.values = new Array<string>(n).fill('');
  }
  set(i: number, c: CaseRow) {
    this.values[i] = this.fact.read(c);
  }
  copy(from: TextColumn, j: number, i: number) {
    this.values[i] = from.values[j] as string;
  }
  stored() {
    return this.values.slice();
  }
  take(data: unknown) {
    if (!Array.isArray(data) || data.length !== this.values.length || data.some((v) => typeof v !== 'string'))
      return false;
    for (let i = 0; i < data.length; i++) this.values[i] = data[i] as string;
    return true;
  }
  matches(i: number, c: CaseRow) {
    return this.values[i] === this.fact.read(c);
  }
}

function makeColumn(fact: Fact, n: number, dict: Dictionary): Column {
  switch (fact.kind) {
    case 'id':
      return new IdColumn(n, fact, dict);
    case 'ids':
      return new IdListColumn(n, fact, dict);
    case 'flag':
      return new FlagColumn(n, fact);
    case 'number':
      return new NumberColumn(n, fact);
    case 'text':
      return new TextColumn(n, fact);
  }
}

/** How far ahead `align` looks for a row in the earlier array (past rows removed or updated there). */
const LOOKAHEAD = 16;

/**
 * For each row of `rows`, its position in `earlier` if the very same row object is there, else -1. The
 * table keeps its rows in insertion order (an update in place, a new case at the end), so the same row
 * is found where the last one was found, or a little after it (rows removed, or updated, in between).
 */
function align(earlier: readonly (CaseRow | undefined)[], rows: readonly (CaseRow | undefined)[]): Int32Array {
  const from = new Int32Array(rows.length).fill(-1);
  let j = 0;
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i];
    if (c === undefined) continue; // a seeded row not made yet: nothing to match
    const stop = Math.min(earlier.length, j + LOOKAHEAD);
    for (let k = j; k < stop; k++) {
      if (earlier[k] === c) {
        from[i] = k;
        j = k + 1;
        break;
      }
    }
  }
  return from;
}

export class CaseColumns {
  /** The rows the columns were last computed from, by position (for `align`); holes as in `array`. */
  private readonly seen: (CaseRow | undefined)[];
  private readonly dict: Dictionary;
  private readonly columns: Map<Fact, Column>;
  /** How many of the array's logged in-place writes the columns have taken in. */
  private synced: number;

  /**
   * With `earlier` (the columns of the table's previous rows array: a case was added, another tab wrote),
   * every column it has is carried over: copied for the rows it has too, computed for the others. With
   * `made` (columns made as the seeding drew the cases, see `casePrimer`), those are the columns, and the
   * writes logged since are taken in at the first use.
   */
  constructor(
    private readonly array: readonly (CaseRow | undefined)[],
    earlier?: CaseColumns,
    private readonly table?: Table<CaseRow>,
    made?: { dict: Dictionary; columns: Map<Fact, Column> },
  ) {
    this.seen = array.slice();
    this.columns = made?.columns ?? new Map();
    this.synced = made ? 0 : inPlaceWritesOf(array).length;
    if (made) {
      this.dict = made.dict;
      return;
    }
    if (earlier) earlier.settle();
    const from = earlier && align(earlier.seen, this.seen);
    // Nothing in common (another store, a reset): start afresh.
    if (!earlier || !from?.some((j) => j >= 0)) {
      this.dict = new Dictionary();
    } else {
      this.dict = earlier.dict;
      for (const [fact, old] of earlier.columns) {
        const col = makeColumn(fact, this.seen.length, this.dict);
        for (let i = 0; i < this.seen.length; i++) {
          const j = from[i] as number;
          if (j >= 0) col.copy(old, j, i);
          else col.set(i, this.row(i));
        }
        this.columns.set(fact, col);
      }
    }
  }

  /** The case at position i (made if the seed's cases are made on demand and it is not yet). */
  readonly row = (i: number): CaseRow => (this.array[i] ?? this.table?.at(i)) as CaseRow;

  /** Every row, made (for a scan that reads the rows themselves). */
  get rows(): readonly CaseRow[] {
    if (this.table?.partlyMade) this.table.makeAll();
    return this.array as readonly CaseRow[];
  }

  /**
   * Up to date, with `seen` holding every row there is (for `align`). A position still a hole in `seen`
   * was not written since the columns were made (the log would have filled it), so its row, made since,
   * is the one they were computed from.
   */
  private settle() {
    this.sync();
    const { seen, array } = this;
    for (let i = 0; i < seen.length; i++) if (seen[i] === undefined) seen[i] = array[i];
  }

  get size() {
    return this.seen.length;
  }

  /** Recomputes the positions whose row was replaced since the last use. */
  sync() {
    const log = inPlaceWritesOf(this.array);
    if (log.length === this.synced) return;
    const { array, seen } = this;
    for (let k = this.synced; k < log.length; k++) {
      const i = log[k] as number;
      const c = array[i] as CaseRow;
      seen[i] = c;
      for (const col of this.columns.values()) col.set(i, c);
    }
    this.synced = log.length;
    for (const [fact, col] of this.columns) if (col.worn) this.columns.delete(fact);
  }

  private column(fact: Fact): Column {
    let col = this.columns.get(fact);
    if (!col) {
      col = makeColumn(fact, this.seen.length, this.dict);
      const rows = this.rows;
      for (let i = 0; i < rows.length; i++) col.set(i, rows[i] as CaseRow);
      this.columns.set(fact, col);
    }
    return col;
  }

  /** Computes these facts' columns (those not there yet) in one pass over the rows. */
  prime(facts: readonly Fact[]): this {
    const todo: Column[] = [];
    for (const f of facts) {
      if (this.columns.has(f)) continue;
      const col = makeColumn(f, this.seen.length, this.dict);
      this.columns.set(f, col);
      todo.push(col);
    }
    if (!todo.length) return this;
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const c = rows[i] as CaseRow;
      for (let k = 0; k < todo.length; k++) (todo[k] as Column).set(i, c);
    }
    return this;
  }

  ids(fact: IdFact): Int32Array {
    return (this.column(fact) as IdColumn).values;
  }
  idLists(fact: IdsFact): IdLists {
    return this.column(fact) as IdListColumn;
  }
  flags(fact: FlagFact): Uint8Array {
    return (this.column(fact) as FlagColumn).values;
  }
  numbers(fact: NumberFact): Float64Array {
    return (this.column(fact) as NumberColumn).values;
  }
  texts(fact: TextFact): readonly string[] {
    return (this.column(fact) as TextColumn).values;
  }

  /**
   * A membership table of the given values, indexed by the ids in the columns: 1 for a given value.
   * Get the columns it is for first: a value no case has is not in the dictionary, so in no table
   * (and so the dictionary does not grow with what requests ask for). Null (id 0) is never a member.
   */
  members(values: readonly string[]): Uint8Array {
    const table = new Uint8Array(this.dict.size);
    for (const v of values) {
      const id = this.dict.lookup(v);
      if (id !== undefined) table[id] = 1;
    }
    return table;
  }

  /** How many ids the columns use (null's 0 included): the length of a table indexed by them. */
  get idCount(): number {
    return this.dict.size;
  }

  /** The id of a value in the columns (undefined: no case has it; get the column first, see `members`). */
  idOf(value: string): number | undefined {
    return this.dict.lookup(value);
  }

  /** The value an id stands for. */
  name(id: number): string | null {
    return this.dict.name(id);
  }
}

const byRows = new WeakMap<readonly (CaseRow | undefined)[], CaseColumns>();
/** The columns made last: a new rows array starts from them. */
let latest: CaseColumns | undefined;

/**
 * The columns of a rows array, or of a table's rows (then the seed's cases may still be made on demand:
 * nothing is made that the columns do not need), up to date with rows updated in place since their last use.
 */
export function caseColumns(source: readonly CaseRow[] | Table<CaseRow>): CaseColumns {
  const table = Array.isArray(source) ? undefined : (source as Table<CaseRow>);
  const rows = table ? table.rowsSoFar() : (source as readonly CaseRow[]);
  let cols = byRows.get(rows);
  if (cols && cols.size === rows.length) cols.sync();
  else {
    cols = new CaseColumns(rows, latest, table);
    byRows.set(rows, cols);
  }
  latest = cols;
  return cols;
}

/** The columns of these rows with every `primed` fact computed (in one pass over the rows). */
export const primeCaseColumns = (source: readonly CaseRow[] | Table<CaseRow>): CaseColumns =>
  caseColumns(source).prime(PRIMED);

/**
 * The `primed` facts' columns of `caseCount` cases, made from each case as the seeding draws it (a
 * `createDb` visitor), so that no case has to be made or kept for them; then given to the table the
 * cases are in (changes loaded into it later are taken in at the first use).
 */
export function casePrimer(caseCount: number): SeedVisitor {
  let dict = new Dictionary();
  let columns = new Map<Fact, Column>(PRIMED.map((f) => [f, makeColumn(f, caseCount, dict)]));
  const each = [...columns.values()];
  return {
    visit: (position, c) => {
      for (let k = 0; k < each.length; k++) (each[k] as Column).set(position, c);
    },
    seeded(table) {
      const rows = table.rowsSoFar();
      if (rows.length !== caseCount || byRows.has(rows)) return;
      const cols = new CaseColumns(rows, undefined, table, { dict, columns });
      byRows.set(rows, cols);
      latest = cols;
    },
    // Called after `seeded`, before any change is taken in: the columns as the seed made them.
    made: (): PrimedData => ({ names: dict.list(), columns: [...columns.values()].map((col) => col.stored()) }),
    restore(made) {
      const m = (made ?? {}) as Partial<PrimedData>;
      const d = Dictionary.of(m.names);
      if (!d || !Array.isArray(m.columns) || m.columns.length !== PRIMED.length) return null;
      const cols = new Map<Fact, Column>(PRIMED.map((f) => [f, makeColumn(f, caseCount, d)]));
      const all = [...cols.values()];
      if (!all.every((col, k) => col.take(m.columns![k]))) return null;
      return {
        check: (position, c) => all.every((col) => col.matches(position, c)),
        adopt() {
          dict = d;
          columns = cols;
        },
      };
    },
  };
}

/** What `casePrimer` made, as stored with the seed's index: the dictionary's strings, and the `PRIMED` columns' values in order. */
interface PrimedData {
  names: (string | null)[];
  columns: unknown[];
}
