import {
  joinPhone,
  splitPhone,
  type AuthLevel,
  type BudgetLimit,
  type CompanyKind,
  type Member,
  type MemberStatus,
  type UpdateMemberInput,
} from '@/api/contract';
import { formatAmountInput } from '@/lib/format';

/**
 * The "Rediger medlem" form's values: what the inputs hold (selects hold '' for "none", the amount is the
 * text as typed). `toUpdateMemberInput` turns them into the contract's body, which UpdateMember validates.
 */
export interface MemberFormValues {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  userCode: string;
  /** "Mobilnummer: + [country code] [number]": the number here, its country code beside it (E.164 when sent). */
  mobileCountryCode: string;
  mobile: string;
  useMobileForSecurityCode: boolean;
  securityMobileCountryCode: string;
  securityMobile: string;
  status: MemberStatus;
  deputyId: string;
  authLevel: AuthLevel;
  companyId: string;
  officeId: string;
  inspectorExtraRights: boolean;
  externalCaseHandler: boolean;
  budgetLimit: { mode: 'default' | 'custom'; amount: string };
  version: number;
}

export function toFormValues(m: Member): MemberFormValues {
  const mobile = splitPhone(m.mobile);
  const securityMobile = splitPhone(m.securityMobile);
  return {
    firstName: m.firstName,
    lastName: m.lastName,
    email: m.email,
    password: '',
    userCode: m.userCode,
    mobileCountryCode: mobile.countryCode,
    mobile: mobile.number,
    useMobileForSecurityCode: m.useMobileForSecurityCode,
    securityMobileCountryCode: securityMobile.countryCode,
    securityMobile: securityMobile.number,
    status: m.status,
    deputyId: m.deputyId ?? '',
    authLevel: m.authLevel,
    companyId: m.companyId,
    officeId: m.officeId ?? '',
    inspectorExtraRights: m.inspectorExtraRights,
    externalCaseHandler: m.externalCaseHandler,
    budgetLimit:
      m.budgetLimit.mode === 'custom'
        ? { mode: 'custom', amount: formatAmountInput(m.budgetLimit.amount) }
        : { mode: 'default', amount: '' },
    version: m.version,
  };
}

/**
 * The limit only matters while the member is flagged: when the flag is off, the stored limit is sent back
 * unchanged, so that a half-typed amount in the disabled group neither blocks the save nor overwrites it.
 */
export function toUpdateMemberInput(v: MemberFormValues, storedLimit: BudgetLimit): UpdateMemberInput {
  const budgetLimit: UpdateMemberInput['budgetLimit'] = !v.externalCaseHandler
    ? storedLimit
    : v.budgetLimit.mode === 'custom'
      ? { mode: 'custom', amount: v.budgetLimit.amount }
      : { mode: 'default' };
  const { mobileCountryCode, securityMobileCountryCode, ...fields } = v;
  return {
    ...fields,
    // The number's error is shown at the number (field names stay the same in both shapes).
    mobile: joinPhone(mobileCountryCode, v.mobile),
    securityMobile: joinPhone(securityMobileCountryCode, v.securityMobile),
    deputyId: v.deputyId || null,
    officeId: v.officeId || null,
    budgetLimit,
  };
}

/** Autorisasjonsnivå choices that fit a company: the insurer's staff, or a partner's office admins and users. */
export function authLevelsFor(kind: CompanyKind | undefined): AuthLevel[] {
  if (kind === 'insurer') return ['company_admin', 'case_handler'];
  if (kind === 'partner') return ['office_admin', 'user'];
  return [];
}
