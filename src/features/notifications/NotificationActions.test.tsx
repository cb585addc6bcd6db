import { screen, waitFor, within } from '@testing-library/react';
import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { renderApp, signInAs } from '@test/renderApp';

/**
 * "En bruker må tildeles rollen" as the office admin sees it: who asked and when, and its "Tildel bruker"
 * opening the dialog on the case; once used, the notification is done and the action gone.
 */

const INSURER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';

async function giveRoleToOslo() {
  signInAs(INSURER);
  const { version } = await apiRequest({ path: '/cases/case-1', schema: CaseDetail });
  await apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/office',
    body: { officeId: IDS.hansJornOslo, version },
    schema: CaseDetail,
  });
}

const itemOf = async () => {
  const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' }, { timeout: 5000 });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes('En bruker må tildeles') && li.textContent.includes('Sak 000001'));
  if (!item) throw new Error('no notification for case 000001');
  return item;
};

describe('the "Tildel bruker" notification', () => {
  it('names who asked, opens the dialog from its action, and is done once a user is assigned', async () => {
    await giveRoleToOslo();
    const { user, router } = renderApp({ user: OFFICE_ADMIN, url: '/notifications' });
    const item = await itemOf();
    expect(item).toHaveTextContent('Fra Siri Saksbehandler');
    expect(item).toHaveTextContent(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);

    await user.click(within(item).getByRole('link', { name: 'Tildel bruker i sak 000001' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-1'));
    const dialog = await screen.findByRole('dialog', { name: 'Tildel bruker' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Bruker' }), 'Jørn Service');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await screen.findByText('Jørn Service (Hans & Jørn Servicepartner - Oslo)')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));

    await router.navigate('/notifications');
    const done = await itemOf();
    await waitFor(() => expect(done).toHaveTextContent('Utført'));
    expect(within(done).queryByRole('link', { name: 'Tildel bruker i sak 000001' })).toBeNull();
  });

  it('is never shown to Jørn Service, who is flagged but not an office admin', async () => {
    await giveRoleToOslo();
    renderApp({ user: 'jorn.service@hansjorn.test', url: '/notifications' });
    await screen.findByRole('heading', { name: 'Varsler' });
    await waitFor(() => expect(screen.queryByText(/Laster/)).toBeNull());
    expect(screen.queryByText(/Sak 000001/)).toBeNull();
    expect(db().users.get(IDS.jornService)?.externalCaseHandler).toBe(true);
  });
});
