/* global self */
/**
 * The mock backend's service worker (dev and the production demo; registered by mocks/browser.ts).
 *
 * It answers each `/api/*` request of a page from that tab's mock backend Web Worker
 * (mocks/backend.worker.ts) through a MessagePort the page hands over once, so that no request, body or
 * answer passes through the page's main thread (MSW's own service worker asks the page for every request).
 * Messages as in mocks/protocol.ts (`WireRequest`, `WireResponse`). Plain JavaScript: served as is.
 *
 * A service worker may be stopped when idle and loses its ports: it then asks the page for a new one
 * (`backend-port-please`); a page without a mock backend does not answer, and its request goes to the network.
 */
const ports = new Map(); // clientId -> { port, pending: Map<id, resolve> }
const waiting = new Map(); // clientId -> [resolve]
let nextId = 1;
const PORT_TIMEOUT_MS = 10000;

self.addEventListener('install', (event) => {
  // Only /api/* needs this worker. Everything else (the page, its scripts, styles and texts) goes straight
  // to the network and the HTTP cache, without a fetch event: a controlled page's start used to wake this
  // worker and run its handler for each of its ~30 files, on the same cores as the page and the backend.
  // (Static routing, where the browser has it; elsewhere the fetch handler below lets those requests pass.)
  if (typeof event.addRoutes === 'function' && typeof URLPattern === 'function') {
    event.waitUntil(
      event
        .addRoutes([
          { condition: { urlPattern: new URLPattern({ pathname: '/api/*' }) }, source: 'fetch-event' },
          { condition: { urlPattern: new URLPattern({ pathname: '*' }) }, source: 'network' },
        ])
        .catch(() => undefined),
    );
  }
  self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const clientId = event.source && event.source.id;
  if (data.type === 'claim') {
    // A page loaded without a controller (a hard reload) asks to be controlled.
    event.waitUntil(self.clients.claim());
  } else if (data.type === 'backend-port' && clientId && event.ports[0]) {
    const port = event.ports[0];
    const connection = { port, pending: new Map() };
    port.onmessage = (e) => {
      const m = e.data;
      const resolve = connection.pending.get(m.id);
      connection.pending.delete(m.id);
      if (resolve) resolve(m.response);
    };
    ports.set(clientId, connection);
    for (const resolve of waiting.get(clientId) || []) resolve(connection);
    waiting.delete(clientId);
  }
});

async function connectionOf(clientId) {
  const known = ports.get(clientId);
  if (known) return known;
  const client = await self.clients.get(clientId);
  if (!client) return null;
  return new Promise((resolve) => {
    const list = waiting.get(clientId) || [];
    list.push(resolve);
    waiting.set(clientId, list);
    if (list.length === 1) client.postMessage({ type: 'backend-port-please' });
    setTimeout(() => resolve(null), PORT_TIMEOUT_MS);
  });
}

async function answer(request, clientId) {
  const connection = await connectionOf(clientId);
  if (!connection) return fetch(request);
  const original = request.clone(); // for the network when no handler answers
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const body = hasBody ? await request.arrayBuffer() : null;
  const wire = { url: request.url, method: request.method, headers: [...request.headers], body };
  const id = nextId++;
  const response = await new Promise((resolve) => {
    connection.pending.set(id, resolve);
    connection.port.postMessage({ type: 'request', id, request: wire }, body ? [body] : []);
  });
  if (!response) return fetch(original);
  // Statuses without a body (204, 304) must not get one, not even an empty buffer.
  const out = response.status === 204 || response.status === 304 ? null : response.body;
  return new Response(out, { status: response.status, statusText: response.statusText, headers: response.headers });
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/') || !event.clientId) return;
  event.respondWith(answer(event.request, event.clientId));
});
