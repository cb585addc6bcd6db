import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/renderApp';
import { db, IDS } from '@mocks/db';

const ADMIN = 'admin@jorn6.test';
const PLATFORM = 'plattform@saksportal.test';

async function editCraftsman() {
  const app = renderApp({ user: ADMIN, url: `/admin/members/${IDS.craftsman}` });
  // The first render loads the page's code and three queries: slow on a busy machine.
  const first = await screen.findByRole('textbox', { name: 'Fornavn' }, { timeout: 15_000 });
  return { ...app, first };
}
const nav = () => screen.getByRole('navigation', { name: 'Hovedmeny' });
const beforeUnloadPrevented = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

describe('unsaved changes are never lost by accident', () => {
  it('"Rediger medlem": asks before a link leaves a changed form; "Bli på siden" keeps the text, "Forlat siden" leaves', async () => {
    const { user, first, router } = await editCraftsman();
    expect(beforeUnloadPrevented()).toBe(false);
    await user.clear(first);
    await user.type(first, 'Helga');
    expect(beforeUnloadPrevented()).toBe(true);

    await user.click(within(nav()).getByRole('link', { name: 'Saksliste' }));
    const ask = await screen.findByRole('dialog', { name: 'Endringer er ikke lagret' });
    await user.click(within(ask).getByRole('button', { name: 'Bli på siden' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/admin/members/${IDS.craftsman}`);
    expect(screen.getByRole('textbox', { name: 'Fornavn' })).toHaveValue('Helga');

    // "Avbryt" (back to the list) asks too.
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Endringer er ikke lagret' })).getByRole('button', {
        name: 'Forlat siden',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Medlemmer' });
    expect(db().users.get(IDS.craftsman)!.firstName).toBe('Hege');
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it('does not ask when nothing changed, nor once the change is saved', async () => {
    const { user, first, router } = await editCraftsman();
    await user.click(within(nav()).getByRole('link', { name: 'Saksliste' }));
    await screen.findByRole('heading', { level: 1, name: 'Saksliste' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await act(() => router.navigate(`/admin/members/${IDS.craftsman}`));
    const again = await screen.findByRole('textbox', { name: 'Fornavn' }, { timeout: 15_000 });
    await user.clear(again);
    await user.type(again, 'Helga');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Endringene er lagret.');
    await user.click(within(nav()).getByRole('link', { name: 'Saksliste' }));
    await screen.findByRole('heading', { level: 1, name: 'Saksliste' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(db().users.get(IDS.craftsman)!.firstName).toBe('Helga');
    void first;
  });

  it('never traps a sign-out', async () => {
    const { user, first } = await editCraftsman();
    await user.type(first, 'x');
    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    await screen.findByRole('heading', { level: 1, name: 'Logg inn i Saksportal' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("never traps an expired session's redirect to sign-in", async () => {
    const { user, first } = await editCraftsman();
    await user.type(first, 'x');
    db()
      .sessions.all()
      .forEach((s) => db().sessions.delete(s.id));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByRole('heading', { level: 1, name: 'Logg inn i Saksportal' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Rolledefinisjon: asks before leaving changed rights, and shows the result of Lagre beside it', async () => {
    const { user } = renderApp({ user: PLATFORM, url: '/platform/role-definition' });
    const right = (await screen.findAllByRole('switch'))[0]!;
    const brand = screen.getByRole('link', { name: /Saksportal/ });
    await user.click(right);
    await user.click(brand);
    const ask = await screen.findByRole('dialog', { name: 'Endringer er ikke lagret' });
    await user.click(within(ask).getByRole('button', { name: 'Bli på siden' }));
    const save = screen.getByRole('button', { name: 'Lagre' });
    await user.click(save);
    const status = await screen.findByText('Rolledefinisjonen er lagret. Den gjelder straks i alle saker.');
    expect(status.closest('.action-bar')).toContainElement(save);
    await user.click(brand);
    await waitFor(() => expect(screen.queryByRole('switch')).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
