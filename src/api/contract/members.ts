import { z } from 'zod';
import { AmountInput, EmailText, Id, MAX_ID_LENGTH, OptionalText, Ore, Page, PasswordText, RequiredText, SearchText, TEXT_LIMITS } from './common';
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

const phone = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\+?[\d\s]{8,15}$/.test(v), { message: 'validation.phone' });

/** "Rediger medlem": the form's body. The amount is øre, or NOK as typed ("10 000,50" → 1000050); see AmountInput. */
export const UpdateMember = z
  .object({
    firstName: RequiredText(TEXT_LIMITS.name),
    lastName: RequiredText(TEXT_LIMITS.name),
    email: EmailText,
    /** Empty keeps the current password. */
    password: PasswordText.refine((v) => v === '' || v.length >= 8, { message: 'validation.passwordLength' }),
    userCode: OptionalText(TEXT_LIMITS.code),
    mobile: phone,
    useMobileForSecurityCode: z.boolean(),
    securityMobile: phone,
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
