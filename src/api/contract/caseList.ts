import { z } from 'zod';
import { IsoDay } from './common';
import { CaseStatus, CaseSummary, DAMAGE_TYPES } from './cases';

/**
 * Saksliste (R6): the filter panel of the guide, shared by the URL, the client and the handlers.
 * A filter is written in the query string exactly as the page's URL holds it, so a shared link or the
 * back button restores the panel, and GET /cases receives the same parameters.
 *
 *   ?user=u-jorn-service&adv=myTask&match=all&sort=-createdAt&page=2&pageSize=100
 *
 * A key present with an empty value (`?status=`) is a filter that was added but has no values yet:
 * the panel shows it with "(0)" and it does not narrow the list.
 */

/** Every filter of "Legg til filter", in the guide's order. Labels: `caseList:filters.<key>`. */
export const CASE_FILTER_KEYS = [
  'office', // Kontor
  'inspectionAt', // Tidspunkt for besiktigelsen
  'user', // Bruker (holds the role or has a task, as the guide notes)
  'member', // Saksrelaterte medlemmer
  'createdBy', // Sak opprettet av
  'caseHandler', // Saksbehandler
  'inspector', // Inspektør
  'projectManager', // Prosjektleder
  'craftsman', // Håndverker
  'status', // Status
  'budget', // Saksbudsjett
  'damageType', // Skadetype
  'inspectionCompany', // Besiktigelsesselskap
  'originalOffice', // Opprinnelig tildelt
  'city', // Poststed
  'createdAt', // Sakens opprettelsesdato
  'invoice', // Faktura
  'remoteVideoCalls', // Remote Video samtaler
  'remoteVideoMedia', // Remote Video media
  'remoteVideoOwnCompany', // Remote Video innbyder - Eget selskap
  'advanced', // Avanserte innstillinger
] as const;
export const CaseFilterKey = z.enum(CASE_FILTER_KEYS);
export type CaseFilterKey = z.infer<typeof CaseFilterKey>;

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

/** How a filter is edited and sent. */
export type CaseFilterKind = 'choice' | 'dateRange' | 'amountRange' | 'presence' | 'advanced';
export const CASE_FILTER_KIND: Record<CaseFilterKey, CaseFilterKind> = {
  office: 'choice', inspectionAt: 'dateRange', user: 'choice', member: 'choice', createdBy: 'choice',
  caseHandler: 'choice', inspector: 'choice', projectManager: 'choice', craftsman: 'choice', status: 'choice',
  budget: 'amountRange', damageType: 'choice', inspectionCompany: 'choice', originalOffice: 'choice', city: 'choice',
  createdAt: 'dateRange', invoice: 'presence', remoteVideoCalls: 'presence', remoteVideoMedia: 'presence',
  remoteVideoOwnCompany: 'presence', advanced: 'advanced',
};
export type ChoiceFilterKey =
  | 'office' | 'user' | 'member' | 'createdBy' | 'caseHandler' | 'inspector' | 'projectManager' | 'craftsman'
  | 'status' | 'damageType' | 'inspectionCompany' | 'originalOffice' | 'city';
export const CHOICE_FILTER_KEYS = CASE_FILTER_KEYS.filter((k) => CASE_FILTER_KIND[k] === 'choice') as ChoiceFilterKey[];
export type DateRangeFilterKey = 'inspectionAt' | 'createdAt';
export type PresenceFilterKey = 'invoice' | 'remoteVideoCalls' | 'remoteVideoMedia' | 'remoteVideoOwnCompany';

/** Faktura / Remote Video: cases with (some) or without (none). */
export const Presence = z.enum(['with', 'without']);
export type Presence = z.infer<typeof Presence>;

/** A day in the calendar, "2026-11-18", read in Norwegian time (Europe/Oslo). */
// A real calendar day in 1900-01-01…2100-12-31 (common.ts): '2026-02-31' and '9999-12-31' are refused.
export { IsoDay };
export const DayRange = z.object({ from: IsoDay.nullable(), to: IsoDay.nullable() });
export type DayRange = z.infer<typeof DayRange>;
export const AmountRange = z.object({ min: z.number().min(0).nullable(), max: z.number().min(0).nullable() });
export type AmountRange = z.infer<typeof AmountRange>;

/** "Vis saker som inneholder den valgte av": Alle filtre (all) or any one of them. */
export const FilterMatch = z.enum(['all', 'any']);
export type FilterMatch = z.infer<typeof FilterMatch>;

