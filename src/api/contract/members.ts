import { z } from 'zod';
import {
  AmountInput,
  EmailText,
  Id,
  MAX_ID_LENGTH,
  OptionalText,
  Ore,
  Page,
  PasswordText,
  RequiredText,
  SearchText,
  TEXT_LIMITS,
} from './common';
import { AuthLevel } from './auth';

export const MemberStatus = z.enum(['active', 'inactive']);
export type MemberStatus = z.infer<typeof MemberStatus>;

/** Grense for budsjettgodkjenning: the portal default or a value of the member's own. */
export const BudgetLimit = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('default') }),
  /** amount: øre */
  z.object({ mode: z.literal('custom'), amount: Ore }),
]);
export type BudgetLimit = z.infer<typeof BudgetLimit>;

export const Member = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  userCode: z.string(), // Bruker-ID
  mobile: z.string(),
  useMobileForSecurityCode: z.boolean(),
  securityMobile: z.string(),
  status: MemberStatus,
  deputyId: Id.nullable(), // Stedfortreder
  authLevel: AuthLevel,
  companyId: Id,
  companyName: z.string(),
  officeId: Id.nullable(),
  officeName: z.string().nullable(),
  inspectorExtraRights: z.boolean(),
  externalCaseHandler: z.boolean(),
  budgetLimit: BudgetLimit,
  version: z.number().int(),
});
export type Member = z.infer<typeof Member>;

export const MemberList = Page(Member);
export type MemberList = z.infer<typeof MemberList>;

export const MemberListQuery = z.object({
  q: SearchText.optional(),
  companyId: z.string().max(MAX_ID_LENGTH).optional(),
  officeId: z.string().max(MAX_ID_LENGTH).optional(),
  externalCaseHandler: z.enum(['true', 'false']).optional(),
  status: MemberStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type MemberListQuery = z.input<typeof MemberListQuery>;
/** The list's query as the client builds it (numbers, every part optional). */
export type MemberListParams = Partial<z.output<typeof MemberListQuery>>;

/**
 * Members' mobile numbers ("Mobilnummer: +"): stored and sent as E.164, "+" then the country code and the
 * number, at most 15 digits ("+4791234567"). Customers' numbers are not members' and stay as the guide
 * shows them ("0111111111").
 */
export const E164 = /^\+[1-9]\d{6,14}$/;
/** The country code a number gets when none is chosen ("+47"). */
export const DEFAULT_COUNTRY_CODE = '47';

/** Spaces, dashes, dots and brackets dropped, and "00" read as "+": "+47 912 34 567" → "+4791234567". */
export function normalisePhone(text: string): string {
  const s = text.trim().replace(/[\s\u00a0().-]/g, '');
  return s.startsWith('00') ? `+${s.slice(2)}` : s;
}

/**
 * A number as typed into "+ [country code] [number]": empty stays empty (no number); a number typed with
 * "+" or "00" keeps its own country code; otherwise the chosen one is put in front. Not checked here.
 */
export function joinPhone(countryCode: string, number: string): string {
  const n = normalisePhone(number);
  if (n === '') return '';
  if (n.startsWith('+')) return n;
  const cc = countryCode.trim().replace(/^\+/, '');
  return cc ? `+${cc}${n}` : n;
}

/**
 * ITU country calling codes are prefix-free: 1 and 7 are one digit, these are two, every other is three.
 * That is all it takes to show a stored E.164 number as "+ [47] [91234567]".
 */
const TWO_DIGIT_CODES = new Set([
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

/** A stored number split for the form: "+4791234567" → { countryCode: '47', number: '91234567' }. */
export function splitPhone(stored: string): { countryCode: string; number: string } {
  if (!E164.test(stored)) return { countryCode: DEFAULT_COUNTRY_CODE, number: stored };
  const digits = stored.slice(1);
  const length = digits[0] === '1' || digits[0] === '7' ? 1 : TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  return { countryCode: digits.slice(0, length), number: digits.slice(length) };
}

/** A member's mobile number: empty (none), or E.164 after normalising. */
export const MemberPhone = z
  .string()
  .max(TEXT_LIMITS.code, { message: 'validation.tooLong' })
  .transform(normalisePhone)
  .refine((v) => v === '' || E164.test(v), { message: 'validation.phone' });

/** "Rediger medlem": the form's body. The amount is øre, or NOK as typed ("10 000,50" → 1000050); see AmountInput. */
export const UpdateMember = z
  .object({
    firstName: RequiredText(TEXT_LIMITS.name),
    lastName: RequiredText(TEXT_LIMITS.name),
    email: EmailText,
    /** Empty keeps the current password. */
    password: PasswordText.refine((v) => v === '' || v.length >= 8, { message: 'validation.passwordLength' }),
    userCode: OptionalText(TEXT_LIMITS.code),
    mobile: MemberPhone,
    useMobileForSecurityCode: z.boolean(),
    securityMobile: MemberPhone,
    status: MemberStatus,
    deputyId: Id.nullable(),
    authLevel: AuthLevel,
    companyId: Id,
    officeId: Id.nullable(),
    inspectorExtraRights: z.boolean(),
    externalCaseHandler: z.boolean(),
    budgetLimit: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('default') }),
      z.object({ mode: z.literal('custom'), amount: AmountInput }),
    ]),
    version: z.number().int(),
    /**
     * The open cases the admin was shown (GET /members/:id/unflag-impact) and confirmed the member loses
     * the role in. A case not in this list (e.g. assigned since) is never included silently: 409 again.
     */
    confirmUnflagCaseIds: z.array(Id).max(10_000).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.useMobileForSecurityCode && m.mobile === '') {
      ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'validation.mobileForSecurityCode' });
    }
  });
export type UpdateMemberInput = z.input<typeof UpdateMember>;
export type UpdateMember = z.output<typeof UpdateMember>;

/**
 * GET /members/:id/unflag-impact[?externalCaseHandler=&status=&officeId=]: the open cases in which the member
 * loses the role if saved so (default: un-flagged). The confirmation sends these ids back.
 */
export const UnflagImpact = z.object({
  affectedCaseCount: z.number().int(),
  caseIds: z.array(Id),
  /** The same cases with their numbers, for the confirmation to name them. */
  cases: z.array(z.object({ id: Id, reference: z.string() })),
});
export const UnflagImpactQuery = z.object({
  externalCaseHandler: z.enum(['true', 'false']).optional(),
  status: MemberStatus.optional(),
  /** '' for no office. */
  officeId: z.string().max(100).optional(),
});
export type UnflagImpactQuery = z.infer<typeof UnflagImpactQuery>;
export type UnflagImpact = z.infer<typeof UnflagImpact>;

/** What "Rediger medlem" needs from the portal: the default limit shown as "Bruk standard: <amount> NOK". */
export const MemberSettings = z.object({
  /** øre */
  defaultBudgetLimit: Ore,
  /** Whether the portal grants "Godkjenne budsjett": the member's limit only matters then. */
  approveBudgetGranted: z.boolean(),
});
export type MemberSettings = z.infer<typeof MemberSettings>;
