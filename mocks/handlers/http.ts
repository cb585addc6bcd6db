import { delay, http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import type { z } from 'zod';
import type { ErrorBody, FieldError } from '@/api/contract';
import { API_BASE } from '@/api/client';
import { commitDb, db, type Db } from '../db';
import type { PortalRow, UserRow } from '../db/schema';
import { getChaos } from '../chaos';
import { scenarioRefusal, scenarioView } from '../scenarios';

/** A refusal the handlers throw; the wrapper turns it into a JSON error answer like a real server would. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params?: Record<string, string | number>,
    readonly fieldErrors?: Record<string, FieldError>,
  ) {
    super(code);
  }
}

export const notFound = (what = 'not_found') => new HttpError(404, what);
export const forbidden = (code = 'forbidden', params?: Record<string, string | number>) => new HttpError(403, code, params);
export const conflict = (code = 'stale_version', params?: Record<string, string | number>) => new HttpError(409, code, params);
export const unprocessable = (fieldErrors: Record<string, FieldError>, code = 'validation') => new HttpError(422, code, undefined, fieldErrors);

const MESSAGES: Record<number, string> = {
  401: 'Not signed in', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 422: 'Validation failed', 503: 'Service unavailable',
};

export function errorResponse(e: HttpError) {
  const body: ErrorBody = { code: e.code, message: MESSAGES[e.status] ?? e.code, params: e.params, fieldErrors: e.fieldErrors };
  return HttpResponse.json(body, { status: e.status });
}

/** zod issues -> `{ field.path: { code } }`, the codes being the schema's i18n keys. */
export function zodFieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (!out[key]) out[key] = { code: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
  }
  return out;
}

export function parseBody<S extends z.ZodTypeAny>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body);
  if (!r.success) throw unprocessable(zodFieldErrors(r.error));
  return r.data;
}

export function expectVersion(current: number, sent: number) {
  if (current !== sent) throw conflict('stale_version', { current });
}

export interface Ctx<P extends PathParams> {
  request: Request;
  params: P;
  url: URL;
  db: Db;
  /** The signed-in user (the handler is not reached without one unless `public: true`). */
  viewer: UserRow;
  portal: PortalRow;
  body: unknown;
}

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const sessionTtlMs = () => SESSION_TTL_MS;

function viewerOf(request: Request, d: Db): UserRow | null {
  const auth = request.headers.get('authorization');
  const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
  if (!token) return null;
  const s = d.sessions.get(token);
  if (!s || Date.parse(s.expiresAt) < Date.now()) return null;
  const u = d.users.get(s.userId);
  return u && u.status === 'active' ? u : null;
}

export const portalOf = (d: Db): PortalRow => {
  const p = d.portals.all()[0];
  if (!p) throw new Error('No portal seeded');
  return p;
};

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface RouteOptions {
  /** Reachable without a session (sign-in, demo accounts). */
  public?: boolean;
  /** Not subject to latency and failure injection (the demo panel's own calls). */
  noChaos?: boolean;
}

/**
 * Declares one endpoint. It answers 401 without a valid session, injects latency/failures when asked,
 * turns thrown HttpErrors into JSON errors and persists the store after every successful write.
 */
export function route<P extends PathParams = PathParams>(
  method: Method,
  path: string,
  handler: (ctx: Ctx<P>) => unknown | Promise<unknown>,
  options: RouteOptions = {},
) {
  return http[method]<P, DefaultBodyType>(`*${API_BASE}${path}`, async ({ request, params }) => {
    const chaos = getChaos();
    if (!options.noChaos) {
      if (chaos.latencyMs > 0) await delay(chaos.latencyMs);
      if (chaos.failRate > 0 && Math.random() < chaos.failRate) return errorResponse(new HttpError(503, 'unavailable'));
      const refusal = await scenarioRefusal(method, path); // ?scenario=… (mocks/scenarios.ts)
      if (refusal) return errorResponse(new HttpError(refusal.status, refusal.code));
    }
    const d = options.noChaos ? db() : scenarioView(db(), path);
    try {
      const viewer = viewerOf(request, d);
      if (!viewer && !options.public) throw new HttpError(401, 'unauthenticated');
      let body: unknown = undefined;
      if (method !== 'get' && method !== 'delete') {
        const text = await request.text();
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            throw new HttpError(400, 'bad_json');
          }
        }
      }
      const result = await handler({ request, params, url: new URL(request.url), db: d, viewer: viewer as UserRow, portal: portalOf(d), body });
      if (method !== 'get') commitDb();
      if (result instanceof Response) return result;
      if (result === undefined) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json(result as DefaultBodyType);
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e);
      throw e;
    }
  });
}
