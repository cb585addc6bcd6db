import { screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { renderApp } from '@test/renderApp';
import { onIndexedDb } from '@test/api';
import { db, IDS, reloadDb, sharedStore } from '@mocks/db';

onIndexedDb();

const field = (name: string) => screen.getByRole('textbox', { name });

afterEach(async () => {
  (await sharedStore()).persistFault = null;
});

describe('full storage in the app', () => {
  it('a save that cannot be stored says so, keeps the input, and the shell offers "Tilbakestill demodata"', async () => {
    const { user } = renderApp({ user: 'admin@jorn6.test', url: `/admin/members/${IDS.craftsman}` });
    await screen.findByRole('textbox', { name: 'Fornavn' }, { timeout: 15_000 });
    (await sharedStore()).persistFault = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await user.clear(field('Fornavn'));
    await user.type(field('Fornavn'), 'Ikke lagret');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    expect(
      await screen.findByText(/Nettleseren har ikke plass til flere endringer, så endringen er ikke lagret/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Endringene er lagret.')).not.toBeInTheDocument();
    expect(field('Fornavn')).toHaveValue('Ikke lagret');
    expect(db().users.get(IDS.craftsman)?.firstName).not.toBe('Ikke lagret');
    const notice = (
      await screen.findByText(
        'Nettleseren har ikke plass til flere endringer. Ingenting blir lagret før demodataene er tilbakestilt.',
      )
    ).closest('[role="alert"]') as HTMLElement;
    expect(within(notice).getByRole('button', { name: 'Tilbakestill demodata' })).toBeInTheDocument();
  });

  it('a sign-in that cannot be stored says so on the sign-in page, with the reset at hand', async () => {
    const { user } = renderApp({ url: '/login' });
    (await sharedStore()).persistFault = new DOMException('full', 'QuotaExceededError');
    await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
    await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(
      await screen.findByText(/Nettleseren har ikke plass til flere endringer, så endringen er ikke lagret/),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Tilbakestill demodata' })).toBeInTheDocument();
  });

  it('a full localStorage/sessionStorage does not break sign-in (the token is kept in memory)', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const { user, router } = renderApp({ url: '/login' });
      await user.type(await screen.findByLabelText('E-postadresse', { exact: true }), 'admin@jorn6.test');
      await user.type(screen.getByLabelText('Passord', { exact: true }), 'demo');
      await user.click(screen.getByRole('button', { name: 'Logg inn' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(await screen.findByText('Innlogget som Anne Admin')).toBeInTheDocument();
    } finally {
      setItem.mockRestore();
    }
  });
});

describe('stored data that fails its checks', () => {
  it.each<[string, { t: string; id: string; row: unknown }, RegExp]>([
    ['a case reduced to its id', { t: 'cases', id: 'case-3', row: { id: 'case-3' } }, /sak case-3/],
    ['a deleted portal', { t: 'portals', id: 'portal-1', row: null }, /portal portal-1/],
    [
      'a user with a 5 MB password',
      { t: 'users', id: IDS.craftsman, row: { id: IDS.craftsman, password: 'x'.repeat(5_000_000) } },
      new RegExp(`bruker ${IDS.craftsman}`),
    ],
    [
      'a session of a user that does not exist',
      { t: 'sessions', id: 's-x', row: { id: 's-x', userId: 'u-nope', expiresAt: '2030-01-01T00:00:00Z' } },
      /økt s-x/,
    ],
  ])('%s: the app works and says what was discarded', async (_label, change, named) => {
    const raw = new Dexie('saksportal-mockdb');
    raw.version(1).stores({ changes: '&k, rev', meta: '&id' });
    await raw.table('changes').put({ k: `${change.t}/${change.id}`, rev: 1, ...change });
    raw.close();
    await reloadDb();
    renderApp({ user: 'saksbehandler@jorn6.test', url: '/cases/case-3' });
    expect(await screen.findByText(/Noen lagrede endringer kunne ikke leses og er forkastet/)).toHaveTextContent(named);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/Noe gikk galt/)).not.toBeInTheDocument();
  });
});
