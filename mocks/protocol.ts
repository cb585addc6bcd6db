/**
 * Messages between the page (mocks/browser.ts), the service worker (public/backendServiceWorker.js) and
 * the mock backend's dedicated Web Worker (mocks/backend.worker.ts). Types only: nothing here ends up in
 * any bundle.
 *
 * The service worker intercepts every `/api/*` request and sends it, over a MessagePort the page gave it
 * (`connect`), to the backend worker as a plain object (bodies as transferred ArrayBuffers); it turns the
 * answer back into a Response. The page's main thread is not on that path.
 */
import type { Chaos } from './chaos';

export interface WireRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** Page -> worker. */
export type ToBackend =
  | {
      /** Sent first (by index.html's early start, see earlyStart.ts, or by browser.ts): starts the store. */
      type: 'init';
      /** The page's localStorage entries, until the store keeps its rows in IndexedDB itself. */
      storage: [string, string][];
      /** The page's `location.search`: `?scenario=…` applies to this page load (mocks/scenarios.ts). */
      search: string;
    }
  /** The chaos switch as the page read it (URL parameters, then this tab's sessionStorage); before any request. */
  | { type: 'chaos'; chaos: Chaos }
  /** A port for the service worker's requests (`PortRequest`, answered on the same port with `PortResponse`). */
  | { type: 'connect' };

/** Service worker -> backend worker, over a port from `connect`. */
export interface PortRequest {
  type: 'request';
  id: number;
  request: WireRequest;
}

/** Backend worker -> service worker: `null` when no handler matched (the request goes to the network). */
export interface PortResponse {
  id: number;
  response: WireResponse | null;
}

/** Worker -> page. */
export type FromBackend =
  | { type: 'ready'; ms: number }
  /**
   * The store is about to seed many cases (a second with 100,000): the signed-in page's loader starts
   * the page's scripts now rather than when the backend is ready (src/app/bootShell.ts).
   */
  | { type: 'seeding'; caseCount: number }
  /** The backend changed the chaos switch (PUT /system/chaos): the page keeps it for this tab. */
  | { type: 'chaos'; chaos: Chaos }
  /** A write of the worker's storage shim, mirrored into the page's localStorage (value null: removed). */
  | { type: 'storage'; key: string; value: string | null }
  | { type: 'failed'; message: string };
