import { z } from 'zod';
import { resetDb, dbStatus, DEFAULT_SEED } from '../db';
import { getChaos, setChaos } from '../chaos';
import { parseBody, route } from './http';

const ResetRequest = z.object({ caseCount: z.number().int().min(1).max(100_000).optional() }).optional();
const ChaosRequest = z.object({ latencyMs: z.number().min(0).max(10_000), failRate: z.number().min(0).max(1) });

/**
 * The demo panel: store status, "reset demo data" and the latency/failure switch. Not part of the product
 * API (a real server has no such endpoints); reset and the switch need a session, the status does not.
 */
export const systemHandlers = [
  route('get', '/system/status', () => ({ ...dbStatus(), chaos: getChaos() }), { public: true, noChaos: true }),
  route('post', '/system/reset', async ({ body }) => {
    const input = parseBody(ResetRequest, body);
    await resetDb({ ...DEFAULT_SEED, ...(input?.caseCount ? { caseCount: input.caseCount } : {}) });
    return { ...dbStatus(), chaos: getChaos() };
  }, { noChaos: true, manual: true }),
  route('put', '/system/chaos', ({ body }) => {
    setChaos(parseBody(ChaosRequest, body));
    return getChaos();
  }, { noChaos: true }),
];
