import {
  ORE_PER_NOK,
  CASE_FILTER_KEYS,
  DAMAGE_TYPES,
  filterDefinition,
  normaliseCaseSearch,
  type AdvancedOption,
  type AmountRange,
  type CaseFilterKey,
  type CaseFilterValue,
  type CaseSort,
  type CaseSortKey,
  type DayRange,
  type FilterValueOf,
  type Presence,
} from '@/api/contract';
import type { CaseRow, TaskRow } from '../db/schema';
import { caseReference } from '../handlers/serialize';
import { caseColumns, idFact, numberFact, type CaseColumns, type NumberFact } from './caseColumns';

/**
 * The case list's filters (Saksliste, R6) as pure functions over CaseRow[].
 *
 * Built for 100,000 cases: a filter is compiled once per request into ONE predicate (each criterion a
 * small closure over a Set or a precomputed bound), the rows are scanned once, matching positions go
 * into one preallocated typed array (no per-row allocation), and sorting packs a numeric key and the
 * position into one float so the engine's native numeric sort does the work (no comparator calls); the
 * keys are computed once per case and kept in columns (caseColumns.ts), not once per request.
 *
 * Semantics (the guide's wording in parentheses):
 * - a choice filter matches when the case has ANY of its chosen values; an added filter with no values
 *   does not narrow the list;
 * - "Bruker" and "Min oppgave": the user holds the external case handler role in the case OR has a task
 *   there ("inkluderer også andre oppgaver som er tildelt brukeren");
 * - "Vis saker som inneholder den valgte av": `all` (Alle filtre) = every criterion holds, `any` = at
 *   least one; each added filter with values is one criterion, and each ticked advanced option is one.
 */

export type CasePredicate = (c: CaseRow) => boolean;
export interface FilterContext {
  /** The signed-in user ("Min oppgave"). */
  viewerId: string;
}

// ---------- facts about a case (shared with the handlers' summaries) ----------

/** Saksbudsjett: the sum of the tasks' budgets that are not rejected (øre; writes keep it within MAX_AMOUNT_ORE). */
export function caseBudgetTotal(c: CaseRow): number {
  let sum = 0;
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const b = (tasks[i] as TaskRow).budget;
    if (b !== null && b.status !== 'rejected') sum += b.amount;
  }
  return sum;
}

/** A task is ongoing (pågående) once a partner has it (not C) until it is approved (A). */
export const isOngoingTask = (t: TaskRow) => t.status !== 'C' && t.status !== 'A';

function hasOngoingTask(c: CaseRow): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if (isOngoingTask(tasks[i] as TaskRow)) return true;
  return false;
}

/** A task is assigned (tildelt) when an office has it. */
function hasAssignedTask(c: CaseRow): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if ((tasks[i] as TaskRow).officeId !== null) return true;
  return false;
}

function hasWorkItems(c: CaseRow): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if ((tasks[i] as TaskRow).workItems.length > 0) return true;
  return false;
}

/** Membership in the chosen values: a plain comparison for one value (the usual case), a Set for more. */
export type Has = (id: string | null) => boolean;
export function membership(values: readonly string[]): Has {
  if (values.length === 1) {
    const v = values[0] as string;
    return (x) => x === v;
  }
  const s = new Set(values);
  return (x) => x !== null && s.has(x);
}

function taskUserIn(c: CaseRow, has: Has): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if (has((tasks[i] as TaskRow).userId)) return true;
  return false;
}

function taskOfficeIn(c: CaseRow, has: Has): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if (has((tasks[i] as TaskRow).officeId)) return true;
  return false;
}

/** "Bruker": holds the role, or has a task in the case. */
export const userInCase = (c: CaseRow, has: Has) => has(c.externalUserId) || taskUserIn(c, has);

/** "Saksrelaterte medlemmer": anyone with a part in the case. */
function memberInCase(c: CaseRow, has: Has): boolean {
  if (
    has(c.createdById) ||
    has(c.caseHandlerId) ||
    has(c.inspectorId) ||
    has(c.projectManagerId) ||
    has(c.externalUserId)
  )
    return true;
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as TaskRow;
    if (has(t.userId) || (t.budget !== null && has(t.budget.addedById))) return true;
  }
  return false;
}

// ---------- days in Norwegian time ----------

const osloOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** The instant (ISO, UTC) at which a calendar day begins in Norway. */
export function osloDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const name = osloOffset.formatToParts(new Date(utcMidnight)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offsetMs = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
  return new Date(utcMidnight - offsetMs).toISOString();
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * A day range as half-open ISO bounds [lo, hi). Stored instants are `toISOString()` strings, which
 * compare like the instants they stand for, so the per-row test is two string comparisons.
 */
export function dayRangeBounds(r: DayRange): { lo: string; hi: string } {
  return { lo: r.from ? osloDayStart(r.from) : '', hi: r.to ? osloDayStart(nextDay(r.to)) : '\uffff' };
}

// ---------- compiling ----------

const ADVANCED: Record<AdvancedOption, (ctx: FilterContext) => CasePredicate> = {
  myTask: ({ viewerId }) => {
    const me = membership([viewerId]);
    return (c) => userInCase(c, me);
  },
  attention: () => (c) => c.attention,
  noAssignedTasks: () => (c) => !hasAssignedTask(c),
  ongoingTasks: () => hasOngoingTask,
  noOngoingTasks: () => (c) => !hasOngoingTask(c),
  closedNormally: () => (c) => c.status === 'closed' && c.closeReason === 'normal',
  cashOfferAccepted: () => (c) => c.status === 'closed' && c.closeReason === 'cash_offer_accepted',
  onHold: () => (c) => c.status === 'on_hold',
  compensationPreApproved: () => (c) => c.compensationPreApproved,
  subcontractor: () => (c) => c.subcontractor,
  noInspectionReport: () => (c) => !c.inspectionReport,
  withWorkItems: () => hasWorkItems,
  withExternalCaseHandler: () => (c) => c.externalOfficeId !== null,
};

/**
 * What a criterion costs per row: 1 reads a field of the case, 2 compares strings or sums budgets,
 * 3 walks the tasks. Criteria are tried cheapest first, so that with "Alle filtre" a cheap "no" (and
 * with "any" a cheap "yes") spares the task loops; the result does not depend on the order.
 */
type Costed = [cost: number, predicate: CasePredicate];

/** A filter's criteria for a value that narrows the list (its count is above 0). */
type Criteria<K extends CaseFilterKey> = (value: FilterValueOf<K>, ctx: FilterContext) => Costed[];

/** Choice: the case has ANY of the chosen values (`has`). */
const choice =
  (cost: number, match: (has: Has) => CasePredicate) =>
  (values: string[]): Costed[] => [[cost, match(membership(values))]];

/** Day range over an instant of the case (null: the case has none and never matches). */
const dayRange =
  (instant: (c: CaseRow) => string | null) =>
  (r: DayRange): Costed[] => {
    const { lo, hi } = dayRangeBounds(r);
    return [
      [
        2,
        (c) => {
          const at = instant(c);
          return at !== null && at >= lo && at < hi;
        },
      ],
    ];
  };

const amountRange =
  (amount: (c: CaseRow) => number) =>
  (b: AmountRange): Costed[] => {
    const min = b.min ?? -Infinity;
    const max = b.max ?? Infinity;
    return [
      [
        2,
        (c) => {
          const t = amount(c);
          return t >= min && t <= max;
        },
      ],
    ];
  };

/** Presence: "with" = the case has some, "without" = none. */
const presence =
  (has: (c: CaseRow) => boolean) =>
  (want: Presence | null): Costed[] => {
    const w = want === 'with';
    return [[1, (c) => has(c) === w]];
  };

/** The handler's side of the filter registry: what each filter means for a case, keyed like `CASE_FILTERS`. */
const CRITERIA: { [K in CaseFilterKey]: Criteria<K> } = {
  office: choice(3, (has) => (c) => has(c.externalOfficeId) || taskOfficeIn(c, has)),
  inspectionAt: dayRange((c) => c.inspectionAt),
  user: choice(3, (has) => (c) => userInCase(c, has)),
  member: choice(3, (has) => (c) => memberInCase(c, has)),
  createdBy: choice(1, (has) => (c) => has(c.createdById)),
  caseHandler: choice(1, (has) => (c) => has(c.caseHandlerId)),
  inspector: choice(1, (has) => (c) => has(c.inspectorId)),
  projectManager: choice(1, (has) => (c) => has(c.projectManagerId)),
  craftsman: choice(3, (has) => (c) => taskUserIn(c, has)),
  status: choice(1, (has) => (c) => has(c.status)),
  budget: amountRange(caseBudgetTotal),
  damageType: choice(1, (has) => (c) => has(c.damageType)),
  inspectionCompany: choice(1, (has) => (c) => has(c.inspectionCompanyId)),
  originalOffice: choice(1, (has) => (c) => has(c.originalOfficeId)),
  city: choice(1, (has) => (c) => has(c.city)),
  createdAt: dayRange((c) => c.createdAt),
  invoice: presence((c) => c.invoiceCount > 0),
  remoteVideoCalls: presence((c) => c.remoteVideoCalls > 0),
  remoteVideoMedia: presence((c) => c.remoteVideoMedia > 0),
  remoteVideoOwnCompany: presence((c) => c.remoteVideoInvitedByOwnCompany),
  // Each ticked option is one criterion of its own.
  advanced: (opts, ctx) => opts.map((o) => [ADVANCED_COST[o], ADVANCED[o](ctx)]),
};

const ADVANCED_COST: Record<AdvancedOption, number> = {
  myTask: 3,
  attention: 1,
  noAssignedTasks: 3,
  ongoingTasks: 3,
  noOngoingTasks: 3,
  closedNormally: 1,
  cashOfferAccepted: 1,
  onHold: 1,
  compensationPreApproved: 1,
  subcontractor: 1,
  noInspectionReport: 1,
  withWorkItems: 3,
  withExternalCaseHandler: 1,
};

function criteriaOf<K extends CaseFilterKey>(f: CaseFilterValue, key: K, ctx: FilterContext): Costed[] {
  const value = f.values[key];
  // An added filter with no values does not narrow the list.
  if (value === undefined || filterDefinition(key).count(value) === 0) return [];
  return CRITERIA[key](value, ctx);
}

/** The criteria of a filter, one per added filter with values and one per ticked advanced option, cheapest first. */
export function filterCriteria(f: CaseFilterValue, ctx: FilterContext): CasePredicate[] {
  const costed = CASE_FILTER_KEYS.flatMap((key) => criteriaOf(f, key, ctx));
  return costed.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

// ---------- free-text search ----------

/**
 * The text a search looks in, per row: case number, street, postcode, poststed, customer, skadenummer,
 * lower-cased once. Rows are immutable values (the store replaces a row on change), so a row's text is
 * cached by the row object and a changed case gets a fresh entry; old rows are collected with it.
 */
const searchTexts = new WeakMap<CaseRow, string>();
function searchText(c: CaseRow): string {
  let text = searchTexts.get(c);
  if (text === undefined) {
    text =
      `${caseReference(c)}\n${c.street}\n${c.postalCode}\n${c.city}\n${c.customerName}\n${c.claimNumber}`.toLowerCase();
    searchTexts.set(c, text);
  }
  return text;
}

/**
 * The search as one predicate: every word of it (case-insensitive) occurs in the case's text, so
 * "munch oslo" finds Edwards Munchs vei, 1063 Oslo. Null when there is nothing to search for.
 */
export function compileCaseSearch(text: string): CasePredicate | null {
  const words = normaliseCaseSearch(text).toLowerCase().split(' ').filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1) {
    const w = words[0] as string;
    return (c) => searchText(c).includes(w);
  }
  return (c) => {
    const s = searchText(c);
    for (let i = 0; i < words.length; i++) if (!s.includes(words[i] as string)) return false;
    return true;
  };
}

const always: CasePredicate = () => true;

/** One predicate for the whole filter ("Alle filtre" = every criterion, "any" = at least one). */
export function compileCaseFilter(f: CaseFilterValue, ctx: FilterContext): CasePredicate {
  const crit = filterCriteria(f, ctx);
  const n = crit.length;
  if (n === 0) return always;
  if (n === 1) return crit[0] as CasePredicate;
  if (n === 2) {
    const [a, b] = crit as [CasePredicate, CasePredicate];
    return f.match === 'any' ? (c) => a(c) || b(c) : (c) => a(c) && b(c);
  }
  if (f.match === 'any') {
    return (c) => {
      for (let i = 0; i < n; i++) if ((crit[i] as CasePredicate)(c)) return true;
      return false;
    };
  }
  return (c) => {
    for (let i = 0; i < n; i++) if (!(crit[i] as CasePredicate)(c)) return false;
    return true;
  };
}

/** Positions (into `rows`) of the rows that pass `visible` and `match`, in one pass. */
export interface Matches {
  positions: Uint32Array;
  count: number;
}

export function scanCases(rows: readonly CaseRow[], match: CasePredicate, visible: CasePredicate = always): Matches {
  const positions = new Uint32Array(rows.length);
  let count = 0;
  if (visible === always) {
    for (let i = 0; i < rows.length; i++) if (match(rows[i] as CaseRow)) positions[count++] = i;
  } else {
    for (let i = 0; i < rows.length; i++) {
      const c = rows[i] as CaseRow;
      if (visible(c) && match(c)) positions[count++] = i;
    }
  }
  return { positions, count };
}

/** Counting only (the dashboard, the bench): the same pass without keeping positions. */
export function countCases(rows: readonly CaseRow[], match: CasePredicate): number {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (match(rows[i] as CaseRow)) n++;
  return n;
}

// ---------- sorting ----------

/** Keys must stay below 2^33 so that key * 2^20 + position (positions < 2^20) is an exact float. */
const KEY_LIMIT = 2 ** 33 - 1;
const POS_FACTOR = 2 ** 20;
export const MAX_SORTABLE_ROWS = POS_FACTOR;

const d2 = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
/** "2026-11-18T08:15:00.000Z" -> a number that orders like the instant (seconds resolution, years 2000-2199). */
function isoKey(s: string): number {
  const y = d2(s, 0) * 100 + d2(s, 2) - 2000;
  return ((((y * 13 + d2(s, 5)) * 32 + d2(s, 8)) * 24 + d2(s, 11)) * 60 + d2(s, 14)) * 60 + d2(s, 17);
}
const STATUS_RANK = { open: 0, on_hold: 1, closed: 2, cancelled: 3 } as const;
const DAMAGE_RANK = Object.fromEntries(DAMAGE_TYPES.map((d, i) => [d, i])) as Record<string, number>;
const collator = new Intl.Collator('nb');

const CITY = idFact((c) => c.city);

/** A sort key of every case, kept in a column (computed once per row, not per request). */
const sortKey = (key: (c: CaseRow) => number) => numberFact((c) => Math.min(Math.max(key(c), 0), KEY_LIMIT));
const SORT_KEYS: Record<Exclude<CaseSortKey, 'city'>, NumberFact> = {
  reference: sortKey((c) => c.seq),
  createdAt: sortKey((c) => isoKey(c.createdAt)),
  inspectionAt: sortKey((c) => (c.inspectionAt === null ? KEY_LIMIT : isoKey(c.inspectionAt))),
  status: sortKey((c) => STATUS_RANK[c.status]),
  damageType: sortKey((c) => DAMAGE_RANK[c.damageType] ?? 99),
  // Whole NOK: a key must stay below 2^33 (1 000 000 000 NOK does; its øre would not); amounts less than
  // 1 NOK apart keep the rows' order.
  budget: sortKey((c) => Math.floor(caseBudgetTotal(c) / ORE_PER_NOK)),
};

/**
 * Few distinct places: the matched cases' places ranked with the Norwegian collation (æøå after z),
 * as a key per position.
 */
function cityKeys(cols: CaseColumns, m: Matches): (p: number) => number {
  const city = cols.ids(CITY);
  const ids = new Set<number>();
  for (let i = 0; i < m.count; i++) ids.add(city[m.positions[i] as number] as number);
  const ranked = [...ids].sort((a, b) => collator.compare(cols.name(a) ?? '', cols.name(b) ?? ''));
  const rank = new Float64Array(Math.max(0, ...ranked) + 1);
  ranked.forEach((id, r) => (rank[id] = r));
  return (p) => rank[city[p] as number] as number;
}

/**
 * Sorts matched positions by the query's sort with precomputed numeric keys; ties keep the rows'
 * order (ascending) or its reverse (descending). Returns the sorted positions, or with `limit` only the
 * first `limit` of them (a page needs 100 of 100,000: selecting them is several times cheaper than a sort).
 */
export function sortMatches(rows: readonly CaseRow[], m: Matches, sort: CaseSort, limit = Infinity): Uint32Array {
  return sortPositions(caseColumns(rows), m, sort, limit);
}

/** The same over the columns of the rows (their sort keys are kept with them). */
export function sortPositions(cols: CaseColumns, m: Matches, sort: CaseSort, limit = Infinity): Uint32Array {
  const { positions, count } = m;
  if (count > MAX_SORTABLE_ROWS) throw new Error('Too many rows to sort');
  const packed = new Float64Array(count);
  if (sort.key === 'city') {
    const keyAt = cityKeys(cols, m);
    for (let i = 0; i < count; i++) {
      const p = positions[i] as number;
      packed[i] = keyAt(p) * POS_FACTOR + p;
    }
  } else {
    const keys = cols.numbers(SORT_KEYS[sort.key]);
    for (let i = 0; i < count; i++) {
      const p = positions[i] as number;
      packed[i] = (keys[p] as number) * POS_FACTOR + p;
    }
  }
  const desc = sort.dir === 'desc';
  if (limit < count / 4) {
    const best = selectBest(packed, Math.max(0, Math.floor(limit)), desc);
    const out = new Uint32Array(best.length);
    for (let i = 0; i < best.length; i++) out[i] = (best[i] as number) % POS_FACTOR;
    return out;
  }
  packed.sort();
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[desc ? count - 1 - i : i] = (packed[i] as number) % POS_FACTOR;
  return out;
}

/**
 * The k smallest (or, `desc`, largest) values in order, with a bounded heap whose root is the worst
 * value kept. Values are distinct (key * 2^20 + position), so the order is total.
 */
function selectBest(values: Float64Array, k: number, desc: boolean): Float64Array {
  const heap = new Float64Array(k);
  let size = 0;
  // "a is worse than b": larger when ascending, smaller when descending.
  const worse = desc ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(heap[l] as number, heap[w] as number)) w = l;
      if (r < size && worse(heap[r] as number, heap[w] as number)) w = r;
      if (w === i) return;
      const t = heap[i] as number;
      heap[i] = heap[w] as number;
      heap[w] = t;
      i = w;
    }
  };
  for (let n = 0; n < values.length; n++) {
    const v = values[n] as number;
    if (size < k) {
      let i = size++;
      heap[i] = v;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as number, heap[parent] as number)) break;
        const t = heap[i] as number;
        heap[i] = heap[parent] as number;
        heap[parent] = t;
        i = parent;
      }
    } else if (k > 0 && worse(heap[0] as number, v)) {
      heap[0] = v;
      siftDown(0);
    }
  }
  const out = heap.subarray(0, size).sort();
  return desc ? out.reverse() : out;
}

