/**
 * Messages between the page (mocks/browser.ts) and the mock backend's dedicated Web Worker
 * (mocks/backend.worker.ts). Types only: nothing here ends up in either bundle.
 *
 * The page keeps MSW's service-worker interception; its one catch-all handler forwards every `/api/*`
 * request here as a plain object (bodies as transferred ArrayBuffers) and turns the answer back into a
 * Response.
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
  | { type: 'request'; id: number; request: WireRequest };

/** Worker -> page. */
export type FromBackend =
  | { type: 'ready'; ms: number }
  | { type: 'response'; id: number; response: WireResponse | null }
  /** The backend changed the chaos switch (PUT /system/chaos): the page keeps it for this tab. */
  | { type: 'chaos'; chaos: Chaos }
  /** A write of the worker's storage shim, mirrored into the page's localStorage (value null: removed). */
  | { type: 'storage'; key: string; value: string | null }
  | { type: 'failed'; message: string };
