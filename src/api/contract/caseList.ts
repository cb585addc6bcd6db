import { z } from 'zod';
import { CaseStatus, CaseSummary, DAMAGE_TYPES } from './cases';
import { oreToDecimal, Ore, parseAmountOre } from './common';

/**
 * Saksliste (R6): the filter panel of the guide, shared by the URL, the client and the handlers.
 * A filter is written in the query string exactly as the page's URL holds it, so a shared link or the
 * back button restores the panel, and GET /cases receives the same parameters.
 *
 *   ?user=u-jorn-service&adv=myTask&match=all&q=munch&sort=-createdAt&page=2&pageSize=100
 *
 * A key present with an empty value (`?status=`) is a filter that was added but has no values yet:
 * the panel shows it with "(0)" and it does not narrow the list.
 *
 * The filter registry (`CASE_FILTERS`, docs/decisions/005-filter-registry.md): one entry per filter of
 * "Legg til filter", each made by one *kind* (`choice`, `dateRange`, `amountRange`, `presence`,
 * `advanced`) that reads it from the URL, writes it back, counts its values and empties it. The key
 * unions, the URL codec and the panel's operations are derived from it; the handler's criteria
 * (mocks/rules/caseFilters.ts) and the panel's labels and editors (features/case-list/filterKinds.tsx)
 * are tables keyed by the same keys and kinds, so adding a filter is one entry here, and the compiler
 * names every other place that needs one (its criterion; a new kind also needs its label and editor).
 */

/** The thirteen options of "Avanserte innstillinger", in the guide's order. Labels: `caseList:advanced.<key>`. */
export const ADVANCED_OPTIONS = [
  'myTask', // Min oppgave
  'attention', // Handling kreves (Oppmerksomhet)
  'noAssignedTasks', // Saker uten noen tildelte oppgaver
  'ongoingTasks', // Saker med pågående oppgaver
  'noOngoingTasks', // Saker med ingen pågående oppgaver
  'closedNormally', // Avsluttet normalt (Årsak til avslutning av saken)
  'cashOfferAccepted', // Kontanttilbud akseptert (Årsak til avslutning av saken)
  'onHold', // På vent
  'compensationPreApproved', // Erstatning forhåndsgodkjent
  'subcontractor', // Underleverandør
  'noInspectionReport', // Saker uten besiktigelsesrapport
  'withWorkItems', // Saker hvor det er lagt til arbeidsposter
  'withExternalCaseHandler', // Saker med ekstern saksbehandler
] as const;
export const AdvancedOption = z.enum(ADVANCED_OPTIONS);
export type AdvancedOption = z.infer<typeof AdvancedOption>;

/** Faktura / Remote Video: cases with (some) or without (none). */
export const Presence = z.enum(['with', 'without']);
export type Presence = z.infer<typeof Presence>;

/** The calendar days the portal knows (a bound keeps date arithmetic and formatting safe). */
export const DAY_MIN = '1900-01-01';
export const DAY_MAX = '2100-12-31';

/** Whether `s` is a real calendar day "YYYY-MM-DD" within DAY_MIN…DAY_MAX ("2026-02-31" and "2026-99-99" are not). */
export function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || s < DAY_MIN || s > DAY_MAX) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A day in the calendar, "2026-11-18", read in Norwegian time (Europe/Oslo). */
export const IsoDay = z.string().refine(isCalendarDay, { message: 'validation.invalid' });
export const DayRange = z.object({ from: IsoDay.nullable(), to: IsoDay.nullable() });
export type DayRange = z.infer<typeof DayRange>;
/** Saksbudsjett from … to, in øre (the URL writes NOK, see `amountRange` below). */
export const AmountRange = z.object({ min: Ore.nullable(), max: Ore.nullable() });
export type AmountRange = z.infer<typeof AmountRange>;

/** "Vis saker som inneholder den valgte av": Alle filtre (all) or any one of them. */
export const FilterMatch = z.enum(['all', 'any']);
export type FilterMatch = z.infer<typeof FilterMatch>;

// ---------- the filter kinds ----------

/** The value each kind holds. `null`s and `[]` are "added but empty". */
export interface FilterKindValues {
  choice: string[];
  dateRange: DayRange;
  amountRange: AmountRange;
  presence: Presence | null;
  advanced: AdvancedOption[];
}
/** How a filter is edited and sent. */
export type CaseFilterKind = keyof FilterKindValues;

