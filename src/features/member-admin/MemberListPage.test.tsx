import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/renderApp';
import { db, IDS } from '@mocks/db';

const ADMIN = 'admin@jorn6.test';

/** The visible rows' names (the row header cell). */
const rowNames = () => {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((c) => c.textContent);
};

describe('R2 Medlemmer list', () => {
  it('is reached from Selskapets admin and lists members with an "Ekstern saksbehandler" column', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/' });
    await user.click(await screen.findByRole('link', { name: 'Selskapets admin' }));
    expect(await screen.findByRole('heading', { name: 'Medlemmer', level: 1 })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Ekstern saksbehandler' })).toBeInTheDocument();
    expect(screen.getByText('Side 1 av 3')).toBeInTheDocument();
    expect(screen.getByText('51 treff')).toBeInTheDocument();
    expect(rowNames()).toHaveLength(25);
    expect(rowNames()).not.toContain('Plattform Administrator');

    await user.type(
      screen.getByRole('searchbox', { name: 'Søk etter navn, e-postadresse eller Bruker-ID' }),
      'Jørn Service',
    );
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    await waitFor(() => expect(rowNames()).toEqual(['Jørn Service']));
    const jorn = within(screen.getByRole('table')).getByRole('row', { name: /^Jørn Service/ });
    expect(within(jorn).getByRole('cell', { name: 'Ja' })).toBeInTheDocument();
    expect(within(jorn).getByRole('cell', { name: 'Hans & Jørn Servicepartner - Oslo' })).toBeInTheDocument();
    expect(within(jorn).getByRole('cell', { name: 'Aktiv' })).toBeInTheDocument();
  });

  it('searches by name and opens "Rediger" from the gear menu', async () => {
    const { user, router } = renderApp({ user: ADMIN, url: '/admin/members' });
    await screen.findByRole('table');
    await user.type(
      screen.getByRole('searchbox', { name: 'Søk etter navn, e-postadresse eller Bruker-ID' }),
      'håndverker',
    );
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    await waitFor(() => expect(rowNames()).toEqual(['Hege Håndverker']));
    expect(router.state.location.search).toBe('?q=h%C3%A5ndverker');

    await user.click(screen.getByRole('button', { name: 'Handlinger for Hege Håndverker' }));
    await user.click(screen.getByRole('menuitem', { name: 'Rediger' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/admin/members/${IDS.craftsman}`));
    expect(await screen.findByRole('heading', { name: /Rediger medlem/ })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Fornavn' })).toHaveValue('Hege');
  });

  it('filters by company and office (offices of the chosen company only), status and flag', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/members' });
    await screen.findByRole('table');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Selskap' }),
      screen.getByRole('option', { name: 'Hans & Jørn Servicepartner' }),
    );
    await waitFor(() => expect(rowNames()).toHaveLength(db().users.where((u) => u.companyId === IDS.hansJorn).length));
    const offices = within(screen.getByRole('combobox', { name: 'Kontor' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offices).toEqual([
      'Alle kontor',
      'Hans & Jørn Servicepartner - Oslo',
      'Hans & Jørn Servicepartner - Drammen',
    ]);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kontor' }),
      screen.getByRole('option', { name: 'Hans & Jørn Servicepartner - Oslo' }),
    );
    await waitFor(() =>
      expect(rowNames().sort()).toEqual(['Hege Håndverker', 'Jørn Service', 'Kjell Kontor', 'Knut Johannessen']),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ekstern saksbehandler' }), 'Ja');
    await waitFor(() => expect(rowNames().sort()).toEqual(['Jørn Service', 'Knut Johannessen']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Selskap' }), 'Alle selskaper');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Inaktiv');
    await waitFor(() => expect(rowNames()).toHaveLength(1));
    expect(within(screen.getByRole('table')).getByRole('cell', { name: 'Inaktiv' })).toBeInTheDocument();
  });

  it('pages through the list', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/members' });
    await screen.findByRole('table');
    const first = rowNames();
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    await screen.findByText('Side 2 av 3');
    await waitFor(() => expect(rowNames()[0]).not.toBe(first[0]));
    expect(screen.getByRole('button', { name: 'Forrige' })).toBeEnabled();
  });

  it('says so when nothing matches', async () => {
    const { user } = renderApp({ user: ADMIN, url: '/admin/members' });
    await screen.findByRole('table');
    await user.type(
      screen.getByRole('searchbox', { name: 'Søk etter navn, e-postadresse eller Bruker-ID' }),
      'finnes-ikke',
    );
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen medlemmer passer søket.')).toBeInTheDocument();
  });

  it.each(['saksbehandler@jorn6.test', 'kontor@hansjorn.test', 'plattform@saksportal.test'])(
    'is not open to %s',
    async (email) => {
      renderApp({ user: email, url: '/admin/members' });
      expect(await screen.findByRole('heading', { name: 'Ingen tilgang' })).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );
});

describe('R2 Medlemmer list: the total', () => {
  it('says "1 treff" for a single hit', async () => {
    renderApp({ user: ADMIN, url: '/admin/members?q=Jørn%20Service' });
    await waitFor(() => expect(rowNames()).toEqual(['Jørn Service']));
    expect(screen.getByText('1 treff')).toBeInTheDocument();
    expect(screen.getByText('Side 1 av 1')).toBeInTheDocument();
  });

  it('uses singular and plural in English: "1 result", "51 results"', async () => {
    const { router } = renderApp({ user: ADMIN, url: '/admin/members?q=Jørn%20Service', language: 'en' });
    await waitFor(() => expect(rowNames()).toEqual(['Jørn Service']));
    expect(screen.getByText('1 result')).toBeInTheDocument();
    await router.navigate('/admin/members');
    expect(await screen.findByText('51 results')).toBeInTheDocument();
  });
});
