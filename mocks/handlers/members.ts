import {
  MemberListQuery,
  UnflagImpactQuery,
  UpdateMember,
  type FieldError,
  type MemberList,
  type MemberSettings,
  type UnflagImpact,
} from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { canHoldExternalRole, canManageMembers, eligibleOfficeIds, insurerCaseHandlersFor } from '../rules/access';
import { isOpenCase, logCaseEvent, notify, resolveNotifications, updateCase } from './caseEvents';
import {
  conflict,
  expectVersion,
  forbidden,
  HttpError,
  notFound,
  parseBody,
  route,
  unprocessable,
  zodFieldErrors,
} from './http';
import { caseReference, fullName, officeName, toMember } from './serialize';

/**
 * R2 Medlemmer: the member list and "Rediger medlem", for the insurer's company admin (Selskapets admin) only.
 * Members are the users of the portal's insurer and partner companies (never the platform vendor's staff).
 */

function requireMemberAdmin(viewer: UserRow, portal: PortalRow) {
  if (!canManageMembers(viewer, portal)) throw forbidden();
}

const isMember = (d: Db, u: UserRow) => d.companies.get(u.companyId)?.kind !== 'platform';

function loadMember(d: Db, memberId: string): UserRow {
  const u = d.users.get(memberId);
  if (!u || !isMember(d, u)) throw notFound();
  return u;
}

/**
 * The open cases (open or on hold) in which the member would lose the external case handler role
 * if saved as `next`: they hold it unless they stay flagged, active and in the office that holds the role.
 */
export function casesLosingExternalUser(
  d: Db,
  member: UserRow,
  next?: Pick<UserRow, 'externalCaseHandler' | 'status' | 'officeId'>,
): CaseRow[] {
  return d.cases.where((c) => isOpenCase(c) && losesRoleIn(member, c, next));
}

const losesRoleIn = (
  member: UserRow,
  c: CaseRow,
  next?: Pick<UserRow, 'externalCaseHandler' | 'status' | 'officeId'>,
) =>
  c.externalUserId === member.id &&
  (!next || !next.externalCaseHandler || next.status !== 'active' || next.officeId !== c.externalOfficeId);

type RoleEndReason = 'deactivated' | 'unflagged' | 'moved';
function roleEndReason(
  before: UserRow,
  after: Pick<UserRow, 'externalCaseHandler' | 'status' | 'officeId'>,
): RoleEndReason | null {
  if (before.status === 'active' && after.status !== 'active') return 'deactivated';
  if (before.externalCaseHandler && !after.externalCaseHandler) return 'unflagged';
  if (before.officeId !== after.officeId) return 'moved';
  return null;
}

/**
 * After a member change: who is told what (issue 8).
 * - In each open case the member leaves: the case is cleared and logged; the member is told (the notice names
 *   the case, without a link once they cannot open it); the office is asked to assign another of its users.
 * - In a closed or cancelled case the member held: the case keeps their name (the header marks it as removed)
 *   and the log says so; a closed case is history and is not changed.
 * - An office holding the role that has no flagged active user left: its admins are told, its pending
 *   "Tildel bruker" is resolved (nobody can be assigned), and the insurer's case handler is told.
 */
