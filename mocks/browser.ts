import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { readChaosFromLocation } from './chaos';
import { initDb, dbStatus } from './db';

/** Starts the mock backend in the browser (dev and the production demo) before the app renders. */
export async function startMockBackend() {
  readChaosFromLocation(window.location.search);
  await initDb(); // open the shared store (IndexedDB) now, so that dropped or discarded data is reported on first render
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return dbStatus();
}
