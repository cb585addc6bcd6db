import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { renderApp, signInAs } from '@test/renderApp';

const INSURER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const CASE_LINE = 'Sak 000001, Edwards Munchs vei, 1063 Oslo';

const currentVersion = async () => (await apiRequest({ path: '/cases/case-1', schema: CaseDetail })).version;
async function asInsurerAssignOffice(officeId = 'o-hansjorn-oslo') {
  signInAs(INSURER);
  await apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/office',
    body: { officeId, version: await currentVersion() },
    schema: CaseDetail,
  });
}
async function asInsurerAssignUser(userId: string) {
  signInAs(INSURER);
  await apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/user',
    body: { userId, version: await currentVersion() },
    schema: CaseDetail,
  });
}

/** The bell in the top bar, and the unread count its accessible name tells. */
const bell = () => screen.getByRole('link', { name: /^Varsler/ });
const unreadOf = (el: HTMLElement) => Number(/(\d+) ulest/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? 0);
async function bellCount(): Promise<number> {
  // Wait until the first answer is in (the badge or the plain label after loading).
  await waitFor(() => expect(bell()).toBeInTheDocument());
  await screen.findByText(/Innlogget som/);
  await new Promise((r) => setTimeout(r, 50));
  return unreadOf(bell());
}

/** The list item of the notification about case-1 of a kind. */
const itemFor = async (kindText: string) => {
  const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(kindText) && li.textContent.includes('Sak 000001'));
  if (!item) throw new Error(`no notification "${kindText}" for case-1`);
  return item;
};

describe('notifications (R4)', () => {
  it('tells the office admin that a user must be assigned (count rises), and marks it done once assigned', async () => {
    renderApp({ user: OFFICE_ADMIN, url: '/' });
    const before = await bellCount();
    cleanup();

    await asInsurerAssignOffice();
    const { user, router } = renderApp({ user: OFFICE_ADMIN, url: '/notifications' });
    await waitFor(() =>
      expect(bell()).toHaveAccessibleName(`Varsler, ${before + 1} ${before + 1 === 1 ? 'ulest' : 'uleste'}`),
    );
    expect(bell()).toHaveTextContent(String(before + 1));
    const item = await itemFor('En bruker må tildeles rollen ekstern saksbehandler i saken');
    expect(item).toHaveTextContent('Ulest');
    expect(item).toHaveTextContent(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);

    // Open the case from the notification and assign the user there.
    await user.click(within(item).getByRole('link', { name: CASE_LINE }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-1'));
    await user.click(await screen.findByRole('button', { name: 'Tildel bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tildel bruker' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Bruker' }), 'Jørn Service');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await screen.findByText('Jørn Service (Hans & Jørn Servicepartner - Oslo)')).toBeInTheDocument();
    // The bell follows at once, without waiting for the next poll.
    await waitFor(() => expect(unreadOf(bell())).toBe(before));

    await user.click(bell());
    const done = await itemFor('En bruker må tildeles rollen ekstern saksbehandler i saken');
    expect(done).toHaveTextContent('Utført');
    expect(within(done).queryByRole('button', { name: /Marker som lest/ })).not.toBeInTheDocument();
  });

  it('marks one notification, then all, as read', async () => {
    await asInsurerAssignOffice();
    const { user } = renderApp({ user: OFFICE_ADMIN, url: '/notifications' });
    const item = await itemFor('En bruker må tildeles rollen ekstern saksbehandler i saken');
    await waitFor(() => expect(unreadOf(bell())).toBeGreaterThan(0));
    const before = unreadOf(bell());
    await user.click(within(item).getByRole('button', { name: 'Marker som lest: sak 000001' }));
    await waitFor(() => expect(unreadOf(bell())).toBe(before - 1));
    expect(await itemFor('En bruker må tildeles rollen ekstern saksbehandler i saken')).toHaveTextContent('Lest');

    await user.click(screen.getByRole('button', { name: 'Marker alle som lest' }));
    await waitFor(() => expect(bell()).toHaveAccessibleName('Varsler'));
    expect(screen.getByRole('button', { name: 'Marker alle som lest' })).toBeDisabled();
  });

  it("does not tell the flagged user about the office's task (he cannot act on it), then tells him he holds the role, with a link", async () => {
    await asInsurerAssignOffice();
    renderApp({ user: 'jorn.service@hansjorn.test', url: '/notifications' });
    await screen.findByRole('heading', { name: 'Varsler' });
    await waitFor(() => expect(screen.queryByText(/Sak 000001/)).toBeNull());
    cleanup();

    await asInsurerAssignUser('u-jorn-service');
    renderApp({ user: 'jorn.service@hansjorn.test', url: '/notifications' });
    const assigned = await itemFor('Du er tildelt som ekstern saksbehandler i saken');
    expect(within(assigned).getByRole('link', { name: CASE_LINE })).toHaveAttribute('href', '/cases/case-1');
    expect(screen.queryByText('En bruker må tildeles rollen ekstern saksbehandler i saken')).toBeNull();
  });

  it('says so when there is nothing', async () => {
    renderApp({ user: INSURER, url: '/notifications' });
    expect(await screen.findByText('Du har ingen varsler.')).toBeInTheDocument();
    expect(bell()).toHaveAccessibleName('Varsler');
  });

  it('asks for news every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderApp({ user: OFFICE_ADMIN, url: '/' });
      const before = await bellCount();
      await asInsurerAssignOffice();
      signInAs(OFFICE_ADMIN);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(10_000);
      });
      expect(unreadOf(bell())).toBe(before);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(21_000);
      });
      await waitFor(() => expect(unreadOf(bell())).toBe(before + 1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks English when asked', async () => {
    await asInsurerAssignOffice();
    renderApp({ user: OFFICE_ADMIN, url: '/notifications', language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Notifications' })).toBeInTheDocument();
    expect(
      (await screen.findAllByText('A user must be assigned the external case handler role in the case')).length,
    ).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('link', { name: /^Notifications, \d+ unread$/ })).toBeInTheDocument());
  });
});