/**
 * What every filter can do, implemented once per kind. `parse` is lenient (a hand-edited link shows what
 * it can): a malformed value is dropped, never an error; `undefined` means the filter is not added.
 */
export interface FilterDefinition<Kd extends CaseFilterKind> {
  kind: Kd;
  /** The query parameters the filter owns. */
  params: readonly string[];
  parse(sp: URLSearchParams): FilterKindValues[Kd] | undefined;
  write(sp: URLSearchParams, value: FilterKindValues[Kd]): void;
  /** The "(1)" of the group; a filter narrows the list only when this is above 0. */
  count(value: FilterKindValues[Kd]): number;
  /** "Tilbakestill": the filter stays in the panel with no values. */
  empty(): FilterKindValues[Kd];
}
type AnyFilterDefinition = { [Kd in CaseFilterKind]: FilterDefinition<Kd> }[CaseFilterKind];

/** A choice filter: any of the chosen values. `fixed`: the values are a fixed list (labelled `caseList:<key>.<value>`), not GET /cases/filter-options. */
export interface ChoiceDefinition extends FilterDefinition<'choice'> {
  fixed: readonly string[] | null;
}
function choice(param: string, fixed: readonly string[] | null = null): ChoiceDefinition {
  return {
    kind: 'choice',
    params: [param],
    fixed,
    parse: (sp) =>
      sp.has(param)
        ? [...new Set(sp.getAll(param).filter((v) => v !== '' && (!fixed || fixed.includes(v))))]
        : undefined,
    write: (sp, values) => {
      if (values.length === 0) sp.append(param, '');
      else for (const v of values) sp.append(param, v);
    },
    count: (values) => values.length,
    empty: () => [],
  };
}

const dayOrNull = (v: string | null): string | null => (v && isCalendarDay(v) ? v : null);
function dateRange(fromParam: string, toParam: string): FilterDefinition<'dateRange'> {
  return {
    kind: 'dateRange',
    params: [fromParam, toParam],
    parse: (sp) =>
      sp.has(fromParam) || sp.has(toParam)
        ? { from: dayOrNull(sp.get(fromParam)), to: dayOrNull(sp.get(toParam)) }
        : undefined,
    write: (sp, r) => {
      sp.set(fromParam, r.from ?? '');
      if (r.to) sp.set(toParam, r.to);
    },
    count: (r) => (r.from || r.to ? 1 : 0),
    empty: () => ({ from: null, to: null }),
  };
}

/** A URL's NOK amount ("5000", "5000.5") as øre; null when empty or not an amount the portal accepts. */
function amountOrNull(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const ore = parseAmountOre(v);
  return Ore.safeParse(ore).success ? ore : null;
}
/**
 * The URL (and so GET /cases) keeps the amounts in NOK as plain decimals (`?budgetMin=5000.5`), as links
 * shared before money moved to øre hold them; the parsed filter holds øre.
 */
function amountRange(minParam: string, maxParam: string): FilterDefinition<'amountRange'> {
  return {
    kind: 'amountRange',
    params: [minParam, maxParam],
    parse: (sp) =>
      sp.has(minParam) || sp.has(maxParam)
        ? { min: amountOrNull(sp.get(minParam)), max: amountOrNull(sp.get(maxParam)) }
        : undefined,
    write: (sp, b) => {
      sp.set(minParam, b.min === null ? '' : oreToDecimal(b.min));
      if (b.max !== null) sp.set(maxParam, oreToDecimal(b.max));
    },
    count: (b) => (b.min !== null || b.max !== null ? 1 : 0),
    empty: () => ({ min: null, max: null }),
  };
}

function presence(param: string): FilterDefinition<'presence'> {
  return {
    kind: 'presence',
    params: [param],
    parse: (sp) => {
      if (!sp.has(param)) return undefined;
      const p = Presence.safeParse(sp.get(param));
      return p.success ? p.data : null;
    },
    write: (sp, p) => sp.set(param, p ?? ''),
    count: (p) => (p ? 1 : 0),
    empty: () => null,
  };
}

