import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { renderApp } from '@test/renderApp';
import { db } from '@mocks/db';
import { server } from '@mocks/node';

describe('sign-in', () => {
  it('lists the demo accounts and signs the company admin in', async () => {
    const { user, router } = renderApp({ url: '/login' });
    expect(await screen.findByRole('heading', { name: 'Logg inn i Saksportal' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Bruk jorn.service@hansjorn.test' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
    await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('Innlogget som Anne Admin')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Selskapets admin' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rolledefinisjon' })).not.toBeInTheDocument();
  });

  it('says so at the field when the e-mail is missing or malformed', async () => {
    const { user } = renderApp({ url: '/login' });
    await user.click(await screen.findByRole('button', { name: 'Logg inn' }));
    expect(await screen.findAllByText('Feltet er obligatorisk.')).toHaveLength(2);
    await user.type(screen.getByLabelText('E-postadresse', { exact: true }), 'ikke-en-adresse');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText(/Skriv en gyldig e-postadresse/)).toBeInTheDocument();
  });

  it('refuses a wrong password without telling which part was wrong', async () => {
    const { user } = renderApp({ url: '/login' });
    await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
    await user.type(screen.getByLabelText('Passord', { exact: true }), 'feil');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText('Feil e-postadresse eller passord.')).toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign-in and back to the page afterwards', async () => {
    const { user, router } = renderApp({ url: '/cases' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'saksbehandler@jorn6.test');
    await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases'));
  });

  it('signs out and forgets the session', async () => {
    const { user, router } = renderApp({ user: 'saksbehandler@jorn6.test', url: '/' });
    await user.click(await screen.findByRole('button', { name: 'Logg ut' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(localStorage.getItem('saksportal.session.token')).toBeNull();
  });

  it('goes back to sign-in when the session has expired, and returns to the page after', async () => {
    const { user, router, client } = renderApp({ user: 'admin@jorn6.test', url: '/' });
    expect(await screen.findByText('Innlogget som Anne Admin')).toBeInTheDocument();
    // The dashboard has loaded (a request still in flight would meet the expiry on the dashboard itself).
    await waitFor(() => expect(client.isFetching()).toBe(0));
    // The server forgets the session (expired); the next request answers 401.
    for (const s of db().sessions.all()) db().sessions.delete(s.id);
    await user.click(screen.getByRole('link', { name: 'Selskapets admin' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toContain(encodeURIComponent('/admin/members'));
    await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
    await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/members'));
  });

  it('after 5 wrong passwords says when to try again', async () => {
    const { user } = renderApp({ url: '/login' });
    await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
    const password = screen.getByLabelText('Passord', { exact: true });
    for (let i = 0; i < 5; i++) {
      await user.clear(password);
      await user.type(password, `feil${i}`);
      await user.click(screen.getByRole('button', { name: 'Logg inn' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Logg inn' })).toBeEnabled());
    }
    await user.clear(password);
    await user.type(password, 'demo');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(
      await screen.findByText(
        /^For mange mislykkede innlogginger for denne kontoen\. Prøv igjen kl\. \d{2}:\d{2} \(om 15 min\)\.$/,
      ),
    ).toBeInTheDocument();
  });

  it.each(['/\\evil.invalid', '//evil.invalid', 'https://evil.invalid/x'])(
    'with ?next=%s signs in and lands on the start page',
    async (next) => {
      const { user, router } = renderApp({ url: `/login?next=${encodeURIComponent(next)}` });
      await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'saksbehandler@jorn6.test');
      await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
      await user.click(screen.getByRole('button', { name: 'Logg inn' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(await screen.findByText(/Innlogget som/)).toBeInTheDocument();
    },
  );

  /** The page's own "Demokontoer" (the boot shell, painted while the page's code loads, has one too). */
  const demoRegion = async () => {
    await screen.findByRole('button', { name: 'Logg inn' });
    return screen.getByRole('region', { name: 'Demokontoer' });
  };

  it('says the demo accounts are loading while the backend starts', async () => {
    server.use(
      http.get('*/api/auth/demo-accounts', async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    renderApp({ url: '/login' });
    const demo = await demoRegion();
    expect(within(demo).getByRole('status')).toHaveTextContent('Laster …');
    // The sign-in form does not wait for it.
    expect(screen.getByRole('button', { name: 'Logg inn' })).toBeEnabled();
    expect(screen.getByLabelText('E-postadresse', { exact: true })).toBeEnabled();
  });

  it('says so when the demo accounts could not be fetched, and lists them after "Prøv igjen"', async () => {
    server.use(
      http.get(
        '*/api/auth/demo-accounts',
        () => HttpResponse.json({ code: 'unavailable', message: 'down' }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderApp({ url: '/login' });
    const demo = await demoRegion();
    const alert = await within(demo).findByRole('alert');
    expect(alert).toHaveTextContent('Tjenesten svarer ikke akkurat nå');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await within(demo).findByRole('button', { name: 'Bruk jorn.service@hansjorn.test' })).toBeInTheDocument();
    expect(within(demo).queryByRole('alert')).not.toBeInTheDocument();
  });
});