function afterMemberChange(d: Db, actor: UserRow, before: UserRow, after: UserRow, eligibleBefore: Set<string>) {
  const reason = roleEndReason(before, after) ?? 'unflagged';
  const name = fullName(before);
  const eligibleAfter = eligibleOfficeIds(d.users.all());
  const heldBefore = (c: CaseRow) =>
    before.externalCaseHandler && before.status === 'active' && before.officeId === c.externalOfficeId;
  for (const c of d.cases.where((x) => losesRoleIn(before, x, after) && heldBefore(x))) {
    const office = officeName(d, c.externalOfficeId);
    logCaseEvent(d, c.id, actor.id, 'externalUserRemovedByUnflag', { user: name, reason });
    notify(d, {
      kind: 'externalRoleRemoved',
      caseId: c.id,
      officeId: null,
      userId: before.id,
      actorId: actor.id,
      params: { office, reason },
    });
    if (!isOpenCase(c)) continue;
    updateCase(d, c.id, () => ({ externalUserId: null }));
    if (c.externalOfficeId && eligibleAfter.has(c.externalOfficeId)) {
      notify(d, {
        kind: 'assignExternalUser',
        caseId: c.id,
        officeId: c.externalOfficeId,
        userId: null,
        actorId: actor.id,
        params: { office, user: name, reason },
      });
    }
  }
  const emptied = [...eligibleBefore].filter((o) => !eligibleAfter.has(o));
  if (!emptied.length) return;
  const users = d.users.all();
  for (const c of d.cases.where(
    (x) =>
      isOpenCase(x) && x.externalOfficeId !== null && emptied.includes(x.externalOfficeId) && x.externalUserId === null,
  )) {
    const officeId = c.externalOfficeId as string;
    const office = officeName(d, officeId);
    resolveNotifications(d, c.id, 'assignExternalUser', officeId);
    notify(d, {
      kind: 'externalRoleHolderLost',
      caseId: c.id,
      officeId,
      userId: null,
      actorId: actor.id,
      params: { office, user: name, reason },
    });
    for (const h of insurerCaseHandlersFor(users, c)) {
      notify(d, {
        kind: 'externalOfficeWithoutUser',
        caseId: c.id,
        officeId: null,
        userId: h.id,
        actorId: actor.id,
        params: { office, user: name, reason },
      });
    }
  }
}

/** The would-be values of an un-flag impact query (default: the member un-flagged, nothing else changed). */
function intended(member: UserRow, q: UnflagImpactQuery): Pick<UserRow, 'externalCaseHandler' | 'status' | 'officeId'> {
  return {
    externalCaseHandler: q.externalCaseHandler === 'true',
    status: q.status ?? member.status,
    officeId: q.officeId === undefined ? member.officeId : q.officeId === '' ? null : q.officeId,
  };
}

/** Which levels fit a company: the insurer's staff, or a partner's office admins and users. */
function levelFitsCompany(level: UserRow['authLevel'], kind: 'platform' | 'insurer' | 'partner'): boolean {
  if (kind === 'insurer') return level === 'company_admin' || level === 'case_handler';
  if (kind === 'partner') return level === 'office_admin' || level === 'user';
  return false;
}

const normalise = (s: string) => s.toLocaleLowerCase('nb-NO');

