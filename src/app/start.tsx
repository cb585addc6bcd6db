import { StrictMode, startTransition } from 'react';
import type { Root } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { sessionToken } from '@/api/client';
import { sessionQuery } from '@/api/endpoints/session';
import { initI18n } from '@/lib/i18n';
import { yieldToMain } from '@/lib/yieldToMain';
import { prefetchFirstData } from './firstData';
import { AppProviders, createQueryClient } from './providers';
import { routes } from './routes';

/**
 * The app's start, after its code has loaded (src/main.tsx), with as much as possible at once and the
 * main thread given back in between (the boot shell of index.html is on screen meanwhile):
 * - the shell's texts, the first route's code (the router starts loading it when created) and, for a
 *   signed-in user, the session and the first page's data (firstData.ts) all load in parallel, not one
 *   after the other;
 * - React's first render is a transition, which React renders in slices, yielding between them, instead
 *   of in one long task.
 */
export async function start(createRoot: (container: Element) => Root) {
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
