import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@test/renderApp';
import { db } from '@mocks/db';
import type { CaseRow } from '@mocks/db/schema';

const INSURER = 'saksbehandler@jorn6.test';
const text = (c: CaseRow) =>
  [String(c.seq).padStart(6, '0'), c.street, c.postalCode, c.city, c.customerName, c.claimNumber]
    .join('\n')
    .toLowerCase();
const count = (pred: (c: CaseRow) => boolean) => db().cases.all().filter(pred).length;
const countText = (n: number) => (n === 1 ? '1 sak' : `${n.toLocaleString('nb-NO')} saker`);
const shownCount = (n: number) => screen.findByText(countText(n), { selector: '[role="status"]' }, { timeout: 5000 });
const searchBox = () => screen.getByRole('searchbox', { name: 'Søk i saker' });

describe('Saksliste: free-text search', () => {
  it('searches as the user types (after a pause), keeps the search in the URL and combines it with the filters', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases?status=open' });
    await shownCount(count((c) => c.status === 'open'));
    await user.type(searchBox(), 'munchs vei');
    const expected = count((c) => c.status === 'open' && text(c).includes('munchs') && text(c).includes('vei'));
    expect(expected).toBeGreaterThan(0);
    await shownCount(expected);
    await waitFor(() => expect(router.state.location.search).toBe('?status=open&q=munchs+vei'));
    expect(screen.getByRole('link', { name: '000001' })).toBeInTheDocument();

    // Emptying the field removes the search from the URL.
    await user.clear(searchBox());
    await waitFor(() => expect(router.state.location.search).toBe('?status=open'));
    await shownCount(count((c) => c.status === 'open'));
  });

  it('restores the search from a shared link, and follows the URL when it changes from elsewhere', async () => {
    const { router } = renderApp({ user: INSURER, url: '/cases?q=bergen' });
    await shownCount(count((c) => text(c).includes('bergen')));
    expect(searchBox()).toHaveValue('bergen');
    await router.navigate('/cases?q=oslo');
    await shownCount(count((c) => text(c).includes('oslo')));
    expect(searchBox()).toHaveValue('oslo');
  });

  it('says so when nothing matches', async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);
    await user.type(searchBox(), 'finnes-ikke-noe-sted{Enter}');
    expect(await screen.findByText('Ingen saker passer filtrene.')).toBeInTheDocument();
  });
});

describe('Saksliste: impossible dates in a link', () => {
  it.each(['createdFrom=2026-99-99', 'createdFrom=2026-02-31', 'createdTo=9999-12-31', 'inspectionFrom=0000-00-00'])(
    '/cases?%s shows the list with the date left out',
    async (qs) => {
      renderApp({ user: INSURER, url: `/cases?${qs}` });
      await shownCount(240);
      const name = qs.startsWith('created') ? 'Sakens opprettelsesdato (0)' : 'Tidspunkt for besiktigelsen (0)';
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    },
  );
});
