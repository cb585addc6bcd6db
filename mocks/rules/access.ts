import { RIGHT_KEYS, type CasePermission, type CaseViewer, type GlobalPermission } from '@/api/contract';
import type { CaseRow, NotificationRow, OfficeRow, PortalRow, UserRow } from '../db/schema';

/**
 * Pure domain rules: who may do what. Handlers call these; tests drive them as tables.
 * Deny by default: every function answers "no" unless a rule grants it.
 */

export const isInsurerStaff = (u: UserRow, insurerCompanyId: string) =>
  u.companyId === insurerCompanyId && (u.authLevel === 'company_admin' || u.authLevel === 'case_handler');

export function globalPermissions(u: UserRow, portal: PortalRow): GlobalPermission[] {
  if (u.status !== 'active') return [];
  const p: GlobalPermission[] = [];
  if (u.authLevel === 'platform_admin') p.push('roleDefinition:edit');
  if (u.authLevel === 'company_admin' && u.companyId === portal.insurerCompanyId)
    p.push('members:manage', 'reports:view');
  // The insurer's settings (its partner network) are read by those who give tasks to partners.
  if (isInsurerStaff(u, portal.insurerCompanyId)) p.push('partnerNetwork:view');
  if (u.authLevel !== 'platform_admin') p.push('cases:list');
  if (u.externalCaseHandler && u.officeId) p.push('cases:filterAsExternalHandler');
  return p;
}

/** Only the insurer's company admin may edit members, and only members of the portal's companies. */
export const canManageMembers = (actor: UserRow, portal: PortalRow) =>
  globalPermissions(actor, portal).includes('members:manage');

/** "Ekstern saksbehandler" may be set by the insurer only, and only on partner users who belong to an office. */
export function canHoldExternalRole(member: Pick<UserRow, 'officeId' | 'authLevel'>): boolean {
  return member.officeId !== null && (member.authLevel === 'user' || member.authLevel === 'office_admin');
}

export type CaseRelation = CaseViewer['relation'];

/** How a user is linked to a case, or null: then the case does not exist for them (404). */
export function caseRelation(u: UserRow, c: CaseRow): CaseRelation | null {
  if (u.status !== 'active') return null;
  if (isInsurerStaff(u, c.insurerCompanyId)) return 'insurer';
  // The role counts only while the user is still flagged: un-flagging ends it in every case, closed ones too.
  // ... and still a member of the office that holds the role in the case.
  if (c.externalUserId === u.id && u.externalCaseHandler && u.officeId === c.externalOfficeId)
    return 'externalCaseHandler';
  if (u.officeId && c.externalOfficeId === u.officeId && u.authLevel === 'office_admin') return 'externalOffice';
  if (
    c.tasks.some(
      (t) => t.userId === u.id || (u.authLevel === 'office_admin' && u.officeId !== null && t.officeId === u.officeId),
    )
  ) {
    return 'partner';
  }
  return null;
}

const ALWAYS: CasePermission[] = ['case:view', 'case:chat', 'case:documents', 'case:reportedInfo'];

/** What a viewer may do in a case: the insurer everything; the external case handler exactly the portal's rights. */
export function casePermissions(u: UserRow, c: CaseRow, portal: PortalRow): CasePermission[] {
  const rel = caseRelation(u, c);
  if (!rel) return [];
  switch (rel) {
    case 'insurer':
      return [
        ...ALWAYS,
        'case:act',
        'case:editCaseHandler',
        'case:assignExternalOffice',
        'case:assignExternalUser',
        ...RIGHT_KEYS,
      ];
    case 'externalCaseHandler':
      return [...ALWAYS, ...portal.rights];
    case 'externalOffice':
      return [...ALWAYS, 'case:assignExternalUser'];
    case 'partner':
      return [...ALWAYS];
  }
}

export const hasCasePermission = (u: UserRow, c: CaseRow, portal: PortalRow, p: CasePermission) =>
  casePermissions(u, c, portal).includes(p);

