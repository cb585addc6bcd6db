import {
  MemberListQuery,
  UpdateMember,
  type FieldError,
  type MemberList,
  type MemberSettings,
  type UnflagImpact,
} from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { canHoldExternalRole, canManageMembers } from '../rules/access';
import { isOpenCase, logCaseEvent, notify, updateCase } from './caseEvents';
import { conflict, expectVersion, forbidden, HttpError, notFound, parseBody, route, unprocessable } from './http';
import { fullName, toMember } from './serialize';

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
export function casesLosingExternalUser(d: Db, member: UserRow, next?: Pick<UserRow, 'externalCaseHandler' | 'status' | 'officeId'>): CaseRow[] {
  return d.cases.where(
    (c) =>
      c.externalUserId === member.id &&
      isOpenCase(c) &&
      (!next || !next.externalCaseHandler || next.status !== 'active' || next.officeId !== c.externalOfficeId),
  );
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
    return { defaultBudgetLimit: portal.defaultBudgetLimit, approveBudgetGranted: portal.rights.includes('approveBudget') };
  }),

  route('get', '/members', ({ db, viewer, portal, url }): MemberList => {
    requireMemberAdmin(viewer, portal);
    const parsed = MemberListQuery.safeParse(Object.fromEntries(url.searchParams));
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
      .sort((a, b) => a.lastName.localeCompare(b.lastName, 'nb') || a.firstName.localeCompare(b.firstName, 'nb') || a.id.localeCompare(b.id));
    const start = (page - 1) * pageSize;
    return { items: rows.slice(start, start + pageSize).map((u) => toMember(db, u)), total: rows.length, page, pageSize };
  }),

  route<{ memberId: string }>('get', '/members/:memberId', ({ db, viewer, portal, params }) => {
    requireMemberAdmin(viewer, portal);
    return toMember(db, loadMember(db, params.memberId));
  }),

  /** How many open cases lose this member as external case handler if the flag is removed. */
  route<{ memberId: string }>('get', '/members/:memberId/unflag-impact', ({ db, viewer, portal, params }): UnflagImpact => {
    requireMemberAdmin(viewer, portal);
    const cases = casesLosingExternalUser(db, loadMember(db, params.memberId));
    return { affectedCaseCount: cases.length, caseIds: cases.map((c) => c.id) };
  }),

  route<{ memberId: string }>('put', '/members/:memberId', ({ db, viewer, portal, params, body }) => {
    requireMemberAdmin(viewer, portal);
    const member = loadMember(db, params.memberId);
    const input = parseBody(UpdateMember, body);
    expectVersion(member.version, input.version);

    // Rules that need the store: reported together, like the schema's own errors.
    const errors: Record<string, FieldError> = {};
    const email = normalise(input.email);
    if (db.users.find((u) => u.id !== member.id && normalise(u.email) === email)) errors.email = { code: 'validation.emailTaken' };
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
      if (!deputy || deputy.id === member.id || deputy.companyId !== input.companyId) errors.deputyId = { code: 'validation.notEligible' };
    }
    // Only the insurer sets the flag (this handler is the insurer admin's), and only on a partner user in an office.
    if (input.externalCaseHandler && !canHoldExternalRole(input)) errors.externalCaseHandler = { code: 'validation.notAllowed' };
    if (Object.keys(errors).length) throw unprocessable(errors);

    const losing = casesLosingExternalUser(db, member, input);
    if (losing.length && !input.confirmUnflag) throw conflict('unflag_needs_confirmation', { count: losing.length });

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

    // The office keeps the role; it is asked again to assign one of its users (R2 -> R4).
    for (const c of losing) {
      updateCase(db, c.id, () => ({ externalUserId: null }));
      logCaseEvent(db, c.id, viewer.id, 'externalUserRemovedByUnflag', { user: fullName(member) });
      if (c.externalOfficeId) notify(db, { kind: 'assignExternalUser', caseId: c.id, officeId: c.externalOfficeId, userId: null });
    }
    return toMember(db, next);
  }),
];