/** The rows of one page of sorted positions. */
export function pageRows(rows: readonly CaseRow[], sorted: Uint32Array, page: number, pageSize: number): CaseRow[] {
  const start = (page - 1) * pageSize;
  const end = Math.min(sorted.length, start + pageSize);
  const out: CaseRow[] = [];
  for (let i = start; i < end; i++) out.push(rows[sorted[i] as number] as CaseRow);
  return out;
}

/** Every given predicate holds (nulls are left out): the filter, the search, the scope of one request. */
export function allOf(...predicates: (CasePredicate | null)[]): CasePredicate {
  const ps = predicates.filter((p): p is CasePredicate => p !== null && p !== always);
  if (ps.length === 0) return always;
  if (ps.length === 1) return ps[0] as CasePredicate;
  if (ps.length === 2) {
    const [a, b] = ps as [CasePredicate, CasePredicate];
    return (c) => a(c) && b(c);
  }
  return (c) => ps.every((p) => p(c));
}

/** Filter, search, sort and page in one call (what GET /cases does, minus access and serialisation). */
export function queryCases(
  rows: readonly CaseRow[],
  q: { filter: CaseFilterValue; search?: string; sort: CaseSort; page: number; pageSize: number },
  ctx: FilterContext,
  visible?: CasePredicate,
): { total: number; rows: CaseRow[] } {
  const m = scanCases(rows, allOf(compileCaseFilter(q.filter, ctx), compileCaseSearch(q.search ?? '')), visible);
  const sorted = sortMatches(rows, m, q.sort, q.page * q.pageSize);
  return { total: m.count, rows: pageRows(rows, sorted, q.page, q.pageSize) };
}