export const CASE_SORT_KEYS = ['reference', 'createdAt', 'inspectionAt', 'status', 'city', 'damageType', 'budget'] as const;
export const CaseSortKey = z.enum(CASE_SORT_KEYS);
export type CaseSortKey = z.infer<typeof CaseSortKey>;
export const CaseSort = z.object({ key: CaseSortKey, dir: z.enum(['asc', 'desc']) });
export type CaseSort = z.infer<typeof CaseSort>;
export const DEFAULT_SORT: CaseSort = { key: 'createdAt', dir: 'desc' };

export const PAGE_SIZES = [50, 100, 500, 1000] as const;
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The dashboard's "Saker hvor jeg er ekstern saksbehandler": exactly the cases where the viewer holds
 * the role. Not one of the panel's filters; only for users with `cases:filterAsExternalHandler`.
 */
export const CaseScope = z.enum(['externalCaseHandler']);
export type CaseScope = z.infer<typeof CaseScope>;

/** The filter as a value. Absent keys are filters not added; `[]`/nulls are added but empty. */
export interface CaseFilterValue {
  choices: Partial<Record<ChoiceFilterKey, string[]>>;
  ranges: Partial<Record<DateRangeFilterKey, DayRange>>;
  budget?: AmountRange;
  presence: Partial<Record<PresenceFilterKey, Presence | null>>;
  advanced?: AdvancedOption[];
  match: FilterMatch;
}

