import type { Member, PersonRef, SessionUser } from '@/api/contract';
import type { Db } from '../db';
import type { PortalRow, UserRow } from '../db/schema';
import { globalPermissions } from '../rules/access';

/** The case number people read and say: the sequence, zero-padded to six digits. */
export const caseReference = (c: { seq: number }) => String(c.seq).padStart(6, '0');

export const fullName = (u: Pick<UserRow, 'firstName' | 'lastName'>) => `${u.firstName} ${u.lastName}`;

export function personRef(d: Db, id: string | null): PersonRef | null {
  const u = id ? d.users.get(id) : undefined;
  return u ? { id: u.id, name: fullName(u), email: u.email } : null;
}

export function officeRef(d: Db, id: string | null) {
  const o = id ? d.offices.get(id) : undefined;
  return o ? { id: o.id, name: o.name } : null;
}

export function toSessionUser(d: Db, u: UserRow, portal: PortalRow): SessionUser {
  const company = d.companies.get(u.companyId);
  const office = u.officeId ? d.offices.get(u.officeId) : undefined;
  return {
    id: u.id, firstName: u.firstName, lastName: u.lastName, email: u.email, authLevel: u.authLevel,
    companyId: u.companyId, companyName: company?.name ?? '', companyKind: company?.kind ?? 'partner',
    officeId: u.officeId, officeName: office?.name ?? null, externalCaseHandler: u.externalCaseHandler,
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
