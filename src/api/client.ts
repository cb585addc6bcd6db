import type { z } from 'zod';
import type { ErrorBody, FieldError } from './contract/common';
import { TAB_ID } from './crossTab';

/** A non-2xx answer (or a network failure, status 0) in one typed shape the UI can translate. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly fieldErrors: Record<string, FieldError>;

  constructor(status: number, body: Partial<ErrorBody> & { code: string }) {
    super(body.message ?? body.code);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.params = body.params ?? {};
    this.fieldErrors = body.fieldErrors ?? {};
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const TOKEN_KEY = 'saksportal.session.token';
const LAST_TOKEN_KEY = 'saksportal.session.last';

/** Storage can throw (full, disabled): the token is then kept in memory for this page. */
function tryStorage<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
let memoryToken: string | null = null;

/**
 * The session token lives per tab (sessionStorage), so tabs signed in as different accounts coexist.
 * The most recent sign-in is also kept in localStorage, and a new tab starts with it.
 */
export const sessionToken = {
  get(): string | null {
    if (memoryToken) return memoryToken;
    const own = tryStorage(() => sessionStorage.getItem(TOKEN_KEY));
    // '' marks a tab that signed out: it does not adopt another tab's session.
    if (own !== null && own !== undefined) return own || null;
    const last = tryStorage(() => localStorage.getItem(LAST_TOKEN_KEY)) ?? null;
    if (last) tryStorage(() => sessionStorage.setItem(TOKEN_KEY, last));
    return last;
  },
  set(token: string | null) {
    const previous = sessionToken.get();
    memoryToken = null;
    if (token) {
      // Never throws: a full storage must not break sign-in (the page then keeps the token in memory).
      const kept = tryStorage(() => {
        sessionStorage.setItem(TOKEN_KEY, token);
        return true;
      });
      if (!kept) memoryToken = token;
      tryStorage(() => localStorage.setItem(LAST_TOKEN_KEY, token));
    } else {
      tryStorage(() => sessionStorage.setItem(TOKEN_KEY, ''));
      // Another tab's newer sign-in stays the one new tabs start with.
      if (previous && tryStorage(() => localStorage.getItem(LAST_TOKEN_KEY)) === previous)
        tryStorage(() => localStorage.removeItem(LAST_TOKEN_KEY));
    }
  },
};

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
/** The app shell subscribes so that an expired session anywhere sends the user back to sign-in. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const storageFullListeners = new Set<Listener>();
/** A write the backend could not persist (507): the shell shows a notice that stays until a reset. */
export function onStorageFull(listener: Listener): () => void {
  storageFullListeners.add(listener);
  return () => storageFullListeners.delete(listener);
}

export const API_BASE = '/api';

/**
 * The mock backend starts in parallel with the first render (src/main.tsx): requests wait until it can
 * answer. Unset (tests, a real server): no wait.
 */
let backendReady: Promise<unknown> | null = null;
export function whenBackendReady(ready: Promise<unknown>) {
  backendReady = ready.catch(() => undefined); // a failed start shows as failed requests, not a hang
}

type Query = Record<string, string | number | boolean | undefined | null | readonly (string | number)[]>;

export function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => sp.append(k, String(x)));
    else sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/**
 * A schema that is imported when a request needs it: keeps zod and the contract out of the scripts the
 * first screen waits for (the import starts with the request, in parallel with it).
 */
export interface LazySchema<S extends z.ZodTypeAny> {
  readonly loadSchema: () => Promise<S>;
}
export const lazySchema = <S extends z.ZodTypeAny>(loadSchema: () => Promise<S>): LazySchema<S> => ({ loadSchema });

export interface RequestOptions<S extends z.ZodTypeAny> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  /** Schema of the 2xx body; the response is parsed with it so a broken contract fails loudly. */
  schema: S | LazySchema<S>;
  signal?: AbortSignal;
  /**
   * 'blob': a file (a CSV): the 2xx body is read as bytes (a BOM kept) and handed to the schema as
   * `{ blob, filename }`, the file name from Content-Disposition. Session, errors and 401 as for JSON.
   */
  responseType?: 'json' | 'blob';
}

/** The one typed fetch of the app: adds the session, parses the answer, turns failures into ApiError. */
export async function apiRequest<S extends z.ZodTypeAny>(opts: RequestOptions<S>): Promise<z.output<S>> {
  // A lazy schema is imported once the backend can answer, in parallel with the request: on the sign-in
  // page the backend's worker starts when the page is idle, and evaluating zod and the contract beside its
  // start made both of the page's longest tasks (37 and 31 ms, 2 cores shared with the worker's compile).
  if (backendReady) await backendReady;
  const schema = 'loadSchema' in opts.schema ? opts.schema.loadSchema() : Promise.resolve(opts.schema);
  schema.catch(() => undefined); // a failed import fails the parse below, not as an unhandled rejection
  const url = new URL(API_BASE + opts.path + toSearch(opts.query), window.location.origin);
  const headers: Record<string, string> = {
    Accept: opts.responseType === 'blob' ? '*/*' : 'application/json',
    'X-Saksportal-Tab': TAB_ID,
  };
  const token = sessionToken.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'network', message: (e as Error).message });
  }
  if (res.status === 204) return (await schema).parse(undefined);
  if (res.ok && opts.responseType === 'blob') {
    const filename = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? null;
    return (await schema).parse({ blob: await res.blob(), filename });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's error page, say): handled as a body-less error below.
  }
  if (!res.ok) {
    const { ErrorBody } = await import('./contract/common');
    const parsed = ErrorBody.safeParse(json);
    const err = new ApiError(
      res.status,
      parsed.success ? parsed.data : { code: `http_${res.status}`, message: res.statusText },
    );
    if (res.status === 401) {
      sessionToken.set(null);
      unauthorizedListeners.forEach((l) => l());
    }
    if (res.status === 507) storageFullListeners.forEach((l) => l());
    throw err;
  }
  return (await schema).parse(json);
}
