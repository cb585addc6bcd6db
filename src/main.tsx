import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { whenBackendReady } from './api/client';
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
 * Start-up in short steps, each its own task, so that a phone's main thread is never blocked for long
 * (the boot shell of index.html is on screen meanwhile): texts, then the router (which starts loading the
 * first route's code), then React's first render as a transition, which React renders in slices and
 * yields between them instead of in one long task.
 */
async function boot() {
  await initI18n();
  await yieldToMain();
  const router = createBrowserRouter(routes);
  await yieldToMain();
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders client={createQueryClient()}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    ),
  );
}

void boot();
