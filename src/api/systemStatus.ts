import { z } from 'zod';

/**
 * The demo backend's status (`GET /system/status`; `/system/*` is outside the product contract, so its
 * schema lives here), in a module of its own so that it is imported with the first request (see
 * endpoints/system.ts). One schema for everything the shell shows from it.
 */
export const Clock = z.object({ now: z.string(), offsetMs: z.number() });
export const SystemStatus = z.object({
  outcome: z.enum(['fresh', 'restored', 'discarded']),
  storageProblem: z.enum(['quota']).nullable(),
  dropped: z.array(z.object({ table: z.string(), id: z.string(), reason: z.string() })).default([]),
  caseCount: z.number(),
  chaos: z.object({ latencyMs: z.number(), failRate: z.number() }),
  clock: Clock,
});
/** An answer whose body nothing reads (the chaos switch). */
export const Anything = z.unknown();
