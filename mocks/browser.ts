import { setupWorker } from 'msw/browser';
import { http, passthrough } from 'msw';
import { API_BASE } from '@/api/client';
import { getChaos, readChaosFromLocation, setChaos } from './chaos';
import { EARLY_BACKEND_GLOBAL, type EarlyBackend } from './earlyStart';
import type { FromBackend, ToBackend, WireRequest, WireResponse } from './protocol';

/**
 * The page's half of the mock backend (dev and the production demo). MSW's service worker intercepts
 * the app's requests as before; its one handler forwards each `/api/*` request to a dedicated Web Worker
 * (mocks/backend.worker.ts) that holds the store, the rules, the handlers and zod, and answers with the
 * same handlers the tests run in-process (mocks/node.ts). So none of the backend's code or work is on the
 * page's main thread.
 *
 * What the page sets on the backend reaches the worker: the chaos switch (`?mockLatency`, the demo panel)
 * and `?scenario=` (mocks/scenarios.ts) for this page load.
 *
 * Started in parallel with the first render: nothing waits for it but the API calls (see
 * `whenBackendReady` in src/api/client.ts). When it is ready, `<html data-backend="ready">` says so.
 */
export function startMockBackend(): Promise<{ seedMs: number }> {
  readChaosFromLocation(window.location.search);
  // Started by index.html in the production build (see earlyStart.ts), else here.
  const early = (window as unknown as Record<string, EarlyBackend | undefined>)[EARLY_BACKEND_GLOBAL];
  const backend = early && !early.failed ? early.worker : new Worker(new URL('./backend.worker.ts', import.meta.url), { type: 'module', name: 'mock-backend' });
  const pending = new Map<number, (response: WireResponse | null) => void>();
  let nextId = 1;
  let seeded: (ms: number) => void;
  let failed: (e: Error) => void;
  const seeding = new Promise<number>((resolve, reject) => {
    seeded = resolve;
    failed = reject;
  });

  const receive = (event: MessageEvent<FromBackend>) => {
    const m = event.data;
    if (m.type === 'response') {
      pending.get(m.id)?.(m.response);
      pending.delete(m.id);
    } else if (m.type === 'storage') {
      try {
        if (m.value === null) localStorage.removeItem(m.key);
        else localStorage.setItem(m.key, m.value);
      } catch {
        /* private mode or full: the worker's copy still serves this tab */
      }
    } else if (m.type === 'chaos') {
      setChaos(m.chaos);
    } else if (m.type === 'ready') {
      seeded(m.ms);
    } else if (m.type === 'failed') {
      failed(new Error(`Mock backend failed to start: ${m.message}`));
    }
  };
  backend.addEventListener('error', (e) => failed(new Error(`Mock backend failed to start: ${e.message}`)));
  const send = (message: ToBackend, transfer: Transferable[] = []) => backend.postMessage(message, transfer);
  if (early && backend === early.worker) {
    backend.onmessage = null;
    for (const event of early.queue.splice(0)) receive(event as MessageEvent<FromBackend>);
  } else {
    send({ type: 'init', storage: storageEntries(), search: window.location.search });
  }
  backend.addEventListener('message', receive);
  send({ type: 'chaos', chaos: getChaos() });

  const forward = async (request: Request): Promise<Response | undefined> => {
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const wire: WireRequest = {
      url: request.url,
      method: request.method,
      headers: [...request.headers],
      body: hasBody ? await request.arrayBuffer() : null,
    };
    const id = nextId++;
    const answered = new Promise<WireResponse | null>((resolve) => pending.set(id, resolve));
    send({ type: 'request', id, request: wire }, wire.body ? [wire.body] : []);
    const r = await answered;
    if (!r) return undefined;
    // Statuses without a body (204, 304) must not get one, not even an empty buffer.
    const body = r.status === 204 || r.status === 304 ? null : r.body;
    return new Response(body, { status: r.status, statusText: r.statusText, headers: r.headers });
  };

  const worker = setupWorker(
    http.all(`*${API_BASE}/*`, async ({ request }) => (await forward(request)) ?? passthrough()),
  );
  const intercepting = worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return Promise.all([intercepting, seeding]).then(([, seedMs]) => {
    document.documentElement.dataset.backend = 'ready';
    return { seedMs };
  });
}

function storageEntries(): [string, string][] {
  try {
    const out: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null) out.push([key, localStorage.getItem(key) ?? '']);
    }
    return out;
  } catch {
    return [];
  }
}
