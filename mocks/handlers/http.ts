import { delay, http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import type { z } from 'zod';
import type { ErrorBody, FieldError } from '@/api/contract';
import { API_BASE } from '@/api/client';
import { sharedStore, StorageFullError, type Db } from '../db';
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
export const forbidden = (code = 'forbidden', params?: Record<string, string | number>) =>
  new HttpError(403, code, params);
export const conflict = (code = 'stale_version', params?: Record<string, string | number>) =>
  new HttpError(409, code, params);
export const unprocessable = (fieldErrors: Record<string, FieldError>, code = 'validation') =>
  new HttpError(422, code, undefined, fieldErrors);

const MESSAGES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  415: 'Unsupported media type',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
  507: 'The browser has no room to store this change; nothing was saved. Reset the demo data to go on.',
};

const utf8 = new TextEncoder();

/**
 * A JSON answer, as `HttpResponse.json` makes it but without the Blob msw builds of every answer only to
 * learn its length: in the backend's worker that was ~2 ms of a 13 ms answer (a page of 100 cases). The
 * body is the bytes, whose length is the Content-Length.
 */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  const bytes = utf8.encode(JSON.stringify(body));
  return new HttpResponse(bytes, {
    status: init.status,
    headers: { ...init.headers, 'Content-Type': 'application/json', 'Content-Length': String(bytes.byteLength) },
  });
}

export function errorResponse(e: HttpError, headers?: Record<string, string>) {
  const body: ErrorBody = {
    code: e.code,
    message: MESSAGES[e.status] ?? e.code,
    params: e.params,
    fieldErrors: e.fieldErrors,
  };
  return jsonResponse(body, { status: e.status, headers });
}

type InternalListener = (error: unknown, request: Request) => void;
const internalListeners = new Set<InternalListener>();
/** The test set-up listens here and fails a test on a 500 it did not ask for. */
export function onInternalError(listener: InternalListener): () => void {
  internalListeners.add(listener);
  return () => internalListeners.delete(listener);
}
function reportInternal(error: unknown, request: Request) {
  if (internalListeners.size) internalListeners.forEach((l) => l(error, request));
  // The developer sees the cause in the console; the client gets no stack, only the code.
  else console.error('[mock backend]', request.method, request.url, error);
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

/** `?version=N` of a write without a body: required (422 when missing), a plain decimal integer only. */
export function versionParam(url: URL): number {
  const raw = url.searchParams.get('version');
  if (raw === null || raw === '') throw unprocessable({ version: { code: 'validation.required' } });
  if (!/^\d{1,9}$/.test(raw)) throw unprocessable({ version: { code: 'validation.invalid' } });
  return Number(raw);
}

const isJsonType = (type: string | null) => {
  const t = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return t === 'application/json' || /^application\/[\w.+-]+\+json$/.test(t);
};

/** The JSON body of a write: 415 for another Content-Type, 400 for broken JSON, undefined when empty. */
async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  if (!isJsonType(request.headers.get('content-type'))) throw new HttpError(415, 'unsupported_media_type');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad_json');
  }
}

/**
 * A password change or a deactivation ends the user's sessions (in every tab): run inside the write,
 * after the handler, from what the request changed. The session making the change is kept when a user
 * changes their own password.
 */
function revokeSessionsOfChangedUsers(d: Db, ownToken: string | null) {
  for (const [id, before] of d.users.touched()) {
    const now = d.users.get(id);
    if (!before.row || !now) continue;
    const revoked = now.password !== before.row.password || (before.row.status === 'active' && now.status !== 'active');
    if (!revoked) continue;
    for (const s of d.sessions.where((x) => x.userId === id))
      if (s.id !== ownToken || now.status !== 'active') d.sessions.delete(s.id);
  }
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

/** The tab a request comes from (the client's X-Saksportal-Tab), named in the news of its writes. */
export const tabOf = (request: Request) => request.headers.get('x-saksportal-tab')?.slice(0, 40) || undefined;

const tokenOf = (request: Request) => {
  const auth = request.headers.get('authorization');
  return auth?.startsWith('Bearer ') ? auth.slice(7) : null;
};

function viewerOf(request: Request, d: Db): UserRow | null {
  const token = tokenOf(request);
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

/**
 * What has come due by the clock (a role's end, an office that did not answer: mocks/handlers/timeEvents.ts),
 * applied in its own write before a signed-in request runs. Registered by handlers/index.ts, so that this
 * module does not import the case rules.
 */
interface DueWork {
  check: (d: Db) => boolean;
  apply: (d: Db) => unknown;
}
let dueWork: DueWork | null = null;
export function setDueWork(work: DueWork | null) {
  dueWork = work;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface RouteOptions {
  /** Reachable without a session (sign-in, demo accounts). */
  public?: boolean;
  /** Not subject to latency and failure injection (the demo panel's own calls). */
  noChaos?: boolean;
  /** The handler manages the store itself (reset): no write journal, no lock. */
  manual?: boolean;
}

/**
 * Declares one endpoint. It answers 401 without a valid session, injects latency/failures when asked,
 * turns thrown HttpErrors into JSON errors and anything unexpected into a bare 500 `{code:"internal"}`.
 * A write runs in the shared store's write (one lock for every tab, caught up first, rolled back when it
 * throws, 507 when it cannot be persisted); a read first catches up with what other tabs wrote.
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
    try {
      const store = await sharedStore();
      const isWrite = method !== 'get';
      const body = isWrite ? await readBody(request) : undefined;
      const url = new URL(request.url);
      const run = async (d: Db) => {
        const viewer = viewerOf(request, d);
        if (!viewer && !options.public) throw new HttpError(401, 'unauthenticated');
        // ?scenario=… (mocks/scenarios.ts) may show the handler a view of the store.
        const view = options.noChaos ? d : scenarioView(d, path);
        const result = await handler({
          request,
          params,
          url,
          db: view,
          viewer: viewer as UserRow,
          portal: portalOf(view),
          body,
        });
        if (isWrite) revokeSessionsOfChangedUsers(d, tokenOf(request));
        return result;
      };
      let result: unknown;
      const origin = tabOf(request);
      if (dueWork && !options.public && !options.manual) {
        await store.settled();
        if (dueWork.check(store.db)) await store.write((d) => dueWork?.apply(d), origin);
      }
      if (isWrite && !options.manual) {
        result = await store.write(run, origin);
      } else {
        await store.settled();
        result = await run(store.db);
        await store.flushQuietly(origin);
      }
      if (result instanceof Response) return result;
      if (result === undefined) return new HttpResponse(null, { status: 204 });
      return jsonResponse(result);
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e);
      if (e instanceof StorageFullError) return errorResponse(new HttpError(507, 'storage_full'));
      reportInternal(e, request);
      return jsonResponse({ code: 'internal', message: 'Internal error' } satisfies ErrorBody, { status: 500 });
    }
  });
}