function advanced(param: string): FilterDefinition<'advanced'> {
  return {
    kind: 'advanced',
    params: [param],
    parse: (sp) => {
      if (!sp.has(param)) return undefined;
      const opts = new Set(sp.getAll(param));
      return ADVANCED_OPTIONS.filter((o) => opts.has(o));
    },
    write: (sp, opts) => {
      if (opts.length === 0) sp.append(param, '');
      else for (const o of opts) sp.append(param, o);
    },
    count: (opts) => opts.length,
    empty: () => [],
  };
}

/** Every filter of "Legg til filter", in the guide's order. Labels: `caseList:filters.<key>`. */
export const CASE_FILTERS = {
  office: choice('office'), // Kontor
  inspectionAt: dateRange('inspectionFrom', 'inspectionTo'), // Tidspunkt for besiktigelsen
  user: choice('user'), // Bruker (holds the role or has a task, as the guide notes)
  member: choice('member'), // Saksrelaterte medlemmer
  createdBy: choice('createdBy'), // Sak opprettet av
  caseHandler: choice('caseHandler'), // Saksbehandler
  inspector: choice('inspector'), // Inspektør
  projectManager: choice('projectManager'), // Prosjektleder
  craftsman: choice('craftsman'), // Håndverker
  status: choice('status', CaseStatus.options), // Status
  budget: amountRange('budgetMin', 'budgetMax'), // Saksbudsjett
  damageType: choice('damageType', DAMAGE_TYPES), // Skadetype
  inspectionCompany: choice('inspectionCompany'), // Besiktigelsesselskap
  originalOffice: choice('originalOffice'), // Opprinnelig tildelt
  city: choice('city'), // Poststed
  createdAt: dateRange('createdFrom', 'createdTo'), // Sakens opprettelsesdato
  invoice: presence('invoice'), // Faktura
  remoteVideoCalls: presence('remoteVideoCalls'), // Remote Video samtaler
  remoteVideoMedia: presence('remoteVideoMedia'), // Remote Video media
  remoteVideoOwnCompany: presence('remoteVideoOwnCompany'), // Remote Video innbyder - Eget selskap
  advanced: advanced('adv'), // Avanserte innstillinger
} satisfies Record<string, AnyFilterDefinition>;

type Definitions = typeof CASE_FILTERS;
export type CaseFilterKey = keyof Definitions;
export const CASE_FILTER_KEYS = Object.keys(CASE_FILTERS) as [CaseFilterKey, ...CaseFilterKey[]];
export const CaseFilterKey = z.enum(CASE_FILTER_KEYS);

export type FilterKindOf<K extends CaseFilterKey> = Definitions[K]['kind'];
export type FilterValueOf<K extends CaseFilterKey> = FilterKindValues[FilterKindOf<K>];
export type FilterKeyOfKind<Kd extends CaseFilterKind> = {
  [K in CaseFilterKey]: FilterKindOf<K> extends Kd ? K : never;
}[CaseFilterKey];
export type ChoiceFilterKey = FilterKeyOfKind<'choice'>;
export type DateRangeFilterKey = FilterKeyOfKind<'dateRange'>;
export type PresenceFilterKey = FilterKeyOfKind<'presence'>;

/** The registry seen through a key: the definition's value type follows the key (no casts at the call sites). */
type DefinitionOf = { [K in CaseFilterKey]: FilterDefinition<FilterKindOf<K>> };
const DEFINITIONS: DefinitionOf = CASE_FILTERS;
export const filterDefinition = <K extends CaseFilterKey>(key: K): DefinitionOf[K] => DEFINITIONS[key];
export const filterKind = <K extends CaseFilterKey>(key: K): FilterKindOf<K> => DEFINITIONS[key].kind;

/** The filter as a value: one entry per added filter (absent = not added), and how they combine. */
export type CaseFilterValues = { [K in CaseFilterKey]?: FilterKindValues[Definitions[K]['kind']] };
export interface CaseFilterValue {
  values: CaseFilterValues;
  match: FilterMatch;
}

export const emptyFilter = (): CaseFilterValue => ({ values: {}, match: 'all' });

/** Sets one entry. (TypeScript reads a generic *write* to a mapped type too strictly; reads need no help.) */
function setValue<K extends CaseFilterKey>(values: CaseFilterValues, key: K, value: FilterValueOf<K>) {
  (values as Partial<Record<K, FilterValueOf<K>>>)[key] = value;
}

