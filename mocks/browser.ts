import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { readChaosFromLocation } from './chaos';
import { readScenarioFromLocation } from './scenarios';
import { db, dbStatus } from './db';

/** Starts the mock backend in the browser (dev and the production demo) before the app renders. */
export async function startMockBackend() {
  readChaosFromLocation(window.location.search);
  readScenarioFromLocation(window.location.search); // ?scenario=… for this page load only
  db(); // load (or seed) the store now, so that a discarded store can be reported on first render
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return dbStatus();
}
