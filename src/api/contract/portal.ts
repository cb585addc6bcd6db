import { z } from 'zod';
import { AmountInput, Id, Ore, RightKey } from './common';

/** Working hours an office has to answer: a whole number of hours, 1 to 200 (five working weeks). */
export const OfficeAnswerHoursInput = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n)) {
      ctx.addIssue({ code: 'custom', message: 'validation.wholeHours' });
      return z.NEVER;
    }
    return n;
  })
  .pipe(z.number().min(1, { message: 'validation.hoursRange' }).max(200, { message: 'validation.hoursRange' }));

/** R1: what the external case handler role may do in this portal (rolledefinisjon). */
export const RoleDefinition = z.object({
  portalName: z.string(),
  rights: z.array(RightKey),
  /** øre */
  defaultBudgetLimit: Ore,
  /** Working hours (Mon–Fri 08–16 Oslo) an office has to assign a user before the case handler is alerted (issue 14). */
  officeAnswerHours: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RoleDefinition = z.infer<typeof RoleDefinition>;

export const UpdateRoleDefinition = z.object({
  rights: z.array(RightKey).refine((r) => new Set(r).size === r.length, { message: 'validation.duplicate' }),
  defaultBudgetLimit: AmountInput,
  /** Absent: unchanged. Typed text ("8") is accepted like the amount. */
  officeAnswerHours: OfficeAnswerHoursInput.optional(),
  version: z.number().int(),
});
export type UpdateRoleDefinitionInput = z.input<typeof UpdateRoleDefinition>;

/**
 * GET /portal/partner-network: the insurer's settings, "Partnernettverk": the partner offices its tasks
 * ("Tildel oppgaver til partnere") may go to. Read-only; the insurer's staff only.
 */
export const PartnerNetworkOffice = z.object({
  id: Id,
  name: z.string(),
  companyName: z.string(),
  postalCode: z.string(),
  city: z.string(),
});
export type PartnerNetworkOffice = z.infer<typeof PartnerNetworkOffice>;

export const PartnerNetwork = z.object({
  insurerName: z.string(),
  offices: z.array(PartnerNetworkOffice),
  /** Partner offices of the portal that are not in the network (tasks cannot go there). */
  outsideCount: z.number().int().nonnegative(),
});
export type PartnerNetwork = z.infer<typeof PartnerNetwork>;
