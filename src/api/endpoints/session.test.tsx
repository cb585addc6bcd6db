import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { server } from '@mocks/node';
import { sessionQuery } from '@/api/endpoints/session';
import { AppProviders, createQueryClient } from '@/app/providers';
import { routes } from '@/app/routes';
import { renderApp, signInAs } from '@test/renderApp';

/** Counts the session requests the app makes from now on. */
function countSessionRequests() {
  const seen = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === '/api/auth/session') seen.count++;
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}

describe('the session is asked for once per page view', () => {
  // First in this file: the first page view of a page load (this module's) counts from the start.
  it('at start-up: the answer asked for before the first render serves the guards and the page', async () => {
    const seen = countSessionRequests();
    signInAs('saksbehandler@jorn6.test');
    const client = createQueryClient();
    // As src/app/start.tsx does, and answered before React renders anything.
    await client.prefetchQuery(sessionQuery());
    expect(seen.count).toBe(1);
    render(
      <AppProviders client={client}>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />
      </AppProviders>,
    );
    expect(await screen.findByRole('region', { name: 'Saker etter status' })).toBeInTheDocument();
    expect(seen.count).toBe(1);
  });

  it('again at each navigation, so a change of the user’s rights shows on the next page', async () => {
    const seen = countSessionRequests();
    const { user } = renderApp({ user: 'saksbehandler@jorn6.test', url: '/' });
    expect(await screen.findByRole('region', { name: 'Saker etter status' })).toBeInTheDocument();
    const before = seen.count;
    await user.click(screen.getByRole('link', { name: 'Saksliste' }));
    await screen.findByRole('heading', { name: 'Saksliste', level: 1 });
    expect(seen.count).toBe(before + 1);
  });
});
