import { z } from 'zod';
import { resetDb, dbStatus, sharedStore, DEFAULT_SEED, SeedConfigSchema, type Db } from '../db';
import { getChaos, setChaos } from '../chaos';
import { HttpError, parseBody, portalOf, route, tabOf } from './http';
import type { UserRow } from '../db/schema';
import { clockOffsetMs, nowIso } from '../clock';
import { applyDueEvents } from './timeEvents';

const clockStatus = (d: Db) => ({ now: nowIso(d), offsetMs: clockOffsetMs(d) });

const ResetRequest = z.object({ caseCount: SeedConfigSchema.shape.caseCount.optional() }).strict().optional();
/** Demo time moves forward only (events already sent stay sent); "Tilbakestill demodata" sets it back. */
const AdvanceClockRequest = z
  .object({
    minutes: z
      .number()
      .int()
      .min(1)
      .max(366 * 24 * 60),
  })
  .strict();
const MAX_CLOCK_OFFSET_MS = 10 * 366 * 86_400_000;
const ChaosRequest = z
  .object({ latencyMs: z.number().min(0).max(10_000), failRate: z.number().min(0).max(1) })
  .strict();

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
  // Real time, not demo time: the audit says when someone really used the controls.
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
  route(
    'get',
    '/system/status',
    ({ db: d }) => {
      requireDemoMode();
      return { ...dbStatus(), chaos: getChaos(), clock: clockStatus(d) };
    },
    { public: true, noChaos: true },
  ),
  route(
    'post',
    '/system/reset',
    async ({ body, viewer, request }) => {
      requireDemoMode();
      const input = parseBody(ResetRequest, body);
      const d = await resetDb(
        { ...DEFAULT_SEED, ...(input?.caseCount ? { caseCount: input.caseCount } : {}) },
        tabOf(request),
      );
      // Logged in the fresh store (the reset forgets everything else).
      audit(d, viewer ?? null, 'reset', input ?? {});
      await (await sharedStore()).flushQuietly(tabOf(request));
      return { ...dbStatus(), chaos: getChaos(), clock: clockStatus(d) };
    },
    { noChaos: true, manual: true, public: true },
  ),
  route(
    'put',
    '/system/chaos',
    ({ body, db, viewer }) => {
      requireDemoMode();
      const input = parseBody(ChaosRequest, body);
      setChaos(input);
      audit(db, viewer, 'chaos', input);
      return getChaos();
    },
    { noChaos: true },
  ),
  // Issue 14: moves the mock backend's "now" forward (mocks/clock.ts), then applies what has come due.
  route(
    'post',
    '/system/clock/advance',
    ({ body, db: d, viewer }) => {
      requireDemoMode();
      const input = parseBody(AdvanceClockRequest, body);
      const portal = portalOf(d);
      const offset = Math.min(MAX_CLOCK_OFFSET_MS, clockOffsetMs(d) + input.minutes * 60_000);
      d.portals.update(portal.id, (p) => ({ ...p, demoClockOffsetMs: offset }));
      audit(d, viewer, 'clock', input);
      applyDueEvents(d);
      return clockStatus(d);
    },
    { noChaos: true },
  ),
];
