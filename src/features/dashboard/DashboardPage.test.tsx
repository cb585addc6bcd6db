import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@test/renderApp';
import { db, IDS } from '@mocks/db';
import { caseRelation } from '@mocks/rules/access';

const FILTER = 'Saker hvor jeg er ekstern saksbehandler';

describe('Instrumentbord', () => {
  it('shows the insurer counts by status, the cases needing attention and unread notifications', async () => {
    renderApp({ user: 'saksbehandler@jorn6.test', url: '/' });
    const all = db().cases.all();
    const open = all.filter((c) => c.status === 'open').length;
    const status = await screen.findByRole('region', { name: 'Saker etter status' });
    expect(within(status).getByRole('link', { name: `Vis Åpen (${open}) i sakslisten` })).toHaveAttribute(
      'href',
      '/cases?status=open',
    );
    const attention = all.filter((c) => c.attention).length;
    expect(attention).toBe(40);
    expect(screen.getByText(`${attention} saker trenger oppmerksomhet`)).toBeInTheDocument();
    expect(screen.getByText('0 uleste varsler')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: FILTER })).not.toBeInTheDocument();
  });

  it('counts the unread notifications delivered to an office admin', async () => {
    const u = db().users.get(IDS.officeAdmin)!;
    const unread = db().notifications.where(
      (n) => (n.userId === u.id || n.officeId === u.officeId) && !n.resolvedAt && !n.readBy.includes(u.id),
    ).length;
    expect(unread).toBeGreaterThan(0);
    renderApp({ user: 'kontor@hansjorn.test', url: '/' });
    expect(await screen.findByText(unread === 1 ? '1 ulest varsel' : `${unread} uleste varsler`)).toBeInTheDocument();
    const mine = db().cases.where((c) => caseRelation(u, c) !== null);
    const open = mine.filter((c) => c.status === 'open').length;
    expect(screen.getByRole('link', { name: `Vis Åpen (${open}) i sakslisten` })).toBeInTheDocument();
  });

  it('offers "Saker hvor jeg er ekstern saksbehandler" to a flagged user, showing exactly the cases of the role', async () => {
    const { user, router } = renderApp({ user: 'jorn.service@hansjorn.test', url: '/' });
    const filter = await screen.findByRole('checkbox', { name: FILTER });
    expect(filter).not.toBeChecked();
    await user.click(filter);
    await waitFor(() => expect(router.state.location.search).toBe('?scope=externalCaseHandler'));
    const region = await screen.findByRole('region', { name: FILTER });
    const expected = db()
      .cases.where((c) => c.externalUserId === IDS.jornService)
      .map((c) => String(c.seq).padStart(6, '0'))
      .sort();
    expect(expected).toHaveLength(4);
    const shown = within(region)
      .getAllByRole('link')
      .map((a) => a.textContent)
      .sort();
    expect(shown).toEqual(expected);
    // The status widget counts the role's cases only now.
    const status = screen.getByRole('region', { name: 'Saker etter status' });
    const total = within(status)
      .getAllByRole('link')
      .reduce((n, a) => n + Number(a.textContent), 0);
    expect(total).toBe(4);
  });

  it('has no such filter for a user who is not flagged', async () => {
    renderApp({ user: 'handverker@hansjorn.test', url: '/?scope=externalCaseHandler' });
    expect(await screen.findByRole('region', { name: 'Saker etter status' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: FILTER })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: FILTER })).not.toBeInTheDocument();
  });

  it('shows the filter as soon as the user is flagged in the profile, without signing in again', async () => {
    const { user } = renderApp({ user: 'handverker@hansjorn.test', url: '/' });
    expect(await screen.findByRole('region', { name: 'Saker etter status' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: FILTER })).not.toBeInTheDocument();
    // The insurer flags him while he is signed in; his next page view knows it.
    db().users.update(IDS.craftsman, (u) => ({ ...u, externalCaseHandler: true }));
    await user.click(screen.getByRole('link', { name: 'Saksliste' }));
    await screen.findByRole('heading', { name: 'Saksliste', level: 1 });
    await user.click(screen.getByRole('link', { name: 'Instrumentbord' }));
    expect(await screen.findByRole('checkbox', { name: FILTER })).toBeInTheDocument();
  });
});

describe('Instrumentbord: counts in nb-NO format', () => {
  it('gives each status link an accessible name that contains its visible (formatted) count', async () => {
    const base = db()
      .cases.all()
      .find((c) => c.status === 'open')!;
    for (let i = 0; i < 1000; i++) db().cases.insert({ ...base, id: `case-bulk-${i}`, seq: 10_000 + i });
    const open = db()
      .cases.all()
      .filter((c) => c.status === 'open').length;
    expect(open).toBeGreaterThan(1000);
    const formatted = new Intl.NumberFormat('nb-NO').format(open);
    renderApp({ user: 'saksbehandler@jorn6.test', url: '/' });
    const status = await screen.findByRole('region', { name: 'Saker etter status' });
    const link = within(status).getByRole('link', { name: `Vis Åpen (${formatted}) i sakslisten` });
    expect(link.textContent).toBe(formatted);
    expect(link.getAttribute('aria-label')).toContain(link.textContent);
  });
});
