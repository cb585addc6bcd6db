import { z } from 'zod';
import { AmountInput, Ore, RightKey } from './common';

/** R1: what the external case handler role may do in this portal (rolledefinisjon). */
export const RoleDefinition = z.object({
  portalName: z.string(),
  rights: z.array(RightKey),
  /** øre */
  defaultBudgetLimit: Ore,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RoleDefinition = z.infer<typeof RoleDefinition>;

export const UpdateRoleDefinition = z.object({
  rights: z.array(RightKey).refine((r) => new Set(r).size === r.length, { message: 'validation.duplicate' }),
  defaultBudgetLimit: AmountInput,
  version: z.number().int(),
});
export type UpdateRoleDefinitionInput = z.input<typeof UpdateRoleDefinition>;