/** The filter with `key` set to `value` (added if it was not). */
export function withFilterValue<K extends CaseFilterKey>(
  f: CaseFilterValue,
  key: K,
  value: FilterValueOf<K>,
): CaseFilterValue {
  const values: CaseFilterValues = { ...f.values };
  setValue(values, key, value);
  return { ...f, values };
}

/** "Slett": the filter leaves the panel. */
export function withoutFilter(f: CaseFilterValue, key: CaseFilterKey): CaseFilterValue {
  const values: CaseFilterValues = { ...f.values };
  delete values[key];
  return { ...f, values };
}

/** "Tilbakestill": the filter stays in the panel with no values. */
export const resetFilter = <K extends CaseFilterKey>(f: CaseFilterValue, key: K) =>
  withFilterValue(f, key, filterDefinition(key).empty());

/** Which filters are added, in the guide's order (the panel shows one group for each). */
export const activeFilterKeys = (f: CaseFilterValue): CaseFilterKey[] =>
  CASE_FILTER_KEYS.filter((key) => f.values[key] !== undefined);

/** The "(1)" of a filter group: how many values it holds. */
export function filterValueCount<K extends CaseFilterKey>(f: CaseFilterValue, key: K): number {
  const value = f.values[key];
  return value === undefined ? 0 : filterDefinition(key).count(value);
}

// ---------- sort, paging, search, scope ----------

export const CASE_SORT_KEYS = [
  'reference',
  'createdAt',
  'inspectionAt',
  'status',
  'city',
  'damageType',
  'budget',
] as const;
export const CaseSortKey = z.enum(CASE_SORT_KEYS);
export type CaseSortKey = z.infer<typeof CaseSortKey>;
export const CaseSort = z.object({ key: CaseSortKey, dir: z.enum(['asc', 'desc']) });
export type CaseSort = z.infer<typeof CaseSort>;
export const DEFAULT_SORT: CaseSort = { key: 'createdAt', dir: 'desc' };

export const PAGE_SIZES = [50, 100, 500, 1000] as const;
export const DEFAULT_PAGE_SIZE = 100;
/** Far beyond any real list (100,000 cases / 50), and small enough that page × pageSize stays exact. */
export const MAX_PAGE = 1_000_000;

/**
 * The free-text search (`?q=`): case number, address, customer, skadenummer and poststed, every word
 * somewhere in them. Whitespace is collapsed and the text bounded, so equal searches give equal URLs.
 */
export const SEARCH_MAX_LENGTH = 100;
export const normaliseCaseSearch = (text: string) =>
  text.replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_LENGTH).trim();

/**
 * The dashboard's "Saker hvor jeg er ekstern saksbehandler": exactly the cases where the viewer holds
 * the role. Not one of the panel's filters; only for users with `cases:filterAsExternalHandler`.
 */
export const CaseScope = z.enum(['externalCaseHandler']);
export type CaseScope = z.infer<typeof CaseScope>;

export interface CaseListQuery {
  filter: CaseFilterValue;
  /** Free text, normalised (`normaliseCaseSearch`); '' = no search. */
  search: string;
  scope: CaseScope | null;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

/** The list as it opens: no filter, no search, newest first, page 1. */
export const defaultCaseListQuery = (): CaseListQuery => ({
  filter: emptyFilter(),
  search: '',
  scope: null,
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
});

function readFilter<K extends CaseFilterKey>(sp: URLSearchParams, key: K, values: CaseFilterValues) {
  const value = filterDefinition(key).parse(sp);
  if (value !== undefined) setValue(values, key, value);
}

/**
 * Reads a query string leniently: unknown keys and malformed values (an impossible date, a negative
 * page) are ignored (a hand-edited link shows what it can), so the URL never breaks the page, and the
 * handler, which reads the same way, never fails on it.
 */
export function parseCaseListQuery(sp: URLSearchParams): CaseListQuery {
  const filter = emptyFilter();
  for (const key of CASE_FILTER_KEYS) readFilter(sp, key, filter.values);
  filter.match = sp.get('match') === 'any' ? 'any' : 'all';

  const scope = CaseScope.safeParse(sp.get('scope'));
  const rawSort = sp.get('sort') ?? '';
  const desc = rawSort.startsWith('-');
  const sortKey = CaseSortKey.safeParse(desc ? rawSort.slice(1) : rawSort);
  const sort: CaseSort = sortKey.success ? { key: sortKey.data, dir: desc ? 'desc' : 'asc' } : DEFAULT_SORT;
  const page = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(sp.get('page')) || 1)));
  const size = Number(sp.get('pageSize'));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
  const search = normaliseCaseSearch(sp.get('q') ?? '');
  return { filter, search, scope: scope.success ? scope.data : null, sort, page, pageSize };
}

