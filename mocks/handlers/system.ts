import { z } from 'zod';
import { resetDb, dbStatus, sharedStore, DEFAULT_SEED, SeedConfigSchema, type Db } from '../db';
import { getChaos, setChaos } from '../chaos';
import { HttpError, parseBody, route, tabOf } from './http';
import type { UserRow } from '../db/schema';

const ResetRequest = z.object({ caseCount: SeedConfigSchema.shape.caseCount.optional() }).strict().optional();
const ChaosRequest = z.object({ latencyMs: z.number().min(0).max(10_000), failRate: z.number().min(0).max(1) }).strict();

/**
 * Demo mode: the build's flag (`VITE_DEMO_MODE`, on unless set to "false"). A real deployment builds
 * with `VITE_DEMO_MODE=false` (or leaves these handlers out with the mock backend itself): `/system/*`
 * then answers 404 like any unknown path.
 */
export const demoMode = () => import.meta.env.VITE_DEMO_MODE !== 'false';

function requireDemoMode() {
  if (!demoMode()) throw new HttpError(404, 'not_found');
}

/** Every use of the demo controls is logged with who and when (kept in the store, and on the console). */
function audit(d: Db, viewer: UserRow | null, action: string, detail: unknown) {
  const at = new Date().toISOString();
  const text = JSON.stringify(detail ?? {}).slice(0, 200);
  d.audit.insert({ id: d.nextId('audit'), at, userId: viewer?.id ?? null, action, detail: text });
  console.info(`[demo] ${at} ${viewer ? viewer.email : 'anonymous'} ${action} ${text}`);
}

/**
 * The demo panel: store status, "reset demo data" and the latency/failure switch. Not part of the
 * product API (no schema in src/api/contract; a real server has no such endpoints). In demo mode the
 * panel is for everyone: the status and the reset need no session (a reset must work whatever state
 * the stored data or the sign-in is in), the latency/failure switch needs one.
 */
export const systemHandlers = [
  route('get', '/system/status', () => {
    requireDemoMode();
    return { ...dbStatus(), chaos: getChaos() };
  }, { public: true, noChaos: true }),
  route('post', '/system/reset', async ({ body, viewer, request }) => {
    requireDemoMode();
    const input = parseBody(ResetRequest, body);
    const d = await resetDb({ ...DEFAULT_SEED, ...(input?.caseCount ? { caseCount: input.caseCount } : {}) }, tabOf(request));
    // Logged in the fresh store (the reset forgets everything else).
    audit(d, viewer ?? null, 'reset', input ?? {});
    await (await sharedStore()).flushQuietly(tabOf(request));
    return { ...dbStatus(), chaos: getChaos() };
  }, { noChaos: true, manual: true, public: true }),
  route('put', '/system/chaos', ({ body, db, viewer }) => {
    requireDemoMode();
    const input = parseBody(ChaosRequest, body);
    setChaos(input);
    audit(db, viewer, 'chaos', input);
    return getChaos();
  }, { noChaos: true }),
];
