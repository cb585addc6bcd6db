import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/renderApp';
import { db, IDS } from '@mocks/db';
import { OUTSIDE_PARTNER_NETWORK } from '@mocks/db/seed';

const networkSize = () =>
  db()
    .portals.get(IDS.portal)!
    .partnerNetworkOfficeIds!.filter((id) => db().offices.get(id)).length;

describe("Innstillinger: the insurer's partner network", () => {
  it.each(['admin@jorn6.test', 'saksbehandler@jorn6.test'])(
    "%s reaches it from the navigation and sees the network's offices only",
    async (email) => {
      const { user, router } = renderApp({ user: email, url: '/' });
      await user.click(await screen.findByRole('link', { name: 'Innstillinger' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'Partnernettverk' })).toBeInTheDocument();
      const table = await screen.findByRole('table', { name: `${networkSize()} kontor i partnernettverket` });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Kontor', 'Selskap', 'Postnummer', 'Poststed']);
      expect(within(table).getByRole('rowheader', { name: 'Hans & Jørn Servicepartner - Oslo' })).toBeInTheDocument();
      for (const id of OUTSIDE_PARTNER_NETWORK)
        expect(within(table).queryByText(db().offices.get(id)!.name)).not.toBeInTheDocument();
      expect(
        screen.getByText(
          `${OUTSIDE_PARTNER_NETWORK.size} partnerkontor i portalen er ikke i nettverket, og kan ikke få oppgaver.`,
        ),
      ).toBeInTheDocument();
    },
  );

  it('is in English when the language is en', async () => {
    renderApp({ user: 'admin@jorn6.test', url: '/settings', language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: `${networkSize()} offices in the partner network` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeInTheDocument();
  });

  it.each(['jorn.service@hansjorn.test', 'kontor@hansjorn.test'])(
    'is neither offered nor shown to %s',
    async (email) => {
      renderApp({ user: email, url: '/settings' });
      expect(await screen.findByRole('heading', { name: 'Ingen tilgang' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Innstillinger' })).not.toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );
});
