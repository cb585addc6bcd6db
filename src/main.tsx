import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { whenBackendReady } from './api/client';
import { AppProviders, createQueryClient } from './app/providers';
import { routes } from './app/routes';
import { initI18n } from './lib/i18n';
import './styles.css';

// The backend of this product is Mock Service Worker, in dev and in the production demo alike. It starts
// (service worker registration, and the store seeded in its own Web Worker) in parallel with the first
// render: the shell never waits for it, only the API calls do.
whenBackendReady(import('../mocks/browser').then((m) => m.startMockBackend()));

async function boot() {
  await initI18n();
  const router = createBrowserRouter(routes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders client={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void boot();