function writeFilter<K extends CaseFilterKey>(sp: URLSearchParams, key: K, f: CaseFilterValue) {
  const value = f.values[key];
  if (value !== undefined) filterDefinition(key).write(sp, value);
}

/** Writes a query back in a stable order (so equal filters give equal URLs and cache keys). Defaults are left out. */
export function caseListQueryToSearch(q: CaseListQuery): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of CASE_FILTER_KEYS) writeFilter(sp, key, q.filter);
  if (q.filter.match === 'any') sp.set('match', 'any');
  const search = normaliseCaseSearch(q.search);
  if (search) sp.set('q', search);
  if (q.scope) sp.set('scope', q.scope);
  if (q.sort.key !== DEFAULT_SORT.key || q.sort.dir !== DEFAULT_SORT.dir)
    sp.set('sort', `${q.sort.dir === 'desc' ? '-' : ''}${q.sort.key}`);
  if (q.page > 1) sp.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) sp.set('pageSize', String(q.pageSize));
  return sp;
}

/**
 * A link into the case list (the dashboard's "Vis … i sakslisten"): the given filter values, scope and
 * search on top of the list's defaults, written by the same codec as the page's own URL.
 */
export function caseListHref(
  parts: { values?: CaseFilterValues; scope?: CaseScope | null; search?: string } = {},
): string {
  const q = defaultCaseListQuery();
  const search = caseListQueryToSearch({
    ...q,
    filter: { ...q.filter, values: parts.values ?? {} },
    scope: parts.scope ?? null,
    search: parts.search ?? '',
  }).toString();
  return search ? `/cases?${search}` : '/cases';
}

/** A choosable value of a filter ("Jørn Service", "Hans & Jørn Servicepartner - Oslo", "Bergen"). */
export const FilterOption = z.object({ value: z.string(), label: z.string(), detail: z.string().optional() });
export type FilterOption = z.infer<typeof FilterOption>;
/**
 * GET /cases/filter-options: the values of the choice filters, limited to what the viewer may know
 * (the people, offices and companies of the cases they can see). Status and Skadetype are fixed lists
 * labelled by the client.
 */
export const CaseFilterOptions = z.object({
  office: z.array(FilterOption),
  user: z.array(FilterOption),
  member: z.array(FilterOption),
  createdBy: z.array(FilterOption),
  caseHandler: z.array(FilterOption),
  inspector: z.array(FilterOption),
  projectManager: z.array(FilterOption),
  craftsman: z.array(FilterOption),
  inspectionCompany: z.array(FilterOption),
  originalOffice: z.array(FilterOption),
  city: z.array(FilterOption),
});
export type CaseFilterOptions = z.infer<typeof CaseFilterOptions>;

// ---------- Instrumentbord (dashboard) ----------

export const CaseStatusCounts = z.object({
  open: z.number().int(),
  on_hold: z.number().int(),
  closed: z.number().int(),
  cancelled: z.number().int(),
});
export type CaseStatusCounts = z.infer<typeof CaseStatusCounts>;

/** GET /dashboard[?scope=externalCaseHandler]: the widgets over the viewer's cases (or the scope's). */
export const Dashboard = z.object({
  scope: CaseScope.nullable(),
  total: z.number().int(),
  countsByStatus: CaseStatusCounts,
  /** Handling kreves (Oppmerksomhet): how many, and the newest few. */
  attention: z.object({ total: z.number().int(), items: z.array(CaseSummary) }),
  unreadNotifications: z.number().int(),
  /** Issue 14: cases waiting for their office beyond the portal's working hours ("Venter på kontor"). */
  waitingForOffice: z.number().int(),
  /** With the scope: the first cases of it (newest first); the case list shows the rest. */
  cases: z.array(CaseSummary),
});
export type Dashboard = z.infer<typeof Dashboard>;