/** Budget approval limit in øre: the user's own value, else the portal default; null = unlimited (insurer staff). */
export function effectiveBudgetLimit(u: UserRow, c: CaseRow, portal: PortalRow): number | null {
  const rel = caseRelation(u, c);
  if (rel === 'insurer') return null;
  if (rel !== 'externalCaseHandler') return 0;
  return u.budgetLimit.mode === 'custom' ? u.budgetLimit.amount : portal.defaultBudgetLimit;
}

export const withinBudgetLimit = (amount: number, limit: number | null) => limit === null || amount <= limit;

// ---------- R3 / R4 eligibility ----------

export const isFlaggedActive = (u: UserRow) => u.status === 'active' && u.externalCaseHandler && u.officeId !== null;

/** Offices with at least one active user flagged as external case handler, computed from the current users. */
export function eligibleOfficeIds(users: readonly UserRow[]): Set<string> {
  const s = new Set<string>();
  for (const u of users) if (isFlaggedActive(u) && u.officeId) s.add(u.officeId);
  return s;
}

export function eligibleUsersOfOffice(users: readonly UserRow[], office: Pick<OfficeRow, 'id'>): UserRow[] {
  return users.filter((u) => u.officeId === office.id && isFlaggedActive(u));
}

/** Who may pick the user for the role: the insurer, or an admin of the office holding the role. */
export function canAssignExternalUser(actor: UserRow, c: CaseRow): boolean {
  const rel = caseRelation(actor, c);
  return rel === 'insurer' || (rel === 'externalOffice' && actor.officeId === c.externalOfficeId);
}

/**
 * Whom a notification is addressed to: the one user it names, or, for an office notification, that
 * office's active admins (only they can act on it: an ordinary user, flagged or not, cannot assign
 * anyone). Needs no case: a list first keeps the viewer's, then looks up only their cases.
 */
export function isAddressedTo(n: Pick<NotificationRow, 'userId' | 'officeId'>, viewer: UserRow): boolean {
  if (viewer.status !== 'active') return false;
  return n.userId
    ? n.userId === viewer.id
    : n.officeId !== null && viewer.officeId === n.officeId && viewer.authLevel === 'office_admin';
}

/**
 * Who receives a notification: those it is addressed to (`isAddressedTo`). With the case given, a
 * notification that links to the case reaches only viewers who can open it; the notice that someone
 * lost the role names the case without a link and is delivered anyway.
 */
export function isNotificationFor(
  n: Pick<NotificationRow, 'userId' | 'officeId' | 'kind'>,
  viewer: UserRow,
  c?: CaseRow,
): boolean {
  if (!isAddressedTo(n, viewer) || !c) return false;
  return !notificationLinksToCase(n.kind) || caseRelation(viewer, c) !== null;
}

/**
 * Every kind links to its case except the notices that someone lost the role: to the user who held it,
 * and (issue 14) to the office whose role reached its end date. They name the case without a link to
 * whoever can no longer open it.
 */
export const notificationLinksToCase = (kind: NotificationRow['kind']) =>
  kind !== 'externalRoleRemoved' && kind !== 'externalRoleEnded';

/** "The insurer's case handler": the case's Saksbehandler, or, where it has none (or they left), the insurer's active case handlers. */
export function insurerCaseHandlersFor(
  users: readonly UserRow[],
  c: Pick<CaseRow, 'caseHandlerId' | 'insurerCompanyId'>,
): UserRow[] {
  const own = c.caseHandlerId
    ? users.find((u) => u.id === c.caseHandlerId && u.status === 'active' && isInsurerStaff(u, c.insurerCompanyId))
    : undefined;
  if (own) return [own];
  return users.filter(
    (u) => u.status === 'active' && u.companyId === c.insurerCompanyId && u.authLevel === 'case_handler',
  );
}
