import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { setChaos } from '@mocks/chaos';
import { AppProviders, createQueryClient } from '@/app/providers';
import { routes } from '@/app/routes';
import { renderApp, signInAs } from '../../test/renderApp';

// The dashboard page can be made to fail while rendering (a bug in a page), once or until told otherwise.
const page = vi.hoisted(() => ({ broken: false }));
vi.mock('@/features/dashboard/DashboardPage', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/dashboard/DashboardPage')>();
  return {
    DashboardPage: () => {
      if (page.broken) throw new Error('A bug in the dashboard');
      return <real.DashboardPage />;
    },
  };
});
afterEach(() => {
  page.broken = false;
});

/** React and the router report a caught render error on console.error; here it is the point of the test. */
const expectRenderErrorLogs = () => vi.mocked(console.error).mockImplementation(() => undefined);

const CASE_HANDLER = 'saksbehandler@jorn6.test';

describe('the shell stays when something fails', () => {
  it('shows the shell at once when the API fails, the error with "Prøv igjen" in the main area, and the page after a retry', async () => {
    setChaos({ latencyMs: 0, failRate: 1 });
    const { user } = renderApp({ user: CASE_HANDLER, url: '/cases' });
    // Top bar and demo panel are there (once the page's code is loaded) whatever the API says, so the
    // failure rate can be set back.
    expect(await screen.findByRole('button', { name: 'Logg ut' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Språk' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo', { name: 'Demo' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(await within(main).findByText('Tjenesten svarer ikke akkurat nå. Prøv igjen.')).toBeInTheDocument();

    setChaos({ latencyMs: 0, failRate: 0 });
    await user.click(within(main).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saksliste' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Instrumentbord' }),
    ).toBeInTheDocument();
  });

  it('shows the error as soon as the first request failed, while the app keeps retrying behind it', async () => {
    setChaos({ latencyMs: 0, failRate: 1 });
    signInAs(CASE_HANDLER);
    // The production client: transient failures are retried (after 1 s, then 2 s).
    const router = createMemoryRouter(routes, { initialEntries: ['/'] });
    render(
      <AppProviders client={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 900 });
    expect(alert).toHaveTextContent('Tjenesten svarer ikke akkurat nå');
    expect(alert).toHaveTextContent('Prøver igjen');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    setChaos({ latencyMs: 0, failRate: 0 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Instrumentbord' }, { timeout: 4000 }),
    ).toBeInTheDocument();
  });

  it('catches a page that fails to render inside the shell; navigation and "Prøv igjen" still work', async () => {
    expectRenderErrorLogs();
    page.broken = true;
    const { user } = renderApp({ user: CASE_HANDLER, url: '/' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Denne delen av siden kunne ikke vises' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Feil – Saksportal');
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(screen.getByRole('button', { name: 'Logg ut' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo', { name: 'Demo' })).toBeInTheDocument();

    page.broken = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instrumentbord' })).toBeInTheDocument();

    page.broken = true;
    await user.click(within(nav).getByRole('link', { name: 'Saksliste' }));
    await user.click(within(nav).getByRole('link', { name: 'Instrumentbord' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Denne delen av siden kunne ikke vises' }),
    ).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Saksliste' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saksliste' })).toBeInTheDocument();
  });
});

describe('titles and the menu', () => {
  it('names every page in the browser tab, in the chosen language', async () => {
    const { user, router } = renderApp({ url: '/login' });
    await waitFor(() => expect(document.title).toBe('Logg inn – Saksportal'));
    signInAs(CASE_HANDLER);
    await act(() => router.navigate('/cases'));
    await screen.findByRole('heading', { level: 1, name: 'Saksliste' });
    await waitFor(() => expect(document.title).toBe('Saksliste – Saksportal'));
    await act(() => router.navigate('/nowhere'));
    await waitFor(() => expect(document.title).toBe('Siden finnes ikke – Saksportal'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.title).toBe('Page not found – Saksportal');
  });

  it('folds navigation and tools into "Meny", which Escape closes, returning focus to it', async () => {
    const { user } = renderApp({ user: CASE_HANDLER, url: '/' });
    const toggle = await screen.findByRole('button', { name: 'Meny' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(menu).getByRole('button', { name: 'Logg ut' })).toBeInTheDocument();
    within(menu).getByRole('link', { name: 'Saksliste' }).focus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
