import { getChaos, readChaosFromLocation, setChaos } from './chaos';
import { EARLY_BACKEND_GLOBAL, type EarlyBackend } from './earlyStart';
import type { FromBackend, ToBackend } from './protocol';

/**
 * The page's half of the mock backend (dev and the production demo). A service worker
 * (public/backendServiceWorker.js) intercepts the app's `/api/*` requests and answers each from a
 * dedicated Web Worker (mocks/backend.worker.ts) that holds the store, the rules, the handlers and zod, and
 * answers with the same handlers the tests run in-process (mocks/node.ts, through MSW's `getResponse`).
 * The page only hands the service worker a MessagePort to that worker: no request, body or answer passes
 * through the page's main thread, and no MSW code is loaded on the page.
 *
 * What the page sets on the backend reaches the worker: the chaos switch (`?mockLatency`, the demo panel)
 * and `?scenario=` (mocks/scenarios.ts) for this page load.
 *
 * Started in parallel with the first render: nothing waits for it but the API calls (see
 * `whenBackendReady` in src/api/client.ts). When it is ready, `<html data-backend="ready">` says so.
 */
export const BACKEND_SERVICE_WORKER = 'backendServiceWorker.js';

export function startMockBackend(): Promise<{ seedMs: number }> {
  readChaosFromLocation(window.location.search);
  // Started by index.html in the production build (see earlyStart.ts), else here.
  const early = (window as unknown as Record<string, EarlyBackend | undefined>)[EARLY_BACKEND_GLOBAL];
  const backend =
    early && !early.failed
      ? early.worker
      : new Worker(new URL('./backend.worker.ts', import.meta.url), { type: 'module', name: 'mock-backend' });
  let seeded: (ms: number) => void;
  let failed: (e: Error) => void;
  const seeding = new Promise<number>((resolve, reject) => {
    seeded = resolve;
    failed = reject;
  });

  const receive = (event: MessageEvent<FromBackend>) => {
    const m = event.data;
    if (m.type === 'storage') {
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

  return Promise.all([connectServiceWorker(send), seeding]).then(([, seedMs]) => {
    document.documentElement.dataset.backend = 'ready';
    return { seedMs };
  });
}

/**
 * Registers the service worker, waits until it controls this page, and gives it a port to the backend
 * worker (again whenever it asks: a stopped and restarted service worker has lost its ports).
 */
async function connectServiceWorker(send: (message: ToBackend, transfer: Transferable[]) => void): Promise<void> {
  const sw = navigator.serviceWorker;
  const ours = () => !!sw.controller?.scriptURL.endsWith(`/${BACKEND_SERVICE_WORKER}`);
  const connect = () => {
    const controller = sw.controller;
    if (!controller || !ours()) return;
    const channel = new MessageChannel();
    send({ type: 'connect' }, [channel.port1]);
    controller.postMessage({ type: 'backend-port' }, [channel.port2]);
  };
  sw.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'backend-port-please') connect();
  });
  const registering = sw.register(`${import.meta.env.BASE_URL}${BACKEND_SERVICE_WORKER}`, {
    scope: import.meta.env.BASE_URL,
  });
  if (ours()) {
    // A returning page is served already: register() only checks for an update, nothing waits for it.
    registering.catch(() => undefined);
  } else {
    const registration = await registering;
    // Not yet controlled (a first visit, a hard reload) or still by an older build's service worker.
    const controlled = new Promise<void>((resolve) => {
      const check = () => ours() && (sw.removeEventListener('controllerchange', check), resolve());
      sw.addEventListener('controllerchange', check);
      check(); // it may have taken over while register() was settling
    });
    // A page loaded past the active service worker (a hard reload) asks it to take the page over.
    (registration.active ?? (await sw.ready).active)?.postMessage({ type: 'claim' });
    await controlled;
  }
  connect();
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
