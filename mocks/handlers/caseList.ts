import {
  CaseScope,
  SearchText,
  DEFAULT_SORT,
  emptyFilter,
  parseCaseListQuery,
  type CaseFilterOptions,
  type CaseListQuery,
  type CaseList,
  type CaseSummary,
  type Dashboard,
  type FilterOption,
} from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { caseRelation, globalPermissions, isInsurerStaff, isNotificationFor } from '../rules/access';
import {
  allOf,
  caseBudgetTotal,
  compileCaseFilter,
  compileCaseSearch,
  pageRows,
  scanCases,
  sortMatches,
  type CasePredicate,
} from '../rules/caseFilters';
import { forbidden, route, unprocessable } from './http';
import { caseParties, caseReference, fullName } from './serialize';
import { isWaitingForOffice } from './timeEvents';

/**
 * Saksliste and Instrumentbord (R6). Filtering, free-text search, sorting and paging happen here, over every case the
 * viewer may see: the insurer's staff see the insurer's cases, partners only the cases they are
 * linked to (`caseRelation`), so a case outside their reach is neither listed nor counted.
 */

/** Which cases exist for the viewer, as one predicate for the scan. */
export function visibleCasePredicate(viewer: UserRow): CasePredicate {
  if (viewer.status !== 'active') return () => false;
  // The insurer's own staff: caseRelation is 'insurer' exactly when the case is their company's.
  // (isInsurerStaff depends on the case only through its company, so it is decided once here.)
  if (isInsurerStaff(viewer, viewer.companyId)) {
    const companyId = viewer.companyId;
    return (c) => c.insurerCompanyId === companyId;
  }
  return (c) => caseRelation(viewer, c) !== null;
}

/** "Saker hvor jeg er ekstern saksbehandler": only users flagged for the role may ask for it. */
function scopePredicate(viewer: UserRow, scope: CaseScope | null): CasePredicate | null {
  if (!scope) return null;
  if (!(viewer.externalCaseHandler && viewer.officeId))
    throw forbidden('forbidden', { permission: 'cases:filterAsExternalHandler' });
  const id = viewer.id;
  return (c) => c.externalUserId === id;
}

export function toCaseSummary(d: Db, c: CaseRow): CaseSummary {
  // The list shows names only; the role holder's e-mail is for the report.
  const { caseHandlerName, externalOfficeName, externalUserName } = caseParties(d, c);
  return {
    id: c.id,
    reference: caseReference(c),
    status: c.status,
    address: { street: c.street, postalCode: c.postalCode, city: c.city, lat: c.lat, lng: c.lng },
    customerName: c.customerName,
    claimNumber: c.claimNumber,
    damageType: c.damageType,
    createdAt: c.createdAt,
    inspectionAt: c.inspectionAt,
    attention: c.attention,
    caseHandlerName,
    externalOfficeName,
    externalUserName,
    taskCount: c.tasks.length,
    budgetTotal: caseBudgetTotal(c),
  };
}

/** GET /cases, callable without HTTP (the bench measures it this way too). */
export function listCases(d: Db, viewer: UserRow, q: CaseListQuery): CaseList {
  const rows = d.cases.all();
  const visible = visibleCasePredicate(viewer);
  const scope = scopePredicate(viewer, q.scope);
  // The search narrows the list whatever the filters' "all"/"any": it is not one of the panel's filters.
  const match = allOf(scope, compileCaseSearch(q.search), compileCaseFilter(q.filter, { viewerId: viewer.id }));
  const m = scanCases(rows, match, visible);
  const sorted = sortMatches(rows, m, q.sort, q.page * q.pageSize);
  return {
    items: pageRows(rows, sorted, q.page, q.pageSize).map((c) => toCaseSummary(d, c)),
    total: m.count,
    page: q.page,
    pageSize: q.pageSize,
  };
}

const collator = new Intl.Collator('nb');
const byLabel = (a: FilterOption, b: FilterOption) => collator.compare(a.label, b.label);

/**
 * The values to choose from, taken from the cases the viewer can see: a partner learns of no office,
 * person or company that is not part of one of their cases.
 */
