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
import { caseRelation, globalPermissions, isInsurerStaff } from '../rules/access';
import { caseColumns, flagFact, idFact, primed, type CaseColumns } from '../rules/caseColumns';
import {
  CASE_FACTS,
  allOf,
  caseBudgetTotal,
  caseFilterTest,
  caseSearchTest,
  pageRows,
  scanColumns,
  sortPositions,
  type CasePredicate,
  type RowTest,
} from '../rules/caseFilters';
import { forbidden, route, unprocessable } from './http';
import { notificationsFor } from './notifications';
import { caseParties, caseReference, fullName } from './serialize';
import { isWaitingForOffice } from './timeEvents';

/**
 * Saksliste and Instrumentbord (R6). Filtering, free-text search, sorting and paging happen here, over every case the
 * viewer may see: the insurer's staff see the insurer's cases, partners only the cases they are
 * linked to (`caseRelation`), so a case outside their reach is neither listed nor counted.
 */

/**
 * Which cases exist for the viewer: none (not active); the insurer's own staff, their company's cases
 * (caseRelation is 'insurer' exactly then, and isInsurerStaff depends on the case only through its
 * company, so it is decided once here); anyone else, the cases `caseRelation` links them to.
 */
function visibility(viewer: UserRow): { kind: 'none' } | { kind: 'company'; companyId: string } | { kind: 'linked' } {
  if (viewer.status !== 'active') return { kind: 'none' };
  if (isInsurerStaff(viewer, viewer.companyId)) return { kind: 'company', companyId: viewer.companyId };
  return { kind: 'linked' };
}

/** Which cases exist for the viewer, as one predicate of a row. */
export function visibleCasePredicate(viewer: UserRow): CasePredicate {
  const v = visibility(viewer);
  switch (v.kind) {
    case 'none':
      return () => false;
    case 'company':
      return (c) => c.insurerCompanyId === v.companyId;
    case 'linked':
      return (c) => caseRelation(viewer, c) !== null;
  }
}

const INSURER_COMPANY = primed(idFact((c) => c.insurerCompanyId));

/** The same as a test of a position in the columns. */
export function visibleCaseTest(viewer: UserRow, cols: CaseColumns): RowTest {
  const v = visibility(viewer);
  switch (v.kind) {
    case 'none':
      return () => false;
    case 'company': {
      const company = cols.ids(INSURER_COMPANY);
      const member = cols.members([v.companyId]);
      return (i) => member[company[i] as number] === 1;
    }
    case 'linked': {
      const rows = cols.rows;
      return (i) => caseRelation(viewer, rows[i] as CaseRow) !== null;
    }
  }
}

/** "Saker hvor jeg er ekstern saksbehandler": only users flagged for the role may ask for it. */
function scopeTest(viewer: UserRow, scope: CaseScope | null, cols: CaseColumns): RowTest | null {
  if (!scope) return null;
  if (!(viewer.externalCaseHandler && viewer.officeId))
    throw forbidden('forbidden', { permission: 'cases:filterAsExternalHandler' });
  const holder = cols.ids(CASE_FACTS.externalUser);
  const member = cols.members([viewer.id]);
  return (i) => member[holder[i] as number] === 1;
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
  const cols = caseColumns(d.cases);
  const scope = scopeTest(viewer, q.scope, cols);
  // The search narrows the list whatever the filters' "all"/"any": it is not one of the panel's filters.
  // Cheapest first (the result does not depend on the order): a partner's relation to a case is last.
  const match = allOf(
    scope,
    caseFilterTest(q.filter, { viewerId: viewer.id }, cols),
    caseSearchTest(q.search, cols),
    visibleCaseTest(viewer, cols),
  );
  const m = scanColumns(cols, match);
  const sorted = sortPositions(cols, m, q.sort, q.page * q.pageSize);
  return {
    items: pageRows(cols.row, sorted, q.page, q.pageSize).map((c) => toCaseSummary(d, c)),
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

const WAITING_FOR_OFFICE = primed(flagFact(isWaitingForOffice));

/** Issue 14: the viewer's cases whose office has not assigned a user within the portal's working hours. */
function countWaitingForOffice(cols: CaseColumns, visible: (c: CaseRow) => boolean): number {
  const waiting = cols.flags(WAITING_FOR_OFFICE);
  let n = 0;
  for (let i = waiting.indexOf(1); i >= 0; i = waiting.indexOf(1, i + 1)) if (visible(cols.row(i))) n++;
  return n;
}

const ATTENTION_ITEMS = 5;
const SCOPE_ITEMS = 20;

export function dashboard(d: Db, viewer: UserRow, scope: CaseScope | null): Dashboard {
  const cols = caseColumns(d.cases);
  const inScope = scopeTest(viewer, scope, cols);
  const visible = visibleCaseTest(viewer, cols);
  const m = scanColumns(cols, allOf(inScope, visible));
  // Counted from the status column, not by reading up to 100,000 rows scattered over the heap.
  const counts = { open: 0, on_hold: 0, closed: 0, cancelled: 0 };
  const statuses = Object.keys(counts) as CaseRow['status'][];
  const column = cols.ids(CASE_FACTS.status); // first: it puts the statuses in the columns' dictionary
  const perId = new Uint32Array(cols.idCount);
  for (let i = 0; i < m.count; i++) perId[column[m.positions[i] as number] as number]!++;
  for (const s of statuses) {
    const id = cols.idOf(s);
    counts[s] = id === undefined ? 0 : (perId[id] as number);
  }
  const attentionFilter = caseFilterTest(
    { ...emptyFilter(), values: { advanced: ['attention'] } },
    { viewerId: viewer.id },
    cols,
  );
  const attention = scanColumns(cols, allOf(attentionFilter, inScope, visible));
  const newestAttention = pageRows(
    cols.row,
    sortPositions(cols, attention, DEFAULT_SORT, ATTENTION_ITEMS),
    1,
    ATTENTION_ITEMS,
  );
  const unread = notificationsFor(d, viewer).filter(
    (n) => n.resolvedAt === null && !n.readBy.includes(viewer.id),
  ).length;
  return {
    scope,
    total: m.count,
    countsByStatus: counts,
    attention: { total: attention.count, items: newestAttention.map((c) => toCaseSummary(d, c)) },
    unreadNotifications: unread,
    waitingForOffice: countWaitingForOffice(cols, visibleCasePredicate(viewer)),
    cases: inScope
      ? pageRows(cols.row, sortPositions(cols, m, DEFAULT_SORT, SCOPE_ITEMS), 1, SCOPE_ITEMS).map((c) =>
          toCaseSummary(d, c),
        )
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