export interface CaseListQuery {
  filter: CaseFilterValue;
  scope: CaseScope | null;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

export const emptyFilter = (): CaseFilterValue => ({ choices: {}, ranges: {}, presence: {}, match: 'all' });

const RANGE_PARAMS: Record<DateRangeFilterKey, [string, string]> = {
  inspectionAt: ['inspectionFrom', 'inspectionTo'],
  createdAt: ['createdFrom', 'createdTo'],
};
const ALLOWED_CHOICES: Partial<Record<ChoiceFilterKey, readonly string[]>> = {
  status: CaseStatus.options,
  damageType: DAMAGE_TYPES,
};

function dayOrNull(v: string | null): string | null {
  return v && IsoDay.safeParse(v).success ? v : null;
}
function amountOrNull(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Reads a query string leniently: unknown keys and malformed values are ignored (a hand-edited link
 * shows what it can), so the URL never breaks the page.
 */
export function parseCaseListQuery(sp: URLSearchParams): CaseListQuery {
  const filter = emptyFilter();
  for (const key of CHOICE_FILTER_KEYS) {
    if (!sp.has(key)) continue;
    const allowed = ALLOWED_CHOICES[key];
    const values = [...new Set(sp.getAll(key).filter((v) => v !== '' && (!allowed || allowed.includes(v))))];
    filter.choices[key] = values;
  }
  for (const key of ['inspectionAt', 'createdAt'] as const) {
    const [fromKey, toKey] = RANGE_PARAMS[key];
    if (!sp.has(fromKey) && !sp.has(toKey)) continue;
    filter.ranges[key] = { from: dayOrNull(sp.get(fromKey)), to: dayOrNull(sp.get(toKey)) };
  }
  if (sp.has('budgetMin') || sp.has('budgetMax')) {
    filter.budget = { min: amountOrNull(sp.get('budgetMin')), max: amountOrNull(sp.get('budgetMax')) };
  }
  for (const key of ['invoice', 'remoteVideoCalls', 'remoteVideoMedia', 'remoteVideoOwnCompany'] as const) {
    if (!sp.has(key)) continue;
    const p = Presence.safeParse(sp.get(key));
    filter.presence[key] = p.success ? p.data : null;
  }
  if (sp.has('adv')) {
    const opts = new Set(sp.getAll('adv'));
    filter.advanced = ADVANCED_OPTIONS.filter((o) => opts.has(o));
  }
  filter.match = sp.get('match') === 'any' ? 'any' : 'all';

  const scope = CaseScope.safeParse(sp.get('scope'));
  const rawSort = sp.get('sort') ?? '';
  const desc = rawSort.startsWith('-');
  const sortKey = CaseSortKey.safeParse(desc ? rawSort.slice(1) : rawSort);
  const sort: CaseSort = sortKey.success ? { key: sortKey.data, dir: desc ? 'desc' : 'asc' } : DEFAULT_SORT;
  const page = Math.max(1, Math.floor(Number(sp.get('page')) || 1));
  const size = Number(sp.get('pageSize'));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
  return { filter, scope: scope.success ? scope.data : null, sort, page, pageSize };
}

/** Writes a query back in a stable order (so equal filters give equal URLs and cache keys). Defaults are left out. */
export function caseListQueryToSearch(q: CaseListQuery): URLSearchParams {
  const sp = new URLSearchParams();
  const f = q.filter;
  for (const key of CASE_FILTER_KEYS) {
    const kind = CASE_FILTER_KIND[key];
    if (kind === 'choice') {
      const values = f.choices[key as ChoiceFilterKey];
      if (!values) continue;
      if (values.length === 0) sp.append(key, '');
      else for (const v of values) sp.append(key, v);
    } else if (kind === 'dateRange') {
      const r = f.ranges[key as DateRangeFilterKey];
      if (!r) continue;
      const [fromKey, toKey] = RANGE_PARAMS[key as DateRangeFilterKey];
      sp.set(fromKey, r.from ?? '');
      if (r.to) sp.set(toKey, r.to);
    } else if (kind === 'amountRange') {
      if (!f.budget) continue;
      sp.set('budgetMin', f.budget.min === null ? '' : String(f.budget.min));
      if (f.budget.max !== null) sp.set('budgetMax', String(f.budget.max));
    } else if (kind === 'presence') {
      const k = key as PresenceFilterKey;
      if (!(k in f.presence)) continue;
      sp.set(k, f.presence[k] ?? '');
    } else if (f.advanced) {
      if (f.advanced.length === 0) sp.append('adv', '');
      else for (const o of f.advanced) sp.append('adv', o);
    }
  }
  if (f.match === 'any') sp.set('match', 'any');
  if (q.scope) sp.set('scope', q.scope);
  if (q.sort.key !== DEFAULT_SORT.key || q.sort.dir !== DEFAULT_SORT.dir) sp.set('sort', `${q.sort.dir === 'desc' ? '-' : ''}${q.sort.key}`);
  if (q.page > 1) sp.set('page', String(q.page));
  if (q.pageSize !== DEFAULT_PAGE_SIZE) sp.set('pageSize', String(q.pageSize));
  return sp;
}

/** Which filters are added, in the guide's order (the panel shows one group for each). */
export function activeFilterKeys(f: CaseFilterValue): CaseFilterKey[] {
  return CASE_FILTER_KEYS.filter((key) => {
    switch (CASE_FILTER_KIND[key]) {
      case 'choice': return f.choices[key as ChoiceFilterKey] !== undefined;
      case 'dateRange': return f.ranges[key as DateRangeFilterKey] !== undefined;
      case 'amountRange': return f.budget !== undefined;
      case 'presence': return key in f.presence;
      case 'advanced': return f.advanced !== undefined;
    }
  });
}

/** The "(1)" of a filter group: how many values it holds. */
export function filterValueCount(f: CaseFilterValue, key: CaseFilterKey): number {
  switch (CASE_FILTER_KIND[key]) {
    case 'choice': return f.choices[key as ChoiceFilterKey]?.length ?? 0;
    case 'dateRange': {
      const r = f.ranges[key as DateRangeFilterKey];
      return r && (r.from || r.to) ? 1 : 0;
    }
    case 'amountRange': return f.budget && (f.budget.min !== null || f.budget.max !== null) ? 1 : 0;
    case 'presence': return f.presence[key as PresenceFilterKey] ? 1 : 0;
    case 'advanced': return f.advanced?.length ?? 0;
  }
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

export const CaseStatusCounts = z.object({ open: z.number().int(), on_hold: z.number().int(), closed: z.number().int(), cancelled: z.number().int() });
export type CaseStatusCounts = z.infer<typeof CaseStatusCounts>;

/** GET /dashboard[?scope=externalCaseHandler]: the widgets over the viewer's cases (or the scope's). */
export const Dashboard = z.object({
  scope: CaseScope.nullable(),
  total: z.number().int(),
  countsByStatus: CaseStatusCounts,
  /** Handling kreves (Oppmerksomhet): how many, and the newest few. */
  attention: z.object({ total: z.number().int(), items: z.array(CaseSummary) }),
  unreadNotifications: z.number().int(),
  /** With the scope: the first cases of it (newest first); the case list shows the rest. */
  cases: z.array(CaseSummary),
});
export type Dashboard = z.infer<typeof Dashboard>;