export function filterOptions(d: Db, viewer: UserRow): CaseFilterOptions {
  const visible = visibleCasePredicate(viewer);
  const ids = {
    office: new Set<string>(),
    user: new Set<string>(),
    member: new Set<string>(),
    createdBy: new Set<string>(),
    caseHandler: new Set<string>(),
    inspector: new Set<string>(),
    projectManager: new Set<string>(),
    craftsman: new Set<string>(),
    inspectionCompany: new Set<string>(),
    originalOffice: new Set<string>(),
    city: new Set<string>(),
  };
  const addMember = (id: string | null) => id !== null && ids.member.add(id);
  for (const c of d.cases.all()) {
    if (!visible(c)) continue;
    ids.city.add(c.city);
    ids.createdBy.add(c.createdById);
    addMember(c.createdById);
    if (c.caseHandlerId) ids.caseHandler.add(c.caseHandlerId);
    addMember(c.caseHandlerId);
    if (c.inspectorId) ids.inspector.add(c.inspectorId);
    addMember(c.inspectorId);
    if (c.projectManagerId) ids.projectManager.add(c.projectManagerId);
    addMember(c.projectManagerId);
    if (c.externalUserId) ids.user.add(c.externalUserId);
    addMember(c.externalUserId);
    if (c.externalOfficeId) ids.office.add(c.externalOfficeId);
    if (c.originalOfficeId) ids.originalOffice.add(c.originalOfficeId);
    if (c.inspectionCompanyId) ids.inspectionCompany.add(c.inspectionCompanyId);
    for (const t of c.tasks) {
      if (t.officeId) ids.office.add(t.officeId);
      if (t.userId) {
        ids.user.add(t.userId);
        ids.craftsman.add(t.userId);
        ids.member.add(t.userId);
      }
      if (t.budget?.addedById) ids.member.add(t.budget.addedById);
    }
  }
  const people = (s: Set<string>): FilterOption[] =>
    [...s]
      .map((id) => d.users.get(id))
      .filter((u): u is UserRow => u !== undefined)
      .map((u) => ({ value: u.id, label: fullName(u), detail: u.email }))
      .sort(byLabel);
  const offices = (s: Set<string>): FilterOption[] =>
    [...s]
      .map((id) => d.offices.get(id))
      .filter((o) => o !== undefined)
      .map((o) => ({ value: o.id, label: o.name }))
      .sort(byLabel);
  return {
    office: offices(ids.office),
    user: people(ids.user),
    member: people(ids.member),
    createdBy: people(ids.createdBy),
    caseHandler: people(ids.caseHandler),
    inspector: people(ids.inspector),
    projectManager: people(ids.projectManager),
    craftsman: people(ids.craftsman),
    inspectionCompany: [...ids.inspectionCompany]
      .map((id) => d.companies.get(id))
      .filter((co) => co !== undefined)
      .map((co) => ({ value: co.id, label: co.name }))
      .sort(byLabel),
    originalOffice: offices(ids.originalOffice),
    city: [...ids.city].map((c) => ({ value: c, label: c })).sort(byLabel),
  };
}

/** Issue 14: the viewer's cases whose office has not assigned a user within the portal's working hours. */
function countWaitingForOffice(rows: readonly CaseRow[], visible: (c: CaseRow) => boolean): number {
  let n = 0;
  for (const c of rows) if (isWaitingForOffice(c) && visible(c)) n++;
  return n;
}

const ATTENTION_ITEMS = 5;
const SCOPE_ITEMS = 20;

export function dashboard(d: Db, viewer: UserRow, scope: CaseScope | null): Dashboard {
  const visible = visibleCasePredicate(viewer);
  const inScope = scopePredicate(viewer, scope);
  const rows = d.cases.all();
  const m = scanCases(rows, inScope ?? (() => true), visible);
  const counts = { open: 0, on_hold: 0, closed: 0, cancelled: 0 };
  for (let i = 0; i < m.count; i++) counts[(rows[m.positions[i] as number] as CaseRow).status]++;
  const attentionFilter = compileCaseFilter(
    { ...emptyFilter(), values: { advanced: ['attention'] } },
    { viewerId: viewer.id },
  );
  const attention = scanCases(rows, (c) => attentionFilter(c) && (inScope ? inScope(c) : true), visible);
  const newestAttention = pageRows(
    rows,
    sortMatches(rows, attention, DEFAULT_SORT, ATTENTION_ITEMS),
    1,
    ATTENTION_ITEMS,
  );
  let unread = 0;
  for (const n of d.notifications.all()) {
    if (n.resolvedAt === null && !n.readBy.includes(viewer.id) && isNotificationFor(n, viewer, d.cases.get(n.caseId)))
      unread++;
  }
  return {
    scope,
    total: m.count,
    countsByStatus: counts,
    attention: { total: attention.count, items: newestAttention.map((c) => toCaseSummary(d, c)) },
    unreadNotifications: unread,
    waitingForOffice: countWaitingForOffice(rows, visible),
    cases: inScope
      ? pageRows(rows, sortMatches(rows, m, DEFAULT_SORT, SCOPE_ITEMS), 1, SCOPE_ITEMS).map((c) => toCaseSummary(d, c))
      : [],
  };
}

/** The platform administrator has no cases: 403 rather than an empty list. */
function requireCaseList(viewer: UserRow, portal: PortalRow) {
  if (!globalPermissions(viewer, portal).includes('cases:list'))
    throw forbidden('forbidden', { permission: 'cases:list' });
}

export const caseListHandlers = [
  route('get', '/cases', ({ db, viewer, portal, url }) => {
    requireCaseList(viewer, portal);
    // The page never sends more than the search box holds; a longer `q` is refused, not cut silently.
    const q = SearchText.safeParse(url.searchParams.get('q') ?? '');
    if (!q.success) throw unprocessable({ q: { code: 'validation.tooLong' } });
    return listCases(db, viewer, parseCaseListQuery(url.searchParams));
  }),
  route('get', '/cases/filter-options', ({ db, viewer, portal }) => {
    requireCaseList(viewer, portal);
    return filterOptions(db, viewer);
  }),
  route('get', '/dashboard', ({ db, viewer, portal, url }) => {
    requireCaseList(viewer, portal);
    const scope = CaseScope.safeParse(url.searchParams.get('scope'));
    return dashboard(db, viewer, scope.success ? scope.data : null);
  }),
];
