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
  type FilterMatch,
  type FilterValueOf,
  type Presence,
} from '@/api/contract';
import type { CaseRow, TaskRow } from '../db/schema';
import { caseReference } from '../handlers/serialize';
import {
  caseColumns,
  flagFact,
  idFact,
  idsFact,
  numberFact,
  primed,
  textFact,
  type CaseColumns,
  type FlagFact,
  type IdFact,
  type IdLists,
  type IdsFact,
  type NumberFact,
  type RowTest,
} from './caseColumns';

/**
 * The case list's filters (Saksliste, R6) as pure functions over CaseRow[].
 *
 * Built for 100,000 cases: a filter is compiled once per request into ONE test (each criterion a small
 * closure over a Set, a column or a precomputed bound), the cases are scanned once, matching positions
 * go into one preallocated typed array (no per-row allocation), and sorting packs a numeric key (kept
 * per case in a column) and the position into one float, so that selecting a page needs no comparator.
 *
 * Each criterion is defined once, over *facts* of a case (`CASE_FACTS`: its city, the users of its
 * tasks, its budget), and compiles two ways: a predicate of a row (`compileCaseFilter`), and a test of
 * a position in the cases' columns (`caseFilterTest`, caseColumns.ts), where each fact was read from
 * every row once and is compared as an integer; GET /cases uses the columns.
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
export type { RowTest } from './caseColumns';
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

function someTask(c: CaseRow, test: (t: TaskRow) => boolean): boolean {
  const tasks = c.tasks;
  for (let i = 0; i < tasks.length; i++) if (test(tasks[i] as TaskRow)) return true;
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

/** An instant of a case: its ISO string, and a number that orders like it (`instantKey`). */
interface InstantFact {
  read: (c: CaseRow) => string | null;
  key: NumberFact;
}
const instantFact = (read: (c: CaseRow) => string | null): InstantFact => ({
  read,
  key: numberFact((c) => {
    const at = read(c);
    return at === null ? Infinity : instantKey(at);
  }),
});

/** What the filters read of a case; each is read from a row, or once per row into a column. */
export const CASE_FACTS = {
  externalOffice: idFact((c) => c.externalOfficeId),
  externalUser: idFact((c) => c.externalUserId),
  createdBy: idFact((c) => c.createdById),
  caseHandler: idFact((c) => c.caseHandlerId),
  inspector: idFact((c) => c.inspectorId),
  projectManager: idFact((c) => c.projectManagerId),
  status: primed(idFact((c) => c.status)),
  damageType: idFact((c) => c.damageType),
  inspectionCompany: idFact((c) => c.inspectionCompanyId),
  originalOffice: idFact((c) => c.originalOfficeId),
  city: idFact((c) => c.city),
  /** The offices that have a task of the case. */
  taskOffices: idsFact((c, visit) => {
    const tasks = c.tasks;
    for (let i = 0; i < tasks.length; i++) if (visit((tasks[i] as TaskRow).officeId)) return true;
    return false;
  }),
  /** The users that have a task of the case. */
  taskUsers: idsFact((c, visit) => {
    const tasks = c.tasks;
    for (let i = 0; i < tasks.length; i++) if (visit((tasks[i] as TaskRow).userId)) return true;
    return false;
  }),
  /** The members with a part in a task: its user, and whoever added its budget. */
  taskMembers: idsFact((c, visit) => {
    const tasks = c.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i] as TaskRow;
      if (visit(t.userId) || (t.budget !== null && visit(t.budget.addedById))) return true;
    }
    return false;
  }),
  budget: numberFact(caseBudgetTotal),
  inspectionAt: instantFact((c) => c.inspectionAt),
  createdAt: instantFact((c) => c.createdAt),
  invoice: flagFact((c) => c.invoiceCount > 0),
  remoteVideoCalls: flagFact((c) => c.remoteVideoCalls > 0),
  remoteVideoMedia: flagFact((c) => c.remoteVideoMedia > 0),
  remoteVideoOwnCompany: flagFact((c) => c.remoteVideoInvitedByOwnCompany),
  attention: primed(flagFact((c) => c.attention)),
  /** A task is assigned (tildelt) when an office has it. */
  assignedTask: flagFact((c) => someTask(c, (t) => t.officeId !== null)),
  ongoingTask: flagFact((c) => someTask(c, isOngoingTask)),
  closedNormally: flagFact((c) => c.status === 'closed' && c.closeReason === 'normal'),
  cashOfferAccepted: flagFact((c) => c.status === 'closed' && c.closeReason === 'cash_offer_accepted'),
  onHold: flagFact((c) => c.status === 'on_hold'),
  compensationPreApproved: flagFact((c) => c.compensationPreApproved),
  subcontractor: flagFact((c) => c.subcontractor),
  inspectionReport: flagFact((c) => c.inspectionReport),
  workItems: flagFact((c) => someTask(c, (t) => t.workItems.length > 0)),
  externalCaseHandler: flagFact((c) => c.externalOfficeId !== null),
};
const F = CASE_FACTS;

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

