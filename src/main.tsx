import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { sessionToken, whenBackendReady } from './api/client';
import { sessionQuery } from './api/endpoints/session';
import { prefetchFirstData } from './app/firstData';
import { AppProviders, createQueryClient } from './app/providers';
import { routes } from './app/routes';
import { initI18n } from './lib/i18n';
import { yieldToMain } from './lib/yieldToMain';
import './styles.css';

// The backend of this product is Mock Service Worker, in dev and in the production demo alike. It starts
// (service worker registration, and the store seeded in its own Web Worker) in parallel with the first
// render: the shell never waits for it, only the API calls do.
whenBackendReady(import('../mocks/browser').then((m) => m.startMockBackend()));

/**
 * Start-up, with as much as possible at once and the main thread given back in between (the boot shell
 * of index.html is on screen meanwhile):
 * - the shell's texts, the first route's code (the router starts loading it when created) and, for a
 *   signed-in user, the session and the first page's data (firstData.ts) all load in parallel, not one
 *   after the other;
 * - React's first render is a transition, which React renders in slices, yielding between them, instead
 *   of in one long task.
 */
async function boot() {
  const client = createQueryClient();
  if (sessionToken.get()) {
    void client.prefetchQuery(sessionQuery());
    void prefetchFirstData(client, routes, window.location);
  }
  const texts = initI18n();
  const router = createBrowserRouter(routes);
  await texts;
  await yieldToMain();
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders client={client}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    ),
  );
}

void boot();
