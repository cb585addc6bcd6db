import type { Member, PersonRef, SessionUser } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { globalPermissions } from '../rules/access';

/** The case number people read and say: the sequence, zero-padded to six digits. */
export const caseReference = (c: { seq: number }) => String(c.seq).padStart(6, '0');

export const fullName = (u: Pick<UserRow, 'firstName' | 'lastName'>) => `${u.firstName} ${u.lastName}`;

export const toPersonRef = (u: UserRow): PersonRef => ({ id: u.id, name: fullName(u), email: u.email });

export function personRef(d: Db, id: string | null): PersonRef | null {
  const u = id ? d.users.get(id) : undefined;
  return u ? toPersonRef(u) : null;
}

/** An office's name for a log line (its id if it no longer exists, '' for none). */
export const officeName = (d: Db, id: string | null) => (id ? (d.offices.get(id)?.name ?? id) : '');

/** A user's name for a log line (the id if the user no longer exists, '' for none). */
export function userName(d: Db, id: string | null): string {
  const u = id ? d.users.get(id) : undefined;
  return u ? fullName(u) : (id ?? '');
}

/** The people a case names, as the case list and the statistics report show them. */
export function caseParties(d: Db, c: Pick<CaseRow, 'caseHandlerId' | 'externalOfficeId' | 'externalUserId'>) {
  const handler = c.caseHandlerId ? d.users.get(c.caseHandlerId) : undefined;
  const ext = c.externalUserId ? d.users.get(c.externalUserId) : undefined;
  return {
    caseHandlerName: handler ? fullName(handler) : null,
    externalOfficeName: c.externalOfficeId ? (d.offices.get(c.externalOfficeId)?.name ?? null) : null,
    externalUserName: ext ? fullName(ext) : null,
    externalUserEmail: ext?.email ?? null,
  };
}

export function officeRef(d: Db, id: string | null) {
  const o = id ? d.offices.get(id) : undefined;
  return o ? { id: o.id, name: o.name } : null;
}

export function toSessionUser(d: Db, u: UserRow, portal: PortalRow): SessionUser {
  const company = d.companies.get(u.companyId);
  const office = u.officeId ? d.offices.get(u.officeId) : undefined;
  return {
    id: u.id,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    authLevel: u.authLevel,
    companyId: u.companyId,
    companyName: company?.name ?? '',
    companyKind: company?.kind ?? 'partner',
    officeId: u.officeId,
    officeName: office?.name ?? null,
    externalCaseHandler: u.externalCaseHandler,
    permissions: globalPermissions(u, portal),
  };
}

export function toMember(d: Db, u: UserRow): Member {
  const { password: _password, ...rest } = u;
  void _password;
  return {
    ...rest,
    companyName: d.companies.get(u.companyId)?.name ?? '',
    officeName: u.officeId ? (d.offices.get(u.officeId)?.name ?? null) : null,
  };
}
