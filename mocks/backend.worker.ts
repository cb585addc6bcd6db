/**
 * The mock backend's own thread: a dedicated module Web Worker (one per tab, built by Vite) that holds
 * the store, the rules, the handlers and zod, so that seeding and every request's work stay off the
 * page's main thread.
 *
 * The service worker (public/backendServiceWorker.js) sends each `/api/*` request here over a port the page
 * gave us (`connect`); the same handlers as in the tests (mocks/node.ts) answer through MSW's `getResponse`.
 */
import { mirroredStorage, post, scope } from './backend.worker.storage'; // first: MSW reads localStorage on import
import { getResponse } from 'msw';
import { handlers } from './handlers';
import { onChaosChange, setChaos } from './chaos';
import { readScenarioFromLocation } from './scenarios';
import { db, initDb } from './db';
import { casePrimer } from './rules/caseColumns';
import { routeTable } from './routeTable';
import type { PortRequest, PortResponse, WireRequest, WireResponse } from './protocol';

let ready: Promise<void> | null = null;
/** The handlers that may answer a request (see routeTable: msw would try all ~70 at every request). */
const candidates = routeTable(handlers);

/**
 * From this many cases on, the page starts its scripts beside the seeding rather than after it (the
 * `seeding` message): seeding grows with the cases (~0.3 s with 100,000 in this worker), while
 * the demo's 240 cases are seeded in a few milliseconds, and then the page's scripts are better run alone.
 */
const LONG_SEEDING_CASES = 10_000;

async function init(message: { storage: [string, string][]; search: string }) {
  const t0 = performance.now();
  mirroredStorage.load(message.storage);
  readScenarioFromLocation(message.search); // ?scenario=… for this page load only
  onChaosChange((chaos) => post({ type: 'chaos', chaos }));
  // Open the shared store (IndexedDB, shared by the tabs) before the first request.
  await initDb({
    onSeeding: ({ caseCount }) => {
      if (caseCount >= LONG_SEEDING_CASES) post({ type: 'seeding', caseCount });
    },
    // The columns the first answers read, made from the cases as the seeding draws them (see `primed`).
    seedVisitor: ({ caseCount }) => casePrimer(caseCount),
    // The seeding's index, kept for the next start of this build (its script's URL has the build's hash;
    // not while developing, where the code changes under the same URL).
    seedIndex: import.meta.env.DEV ? undefined : { build: self.location.href, delayMs: SEED_INDEX_DELAY_MS },
  });
  post({ type: 'ready', ms: performance.now() - t0 });
  makeCasesInBackground();
}

/**
 * After a start that drew the seed's cases, how long until what it drew is stored (see `seedIndex`): past
 * the first answers, and before the making in the background (a start rarely lasts less).
 */
const SEED_INDEX_DELAY_MS = 300;

/** Seeded cases made per turn of the worker's event loop (a few ms): requests are answered in between. */
const CASES_PER_TURN = 2_000;
/** Left to the first requests after a start before the making begins. */
const MAKING_DELAY_MS = 400;
let making = false;

/**
 * The seed's cases are made when first asked for (mocks/db/store.ts `loadOnDemand`): the dashboard needs
 * a page of them. The others are made here, a slice at a time, so that the first request reading them
 * all (the case list's filters, a report) does not wait for them.
 */
function makeCasesInBackground(delay = MAKING_DELAY_MS) {
  if (making || !db().cases.partlyMade) return;
  making = true;
  const step = () => {
    if (db().cases.makeSome(CASES_PER_TURN)) making = false;
    else setTimeout(step, 0);
  };
  setTimeout(step, delay);
}

function toRequest(w: WireRequest): Request {
  return new Request(w.url, { method: w.method, headers: w.headers, body: w.body });
}

async function toWire(res: Response): Promise<WireResponse> {
  const body = res.body === null ? null : await res.arrayBuffer();
  return { status: res.status, statusText: res.statusText, headers: [...res.headers], body };
}

/** An exception in a handler is a bug: answer 500 like a real server would, never with a stack. */
const internalError = (): WireResponse => ({
  status: 500,
  statusText: 'Internal Server Error',
  headers: [['content-type', 'application/json']],
  body: new TextEncoder().encode(JSON.stringify({ code: 'internal', message: 'Internal error' })).buffer as ArrayBuffer,
});

async function answer(port: MessagePort, id: number, request: WireRequest) {
  let response: WireResponse | null;
  try {
    const received = performance.now();
    await ready;
    const started = performance.now();
    const req = toRequest(request);
    const res = await getResponse(candidates(req), req);
    response = res ? await toWire(res) : null;
    // Like a real server: how long the answer waited for the store to open, and how long it took to make
    // (DevTools shows it with the request).
    response?.headers.push([
      'server-timing',
      `wait;dur=${(started - received).toFixed(1)}, app;dur=${(performance.now() - started).toFixed(1)}`,
    ]);
  } catch (e) {
    console.error('Mock backend: unhandled exception', e);
    response = internalError();
  }
  const message: PortResponse = { id, response };
  port.postMessage(message, response?.body ? [response.body] : []);
  // A reset (this tab's or another's) seeds the cases anew.
  makeCasesInBackground(0);
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = init(message).catch((e: unknown) => {
      post({ type: 'failed', message: (e as Error).message });
    });
  } else if (message.type === 'chaos') {
    setChaos(message.chaos, undefined);
  } else if (message.type === 'connect') {
    const port = event.ports[0];
    if (!port) return;
    port.onmessage = (e: MessageEvent<PortRequest>) => void answer(port, e.data.id, e.data.request);
  }
});
