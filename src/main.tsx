import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './app/providers';
import { routes } from './app/routes';
import { initI18n } from './lib/i18n';
import './styles.css';

async function boot() {
  // The backend of this product is Mock Service Worker, in dev and in the production demo alike.
  // It loads in parallel with the shell's texts.
  const [{ startMockBackend }] = await Promise.all([import('../mocks/browser'), initI18n()]);
  await startMockBackend();
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