/**
 * "2026-11-18T08:15:00.000Z" (as `toISOString` writes it) as a number that orders like the string;
 * NaN for any other form (such a row is compared as a string, see `dayRange`).
 */
function instantKey(s: string): number {
  if (s.length !== 24 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return NaN;
  if (s[19] !== '.' || s[23] !== 'Z') return NaN;
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  const hour = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  const second = digits(s, 17, 19);
  // Each field below its radix, so the number orders like the fields, as the string does.
  if (!(month <= 12 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  const seconds = ((((digits(s, 0, 4) * 13 + month) * 32 + day) * 24 + hour) * 60 + minute) * 60 + second;
  return seconds * 1000 + digits(s, 20, 23);
}
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

// ---------- compiling ----------

/**
 * A criterion of a filter, as a predicate of a row and as a test of a position in the columns (the two
 * agree: the columns hold the facts the predicate reads). `cost` is what it costs per row: 1 reads a
 * field of the case, 2 compares strings or sums budgets, 3 walks the tasks. Criteria are tried cheapest
 * first, so that with "Alle filtre" a cheap "no" (and with "any" a cheap "yes") spares the task loops;
 * the result does not depend on the order.
 */
interface Criterion {
  cost: number;
  row: CasePredicate;
  at: (cols: CaseColumns) => RowTest;
}

/** A filter's criteria for a value that narrows the list (its count is above 0). */
type Criteria<K extends CaseFilterKey> = (value: FilterValueOf<K>, ctx: FilterContext) => Criterion[];

/** The case has ANY of `values` in any of `facts`. */
function anyValue(cost: number, facts: (IdFact | IdsFact)[], values: readonly string[]): Criterion {
  const has = membership(values);
  return {
    cost,
    row: some(facts.map((f): CasePredicate => (f.kind === 'id' ? (c) => has(f.read(c)) : (c) => f.some(c, has)))),
    at: (cols) => {
      // The columns first, then the membership table over the ids they hold.
      const columns = facts.map((f) => (f.kind === 'id' ? cols.ids(f) : cols.idLists(f)));
      const member = cols.members(values);
      return some(columns.map((col) => (col instanceof Int32Array ? idIn(col, member) : listIn(col, member))));
    },
  };
}
const idIn =
  (ids: Int32Array, member: Uint8Array): RowTest =>
  (i) =>
    member[ids[i] as number] === 1;
const listIn =
  ({ start, end, data }: IdLists, member: Uint8Array): RowTest =>
  (i) => {
    for (let j = start[i] as number, e = end[i] as number; j < e; j++) if (member[data[j] as number] === 1) return true;
    return false;
  };

/** A yes/no fact of the case is `want`. */
function flag(cost: number, fact: FlagFact, want: boolean): Criterion {
  const bit = want ? 1 : 0;
  return {
    cost,
    row: (c) => fact.read(c) === want,
    at: (cols) => {
      const col = cols.flags(fact);
      return (i) => col[i] === bit;
    },
  };
}

/** Choice: the case has ANY of the chosen values in any of the facts. */
const choice =
  (cost: number, ...facts: (IdFact | IdsFact)[]) =>
  (values: string[]): Criterion[] => [anyValue(cost, facts, values)];

/** Day range over an instant of the case (null: the case has none and never matches). */
const dayRange =
  (instant: InstantFact) =>
  (r: DayRange): Criterion[] => {
    const { lo, hi } = dayRangeBounds(r);
    const row: CasePredicate = (c) => {
      const at = instant.read(c);
      return at !== null && at >= lo && at < hi;
    };
    // The bounds as keys: '' is below and '\uffff' above every instant.
    const loKey = lo === '' ? -Infinity : instantKey(lo);
    const hiKey = hi === '\uffff' ? Infinity : instantKey(hi);
    const at = (cols: CaseColumns): RowTest => {
      const rows = cols.rows;
      if (Number.isNaN(loKey) || Number.isNaN(hiKey)) return (i) => row(rows[i] as CaseRow);
      const keys = cols.numbers(instant.key);
      // A key of NaN: an instant in another form, compared as the string it is.
      return (i) => {
        const k = keys[i] as number;
        return (k >= loKey && k < hiKey) || (k !== k && row(rows[i] as CaseRow));
      };
    };
    return [{ cost: 2, row, at }];
  };

const amountRange =
  (amount: NumberFact) =>
  (b: AmountRange): Criterion[] => {
    const min = b.min ?? -Infinity;
    const max = b.max ?? Infinity;
    const within = (t: number) => t >= min && t <= max;
    return [
      {
        cost: 2,
        row: (c) => within(amount.read(c)),
        at: (cols) => {
          const col = cols.numbers(amount);
          return (i) => within(col[i] as number);
        },
      },
    ];
  };

/** Presence: "with" = the case has some, "without" = none. */
const presence =
  (has: FlagFact) =>
  (want: Presence | null): Criterion[] => [flag(1, has, want === 'with')];

const ADVANCED: Record<AdvancedOption, (ctx: FilterContext) => Criterion> = {
  myTask: ({ viewerId }) => anyValue(3, [F.externalUser, F.taskUsers], [viewerId]),
  attention: () => flag(1, F.attention, true),
  noAssignedTasks: () => flag(3, F.assignedTask, false),
  ongoingTasks: () => flag(3, F.ongoingTask, true),
  noOngoingTasks: () => flag(3, F.ongoingTask, false),
  closedNormally: () => flag(1, F.closedNormally, true),
  cashOfferAccepted: () => flag(1, F.cashOfferAccepted, true),
  onHold: () => flag(1, F.onHold, true),
  compensationPreApproved: () => flag(1, F.compensationPreApproved, true),
  subcontractor: () => flag(1, F.subcontractor, true),
  noInspectionReport: () => flag(1, F.inspectionReport, false),
  withWorkItems: () => flag(3, F.workItems, true),
  withExternalCaseHandler: () => flag(1, F.externalCaseHandler, true),
};

/** The handler's side of the filter registry: what each filter means for a case, keyed like `CASE_FILTERS`. */
const CRITERIA: { [K in CaseFilterKey]: Criteria<K> } = {
  office: choice(3, F.externalOffice, F.taskOffices),
  inspectionAt: dayRange(F.inspectionAt),
  // "Bruker": holds the role, or has a task in the case.
  user: choice(3, F.externalUser, F.taskUsers),
  // "Saksrelaterte medlemmer": anyone with a part in the case.
  member: choice(3, F.createdBy, F.caseHandler, F.inspector, F.projectManager, F.externalUser, F.taskMembers),
  createdBy: choice(1, F.createdBy),
  caseHandler: choice(1, F.caseHandler),
  inspector: choice(1, F.inspector),
  projectManager: choice(1, F.projectManager),
  craftsman: choice(3, F.taskUsers),
  status: choice(1, F.status),
  budget: amountRange(F.budget),
  damageType: choice(1, F.damageType),
  inspectionCompany: choice(1, F.inspectionCompany),
  originalOffice: choice(1, F.originalOffice),
  city: choice(1, F.city),
  createdAt: dayRange(F.createdAt),
  invoice: presence(F.invoice),
  remoteVideoCalls: presence(F.remoteVideoCalls),
  remoteVideoMedia: presence(F.remoteVideoMedia),
  remoteVideoOwnCompany: presence(F.remoteVideoOwnCompany),
  // Each ticked option is one criterion of its own.
  advanced: (opts, ctx) => opts.map((o) => ADVANCED[o](ctx)),
};

function criteriaOf<K extends CaseFilterKey>(f: CaseFilterValue, key: K, ctx: FilterContext): Criterion[] {
  const value = f.values[key];
  // An added filter with no values does not narrow the list.
  if (value === undefined || filterDefinition(key).count(value) === 0) return [];
  return CRITERIA[key](value, ctx);
}

/** The criteria of a filter, one per added filter with values and one per ticked advanced option, cheapest first. */
function filterCriteria(f: CaseFilterValue, ctx: FilterContext): Criterion[] {
  return CASE_FILTER_KEYS.flatMap((key) => criteriaOf(f, key, ctx)).sort((a, b) => a.cost - b.cost);
}

/** One predicate of a row for the whole filter ("Alle filtre" = every criterion, "any" = at least one). */
export function compileCaseFilter(f: CaseFilterValue, ctx: FilterContext): CasePredicate {
  return combine(
    filterCriteria(f, ctx).map((c) => c.row),
    f.match,
  );
}

/** The same as one test of a position in the columns (for this request: the columns change with the rows). */
export function caseFilterTest(f: CaseFilterValue, ctx: FilterContext, cols: CaseColumns): RowTest {
  return combine(
    filterCriteria(f, ctx).map((c) => c.at(cols)),
    f.match,
  );
}

/** Holds for every value (an empty filter). */
const always = (): boolean => true;

/** Every test holds (`all`) or at least one does (`any`); no tests: every value passes. */
function combine<T>(tests: ((x: T) => boolean)[], match: FilterMatch): (x: T) => boolean {
  if (tests.length === 0) return always;
  return match === 'any' ? some(tests) : every(tests);
}

function some<T>(tests: ((x: T) => boolean)[]): (x: T) => boolean {
  const n = tests.length;
  if (n === 1) return tests[0] as (x: T) => boolean;
  if (n === 2) {
    const [a, b] = tests as [(x: T) => boolean, (x: T) => boolean];
    return (x) => a(x) || b(x);
  }
  return (x) => {
    for (let i = 0; i < n; i++) if ((tests[i] as (x: T) => boolean)(x)) return true;
    return false;
  };
}

function every<T>(tests: ((x: T) => boolean)[]): (x: T) => boolean {
  const n = tests.length;
  if (n === 1) return tests[0] as (x: T) => boolean;
  if (n === 2) {
    const [a, b] = tests as [(x: T) => boolean, (x: T) => boolean];
    return (x) => a(x) && b(x);
  }
  return (x) => {
    for (let i = 0; i < n; i++) if (!(tests[i] as (x: T) => boolean)(x)) return false;
    return true;
  };
}

/** Every given test holds (nulls are left out): the filter, the search, the scope of one request. */
export function allOf<T>(...tests: (((x: T) => boolean) | null)[]): (x: T) => boolean {
  const ts = tests.filter((t): t is (x: T) => boolean => t !== null && t !== always);
  return ts.length === 0 ? always : every(ts);
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
const SEARCH_TEXT = textFact(searchText);

const searchWords = (text: string) => normaliseCaseSearch(text).toLowerCase().split(' ').filter(Boolean);

/** Every word occurs in the text of the value. */
function containsAll<T>(words: string[], textOf: (x: T) => string): (x: T) => boolean {
  if (words.length === 1) {
    const w = words[0] as string;
    return (x) => textOf(x).includes(w);
  }
  return (x) => {
    const s = textOf(x);
    for (let i = 0; i < words.length; i++) if (!s.includes(words[i] as string)) return false;
    return true;
  };
}

/**
 * The search as one predicate: every word of it (case-insensitive) occurs in the case's text, so
 * "munch oslo" finds Edwards Munchs vei, 1063 Oslo. Null when there is nothing to search for.
 */
export function compileCaseSearch(text: string): CasePredicate | null {
  const words = searchWords(text);
  return words.length === 0 ? null : containsAll(words, searchText);
}

/** The same as a test of a position in the columns. */
export function caseSearchTest(text: string, cols: CaseColumns): RowTest | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const texts = cols.texts(SEARCH_TEXT);
  return containsAll(words, (i: number) => texts[i] as string);
}

// ---------- scanning ----------

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

/** The positions in the columns that pass `test`, in one pass. */
export function scanColumns(cols: CaseColumns, test: RowTest): Matches {
  const n = cols.size;
  const positions = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (test(i)) positions[count++] = i;
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

/** A sort key of every case, kept in a column (computed once per row, not per request). */
const sortKey = (key: (c: CaseRow) => number) => numberFact((c) => Math.min(Math.max(key(c), 0), KEY_LIMIT));
const SORT_KEYS: Record<Exclude<CaseSortKey, 'city'>, NumberFact> = {
  reference: sortKey((c) => c.seq),
  createdAt: primed(sortKey((c) => isoKey(c.createdAt))),
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
  const city = cols.ids(F.city);
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

/** The rows of one page of sorted positions (`row`: the case at a position, see `CaseColumns.row`). */
export function pageRows(
  row: (position: number) => CaseRow,
  sorted: Uint32Array,
  page: number,
  pageSize: number,
): CaseRow[] {
  const start = (page - 1) * pageSize;
  const end = Math.min(sorted.length, start + pageSize);
  const out: CaseRow[] = [];
  for (let i = start; i < end; i++) out.push(row(sorted[i] as number));
  return out;
}

/** Filter, search, sort and page in one call (what GET /cases does, minus access and serialisation). */
export function queryCases(
  rows: readonly CaseRow[],
  q: { filter: CaseFilterValue; search?: string; sort: CaseSort; page: number; pageSize: number },
  ctx: FilterContext,
): { total: number; rows: CaseRow[] } {
  const cols = caseColumns(rows);
  const m = scanColumns(cols, allOf(caseFilterTest(q.filter, ctx, cols), caseSearchTest(q.search ?? '', cols)));
  const sorted = sortPositions(cols, m, q.sort, q.page * q.pageSize);
  return { total: m.count, rows: pageRows(cols.row, sorted, q.page, q.pageSize) };
}