export const memberHandlers = [
  /** Portal facts "Rediger medlem" shows; the admin may not read the role definition itself. */
  route('get', '/members/settings', ({ viewer, portal }): MemberSettings => {
    requireMemberAdmin(viewer, portal);
    return {
      defaultBudgetLimit: portal.defaultBudgetLimit,
      approveBudgetGranted: portal.rights.includes('approveBudget'),
    };
  }),

  route('get', '/members', ({ db, viewer, portal, url }): MemberList => {
    requireMemberAdmin(viewer, portal);
    const parsed = MemberListQuery.safeParse(Object.fromEntries(url.searchParams));
    // A search text over its limit is the user's to shorten (422 at `q`); any other broken query is the client's (400).
    if (!parsed.success && parsed.error.issues.every((i) => i.path[0] === 'q'))
      throw unprocessable(zodFieldErrors(parsed.error));
    if (!parsed.success) throw new HttpError(400, 'bad_query');
    const { q, companyId, officeId, externalCaseHandler, status, page, pageSize } = parsed.data;
    const needle = q?.trim() ? normalise(q.trim()) : null;
    const rows = db.users
      .where((u) => {
        if (!isMember(db, u)) return false;
        if (companyId && u.companyId !== companyId) return false;
        if (officeId && u.officeId !== officeId) return false;
        if (status && u.status !== status) return false;
        if (externalCaseHandler && u.externalCaseHandler !== (externalCaseHandler === 'true')) return false;
        if (needle) {
          const hay = normalise(`${u.firstName} ${u.lastName}\n${u.email}\n${u.userCode}`);
          if (!hay.includes(needle)) return false;
        }
        return true;
      })
      .sort(
        (a, b) =>
          a.lastName.localeCompare(b.lastName, 'nb') ||
          a.firstName.localeCompare(b.firstName, 'nb') ||
          a.id.localeCompare(b.id),
      );
    const start = (page - 1) * pageSize;
    return {
      items: rows.slice(start, start + pageSize).map((u) => toMember(db, u)),
      total: rows.length,
      page,
      pageSize,
    };
  }),

  route<{ memberId: string }>('get', '/members/:memberId', ({ db, viewer, portal, params }) => {
    requireMemberAdmin(viewer, portal);
    return toMember(db, loadMember(db, params.memberId));
  }),

  /** The open cases that lose this member as external case handler if saved so (default: the flag removed). */
  route<{ memberId: string }>(
    'get',
    '/members/:memberId/unflag-impact',
    ({ db, viewer, portal, params, url }): UnflagImpact => {
      requireMemberAdmin(viewer, portal);
      const member = loadMember(db, params.memberId);
      const q = UnflagImpactQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!q.success) throw new HttpError(400, 'bad_query');
      const cases = casesLosingExternalUser(db, member, intended(member, q.data));
      return {
        affectedCaseCount: cases.length,
        caseIds: cases.map((c) => c.id),
        cases: cases.map((c) => ({ id: c.id, reference: caseReference(c) })),
      };
    },
  ),

  route<{ memberId: string }>('put', '/members/:memberId', ({ db, viewer, portal, params, body }) => {
    requireMemberAdmin(viewer, portal);
    const member = loadMember(db, params.memberId);
    const input = parseBody(UpdateMember, body);
    expectVersion(member.version, input.version);

    // Rules that need the store: reported together, like the schema's own errors.
    const errors: Record<string, FieldError> = {};
    const email = normalise(input.email);
    if (db.users.find((u) => u.id !== member.id && normalise(u.email) === email))
      errors.email = { code: 'validation.emailTaken' };
    const company = db.companies.get(input.companyId);
    if (!company || company.kind === 'platform') errors.companyId = { code: 'validation.notEligible' };
    else if (!levelFitsCompany(input.authLevel, company.kind)) errors.authLevel = { code: 'validation.notAllowed' };
    if (input.officeId !== null) {
      const office = db.offices.get(input.officeId);
      if (!office || office.companyId !== input.companyId) errors.officeId = { code: 'validation.notEligible' };
    } else if (input.authLevel === 'office_admin') {
      errors.officeId = { code: 'validation.required' };
    }
    if (input.deputyId !== null) {
      const deputy = db.users.get(input.deputyId);
      if (!deputy || deputy.id === member.id || deputy.companyId !== input.companyId)
        errors.deputyId = { code: 'validation.notEligible' };
    }
    // Only the insurer sets the flag (this handler is the insurer admin's), and only on a partner user in an office.
    if (input.externalCaseHandler && !canHoldExternalRole(input))
      errors.externalCaseHandler = { code: 'validation.notAllowed' };
    if (Object.keys(errors).length) throw unprocessable(errors);

    // The confirmation covers exactly the cases the admin was shown: one more (assigned since) asks again.
    const losing = casesLosingExternalUser(db, member, input);
    const confirmed = new Set(input.confirmUnflagCaseIds ?? []);
    if (losing.some((c) => !confirmed.has(c.id))) throw conflict('unflag_needs_confirmation', { count: losing.length });
    const eligibleBefore = eligibleOfficeIds(db.users.all());

    const next = db.users.update(member.id, (u) => ({
      ...u,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      password: input.password === '' ? u.password : input.password,
      userCode: input.userCode,
      mobile: input.mobile,
      useMobileForSecurityCode: input.useMobileForSecurityCode,
      securityMobile: input.securityMobile,
      status: input.status,
      deputyId: input.deputyId,
      authLevel: input.authLevel,
      companyId: input.companyId,
      officeId: input.officeId,
      inspectorExtraRights: input.inspectorExtraRights,
      externalCaseHandler: input.externalCaseHandler,
      budgetLimit: input.budgetLimit,
      version: u.version + 1,
    }));

    // The office keeps the role; it is asked again to assign one of its users (R2 -> R4), or the insurer is told.
    afterMemberChange(db, viewer, member, next, eligibleBefore);
    return toMember(db, next);
  }),
];
