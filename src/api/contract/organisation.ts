import { z } from 'zod';
import { Id } from './common';
import { CompanyKind } from './auth';

export const Company = z.object({ id: Id, name: z.string(), kind: CompanyKind });
export type Company = z.infer<typeof Company>;

export const Office = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string(),
  name: z.string(),
  city: z.string(),
  lat: z.number(),
  lng: z.number(),
  /** Kontorkategorier the insurer defined for this office (e.g. "Vann", "Brann"). */
  categories: z.array(z.string()),
});
export type Office = z.infer<typeof Office>;

export const Organisation = z.object({ companies: z.array(Company), offices: z.array(Office) });
export type Organisation = z.infer<typeof Organisation>;
