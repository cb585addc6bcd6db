import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, signInAs } from '@test/renderApp';
import { db, IDS } from '@mocks/db';
import { caseRelation } from '@mocks/rules/access';
import type { CaseRow } from '@mocks/db/schema';
import { server } from '@mocks/node';
import { http, HttpResponse } from 'msw';
import { apiRequest } from '@/api/client';
import { CaseList } from '@/api/contract';
import { holdGets } from '@test/api';

const INSURER = 'saksbehandler@jorn6.test';
const JORN = IDS.jornService;

/** Independent, straightforward predicates over the seed rows: what each filter should find. */
const budget = (c: CaseRow) =>
  c.tasks.reduce((s, t) => s + (t.budget && t.budget.status !== 'rejected' ? t.budget.amount : 0), 0);
const involves = (c: CaseRow, u: string) => c.externalUserId === u || c.tasks.some((t) => t.userId === u);
const osloDay = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(iso));
const ongoing = (c: CaseRow) => c.tasks.some((t) => t.status !== 'C' && t.status !== 'A');
const count = (pred: (c: CaseRow) => boolean) => db().cases.all().filter(pred).length;

const FILTERS: [name: string, qs: string, pred: (c: CaseRow) => boolean][] = [
  [
    'Kontor',
    'office=o-hansjorn-oslo',
    (c) => c.externalOfficeId === IDS.hansJornOslo || c.tasks.some((t) => t.officeId === IDS.hansJornOslo),
  ],
  [
    'Tidspunkt for besiktigelsen',
    'inspectionFrom=2026-03-01&inspectionTo=2026-08-31',
    (c) =>
      c.inspectionAt !== null && osloDay(c.inspectionAt) >= '2026-03-01' && osloDay(c.inspectionAt) <= '2026-08-31',
  ],
  ['Bruker', `user=${JORN}`, (c) => involves(c, JORN)],
  [
    'Saksrelaterte medlemmer',
    'member=u-7',
    (c) =>
      [c.createdById, c.caseHandlerId, c.inspectorId, c.projectManagerId, c.externalUserId].includes('u-7') ||
      c.tasks.some((t) => t.userId === 'u-7' || t.budget?.addedById === 'u-7'),
  ],
  ['Sak opprettet av', 'createdBy=u-saksbehandler', (c) => c.createdById === 'u-saksbehandler'],
  ['Saksbehandler', 'caseHandler=u-9', (c) => c.caseHandlerId === 'u-9'],
  ['Inspektør', 'inspector=u-36', (c) => c.inspectorId === 'u-36'],
  ['Prosjektleder', 'projectManager=u-10', (c) => c.projectManagerId === 'u-10'],
  ['Håndverker', 'craftsman=u-14', (c) => c.tasks.some((t) => t.userId === 'u-14')],
  ['Status', 'status=closed&status=cancelled', (c) => c.status === 'closed' || c.status === 'cancelled'],
  ['Saksbudsjett', 'budgetMin=20000&budgetMax=80000', (c) => budget(c) >= 2_000_000 && budget(c) <= 8_000_000],
  ['Skadetype', 'damageType=water', (c) => c.damageType === 'water'],
  ['Besiktigelsesselskap', 'inspectionCompany=c-nordtakst', (c) => c.inspectionCompanyId === 'c-nordtakst'],
  ['Opprinnelig tildelt', 'originalOffice=o-nordtakst-oslo', (c) => c.originalOfficeId === 'o-nordtakst-oslo'],
  ['Poststed', 'city=Oslo', (c) => c.city === 'Oslo'],
  [
    'Sakens opprettelsesdato',
    'createdFrom=2025-12-01&createdTo=2026-02-28',
    (c) => osloDay(c.createdAt) >= '2025-12-01' && osloDay(c.createdAt) <= '2026-02-28',
  ],
  ['Faktura', 'invoice=without', (c) => c.invoiceCount === 0],
  ['Remote Video samtaler', 'remoteVideoCalls=with', (c) => c.remoteVideoCalls > 0],
  ['Remote Video media', 'remoteVideoMedia=with', (c) => c.remoteVideoMedia > 0],
  ['Remote Video innbyder - Eget selskap', 'remoteVideoOwnCompany=with', (c) => c.remoteVideoInvitedByOwnCompany],
];

const ADVANCED: [label: string, key: string, pred: (c: CaseRow) => boolean][] = [
  ['Min oppgave', 'myTask', (c) => involves(c, IDS.caseHandler)],
  ['Handling kreves (Oppmerksomhet)', 'attention', (c) => c.attention],
  ['Saker uten noen tildelte oppgaver', 'noAssignedTasks', (c) => c.tasks.every((t) => t.officeId === null)],
  ['Saker med pågående oppgaver', 'ongoingTasks', ongoing],
  ['Saker med ingen pågående oppgaver', 'noOngoingTasks', (c) => !ongoing(c)],
  [
    'Avsluttet normalt (Årsak til avslutning av saken)',
    'closedNormally',
    (c) => c.status === 'closed' && c.closeReason === 'normal',
  ],
  [
    'Kontanttilbud akseptert (Årsak til avslutning av saken)',
    'cashOfferAccepted',
    (c) => c.status === 'closed' && c.closeReason === 'cash_offer_accepted',
  ],
  ['På vent', 'onHold', (c) => c.status === 'on_hold'],
  ['Erstatning forhåndsgodkjent', 'compensationPreApproved', (c) => c.compensationPreApproved],
  ['Underleverandør', 'subcontractor', (c) => c.subcontractor],
  ['Saker uten besiktigelsesrapport', 'noInspectionReport', (c) => !c.inspectionReport],
  ['Saker hvor det er lagt til arbeidsposter', 'withWorkItems', (c) => c.tasks.some((t) => t.workItems.length > 0)],
  ['Saker med ekstern saksbehandler', 'withExternalCaseHandler', (c) => c.externalOfficeId !== null],
];

const countText = (n: number) => (n === 1 ? '1 sak' : `${n.toLocaleString('nb-NO')} saker`);
const shownCount = async (n: number) => {
  const status = await screen.findByText(countText(n), { selector: '[role="status"]' }, { timeout: 5000 });
  return status;
};
const group = (name: string) =>
  screen
    .getByRole('button', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} \\(\\d+\\)$`) })
    .closest('li') as HTMLElement;

describe('Saksliste: each filter of the guide against the seed', () => {
  it.each(FILTERS)('%s (%s)', async (name, qs, pred) => {
    const expected = count(pred);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(240);
    renderApp({ user: INSURER, url: `/cases?${qs}` });
    await shownCount(expected);
    // The panel shows the filter as a group with its count.
    expect(screen.getByRole('button', { name: new RegExp(`^${name} \\(\\d\\)$`) })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it.each(ADVANCED)('Avanserte innstillinger: %s', async (label, key, pred) => {
    const expected = count(pred);
    renderApp({ user: INSURER, url: `/cases?adv=${key}` });
    await shownCount(expected);
    const g = group('Avanserte innstillinger');
    expect(within(g).getByText(label)).toBeInTheDocument();
  });

  it('pins known numbers of the seed', async () => {
    expect(count((c) => involves(c, JORN))).toBe(7);
    expect(count((c) => c.externalOfficeId !== null)).toBe(62);
    renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);
  });
});

describe('Saksliste: the panel', () => {
  it('lists every filter of the guide in its order under "Legg til filter"', async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);
    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    const items = within(screen.getByRole('menu'))
      .getAllByRole('menuitem')
      .map((m) => m.textContent);
    expect(items).toEqual([
      'Kontor',
      'Tidspunkt for besiktigelsen',
      'Bruker',
      'Saksrelaterte medlemmer',
      'Sak opprettet av',
      'Saksbehandler',
      'Inspektør',
      'Prosjektleder',
      'Håndverker',
      'Status',
      'Saksbudsjett',
      'Skadetype',
      'Besiktigelsesselskap',
      'Opprinnelig tildelt',
      'Poststed',
      'Sakens opprettelsesdato',
      'Faktura',
      'Remote Video samtaler',
      'Remote Video media',
      'Remote Video innbyder - Eget selskap',
      'Avanserte innstillinger',
    ]);
  });

  it('adds "Bruker" = Jørn Service and "Saker med ekstern saksbehandler", then switches between all and any', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bruker' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Jørn Service (jorn.service@hansjorn.test)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await shownCount(7);
    const bruker = group('Bruker');
    expect(within(bruker).getByRole('button', { name: 'Bruker (1)' })).toBeInTheDocument();
    expect(within(bruker).getByText('Jørn Service')).toBeInTheDocument();
    expect(within(bruker).getByRole('button', { name: 'Rediger Bruker' })).toHaveTextContent('Rediger');
    expect(within(bruker).getByRole('button', { name: 'Slett Bruker' })).toHaveTextContent('Slett');
    expect(within(bruker).getByRole('button', { name: 'Tilbakestill Bruker' })).toHaveTextContent('Tilbakestill');
    expect(router.state.location.search).toBe(`?user=${JORN}`);

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Avanserte innstillinger' }));
    const adv = await screen.findByRole('dialog', { name: 'Avanserte innstillinger' });
    const options = within(adv)
      .getAllByRole('checkbox')
      .map((c) => c.closest('div')?.textContent);
    expect(options).toHaveLength(13);
    expect(options[0]).toBe('Min oppgave');
    expect(options[12]).toBe('Saker med ekstern saksbehandler');
    await user.click(within(adv).getByRole('checkbox', { name: 'Saker med ekstern saksbehandler' }));
    await user.click(within(adv).getByRole('button', { name: 'Bruk' }));

    const both = count((c) => involves(c, JORN) && c.externalOfficeId !== null);
    const either = count((c) => involves(c, JORN) || c.externalOfficeId !== null);
    expect([both, either]).toEqual([4, 65]);
    await shownCount(both);
    expect(screen.getByRole('radio', { name: 'Alle filtre' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Minst ett av filtrene' }));
    await shownCount(either);
    expect(new URLSearchParams(router.state.location.search).get('match')).toBe('any');
  });

  it('edits a status filter, resets it ("Tilbakestill") and deletes it ("Slett")', async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases?status=on_hold' });
    await shownCount(count((c) => c.status === 'on_hold'));
    await user.click(screen.getByRole('button', { name: 'Rediger Status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Status' });
    expect(within(dialog).getByRole('checkbox', { name: 'På vent' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Åpen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await shownCount(count((c) => c.status === 'on_hold' || c.status === 'open'));
    expect(screen.getByRole('button', { name: 'Status (2)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tilbakestill Status' }));
    await shownCount(240);
    expect(screen.getByRole('button', { name: 'Status (0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Slett Status' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Status \(/ })).not.toBeInTheDocument());
  });

  it('filters by a budget range and a creation period typed in the editors', async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);
    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Saksbudsjett' }));
    let dialog = await screen.findByRole('dialog', { name: 'Saksbudsjett' });
    await user.type(within(dialog).getByLabelText('Fra beløp (NOK)'), '10 000');
    await user.type(within(dialog).getByLabelText('Til beløp (NOK)'), '50000,5');
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await shownCount(count((c) => budget(c) >= 1_000_000 && budget(c) <= 5_000_050));

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sakens opprettelsesdato' }));
    dialog = await screen.findByRole('dialog', { name: 'Sakens opprettelsesdato' });
    await user.type(within(dialog).getByLabelText('Fra'), '2026-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await shownCount(
      count((c) => budget(c) >= 1_000_000 && budget(c) <= 5_000_050 && osloDay(c.createdAt) >= '2026-01-01'),
    );
    expect(within(group('Sakens opprettelsesdato')).getByText('fra 01.01.2026')).toBeInTheDocument();
  });

  it('checks "Saksbudsjett" amounts with the contract before applying them, and applies "Faktura" and a date range', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases' });
    await shownCount(240);

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Saksbudsjett' }));
    let dialog = await screen.findByRole('dialog', { name: 'Saksbudsjett' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Fra beløp (NOK)' }), 'mange');
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    expect(
      await within(dialog).findByText('Skriv et beløp, for eksempel 10 000,50 eller 10000.5.'),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Fra beløp (NOK)' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Fra beløp (NOK)' }), '10 000');
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await waitFor(() => expect(router.state.location.search).toBe('?budgetMin=10000'));
    await shownCount(count((c) => budget(c) >= 1_000_000)); // øre

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Faktura' }));
    dialog = await screen.findByRole('dialog', { name: 'Faktura' });
    await user.click(within(dialog).getByRole('radio', { name: 'Saker uten faktura' }));
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await waitFor(() => expect(router.state.location.search).toBe('?budgetMin=10000&invoice=without'));

    await user.click(screen.getByRole('button', { name: 'Legg til filter' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sakens opprettelsesdato' }));
    dialog = await screen.findByRole('dialog', { name: 'Sakens opprettelsesdato' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Fra/ }), '01.12.2025');
    await user.click(within(dialog).getByRole('button', { name: 'Bruk' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?budgetMin=10000&createdFrom=2025-12-01&invoice=without'),
    );
  });
});

describe('Saksliste: the URL', () => {
  it('restores the panel from a shared link, updates the URL on change, and the back button restores it', async () => {
    const { user, router } = renderApp({
      user: INSURER,
      url: `/cases?user=${JORN}&adv=myTask&adv=withExternalCaseHandler&match=any&sort=reference`,
    });
    const expected = count((c) => involves(c, JORN) || involves(c, IDS.caseHandler) || c.externalOfficeId !== null);
    await shownCount(expected);
    expect(within(group('Bruker')).getByText('Jørn Service')).toBeInTheDocument();
    const adv = group('Avanserte innstillinger');
    expect(within(adv).getByRole('button', { name: 'Avanserte innstillinger (2)' })).toBeInTheDocument();
    expect(within(adv).getByText('Min oppgave')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Minst ett av filtrene' })).toBeChecked();
    expect(screen.getByRole('columnheader', { name: /Saksnummer/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: 'Slett Bruker' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?adv=myTask&adv=withExternalCaseHandler&match=any&sort=reference'),
    );
    await shownCount(count((c) => c.externalOfficeId !== null));

    await router.navigate(-1);
    await shownCount(expected);
    expect(within(group('Bruker')).getByText('Jørn Service')).toBeInTheDocument();
  });

  it('sorts and pages through the URL, with table semantics and links to the cases', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases?pageSize=50' });
    await shownCount(240);
    const table = screen.getByRole('table', { name: 'Saker' });
    expect(table).toHaveAttribute('aria-rowcount', '51');
    await user.click(within(table).getByRole('button', { name: /Saksnummer/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=reference&pageSize=50'));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Saksnummer/ })).toHaveAttribute('aria-sort', 'ascending'),
    );
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(/^000001/));
    const first = within(screen.getAllByRole('row')[1]!).getByRole('link', { name: '000001' });
    expect(first).toHaveAttribute('href', `/cases/${IDS.guideCase}`);
    // Only the rows in view are rendered, not all 50.
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeLessThan(51);

    await user.click(screen.getByRole('button', { name: 'Neste side' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=reference&page=2&pageSize=50'));
    expect(await screen.findByText('Side 2 av 5')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(/^000051/));
  });

  it('shows the empty state', async () => {
    renderApp({ user: INSURER, url: '/cases?city=Bergen&adv=myTask' });
    expect(await screen.findByText('Ingen saker passer filtrene.')).toBeInTheDocument();
  });

  it('shows an error with retry when the server fails, and the list once it answers again', async () => {
    server.use(
      http.get('*/api/cases', () => HttpResponse.json({ code: 'unavailable', message: 'down' }, { status: 503 }), {
        once: true,
      }),
    );
    const { user } = renderApp({ user: INSURER, url: '/cases?adv=onHold' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tjenesten svarer ikke akkurat nå');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await shownCount(count((c) => c.status === 'on_hold'));
  });
});

describe('Saksliste: a change waits briefly for its answer', () => {
  const holdAnswers = () => holdGets('*/api/cases');
  /** Every text the count (role=status) shows from now on. */
  const recordCount = (status: HTMLElement) => {
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status.textContent ?? ''));
    observer.observe(status, { subtree: true, childList: true, characterData: true });
    return { seen, stop: () => observer.disconnect() };
  };

  it('shows the new filters and their rows together when the answer comes in time, without "Oppdaterer …"', async () => {
    const { user, router } = renderApp({ user: INSURER, url: `/cases?user=${JORN}&adv=onHold` });
    const status = await shownCount(count((c) => involves(c, JORN) && c.status === 'on_hold'));
    const recorded = recordCount(status);

    await user.click(screen.getByRole('button', { name: 'Slett Bruker' }));
    await shownCount(count((c) => c.status === 'on_hold'));
    recorded.stop();
    expect(router.state.location.search).toBe('?adv=onHold');
    expect(recorded.seen.length).toBeGreaterThan(0);
    expect(recorded.seen.filter((text) => text.includes('Oppdaterer'))).toEqual([]);
  });

  it('shows a slow change after a moment with "Oppdaterer …", and its rows when they come', async () => {
    const { user, router } = renderApp({ user: INSURER, url: `/cases?user=${JORN}&adv=onHold` });
    await shownCount(count((c) => involves(c, JORN) && c.status === 'on_hold'));
    const release = holdAnswers();

    await user.click(screen.getByRole('button', { name: 'Slett Bruker' }));
    await waitFor(() => expect(router.state.location.search).toBe('?adv=onHold'));
    expect(await screen.findByText('Oppdaterer …')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Slett Bruker' })).not.toBeInTheDocument();
    release();
    await shownCount(count((c) => c.status === 'on_hold'));
    expect(screen.queryByText('Oppdaterer …')).not.toBeInTheDocument();
  });

  it('builds a change on the one still waiting: a double click on "Neste side" goes two pages on', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases?pageSize=50' });
    await shownCount(240);
    const release = holdAnswers();

    await user.dblClick(screen.getByRole('button', { name: 'Neste side' }));
    release();
    await waitFor(() => expect(router.state.location.search).toBe('?page=3&pageSize=50'));
    expect(await screen.findByText('Side 3 av 5')).toBeInTheDocument();
  });

  it('builds a filter change on the one still waiting: two groups deleted at once are both gone', async () => {
    const { user, router } = renderApp({ user: INSURER, url: `/cases?user=${JORN}&status=on_hold` });
    await shownCount(count((c) => involves(c, JORN) && c.status === 'on_hold'));
    const release = holdAnswers();

    await user.click(screen.getByRole('button', { name: 'Slett Bruker' }));
    await user.click(screen.getByRole('button', { name: 'Slett Status' }));
    release();
    await shownCount(240);
    expect(router.state.location.search).toBe('');
  });

  it('forgets a change still waiting when the user leaves the list', async () => {
    const { user, router } = renderApp({ user: INSURER, url: '/cases?pageSize=50' });
    await shownCount(240);
    const release = holdAnswers();

    await user.click(screen.getByRole('button', { name: 'Neste side' }));
    await user.click(screen.getByRole('link', { name: 'Instrumentbord' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    release();
    await new Promise((r) => setTimeout(r, 300));
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.search).toBe('');
  });
});

describe('GET /cases: only the cases the viewer may see', () => {
  const visibleIds = (email: string) => {
    const u = db().users.find((x) => x.email === email)!;
    return db()
      .cases.where((c) => caseRelation(u, c) !== null)
      .map((c) => c.id)
      .sort();
  };
  const listAll = async () => {
    const res = await apiRequest({ path: '/cases', query: { pageSize: 1000, sort: 'reference' }, schema: CaseList });
    return res;
  };

  it.each(['jorn.service@hansjorn.test', 'kontor@hansjorn.test', 'handverker@hansjorn.test'])(
    'a partner (%s) sees linked cases only',
    async (email) => {
      signInAs(email);
      const res = await listAll();
      const expected = visibleIds(email);
      expect(res.total).toBe(expected.length);
      expect(res.items.map((c) => c.id).sort()).toEqual(expected);
      expect(res.total).toBeLessThan(240);
    },
  );

  it('Jørn Service sees the 7 cases of his role and tasks, and the role filter narrows them to 4', async () => {
    signInAs('jorn.service@hansjorn.test');
    expect((await listAll()).total).toBe(7);
    const scoped = await apiRequest({ path: '/cases', query: { scope: 'externalCaseHandler' }, schema: CaseList });
    expect(scoped.items.map((c) => c.id).sort()).toEqual(
      db()
        .cases.where((c) => c.externalUserId === JORN)
        .map((c) => c.id)
        .sort(),
    );
    expect(scoped.total).toBe(4);
  });

  it('the insurer sees every case of the insurer; a craftsman may not ask for the role scope', async () => {
    signInAs(INSURER);
    expect((await listAll()).total).toBe(240);
    signInAs('handverker@hansjorn.test');
    await expect(
      apiRequest({ path: '/cases', query: { scope: 'externalCaseHandler' }, schema: CaseList }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('Saksliste: option filters while the values are unknown', () => {
  it('never shows a raw id in the panel, and offers "Prøv igjen" in the editor, when the options fail', async () => {
    server.use(
      http.get('*/api/cases/filter-options', () =>
        HttpResponse.json({ code: 'unavailable', message: 'x' }, { status: 503 }),
      ),
    );
    const { user } = renderApp({ user: INSURER, url: `/cases?user=${JORN}` });
    await shownCount(count((c) => involves(c, JORN)));
    const bruker = group('Bruker');
    expect(within(bruker).getByText('…')).toBeInTheDocument();
    expect(screen.queryByText(JORN)).not.toBeInTheDocument();

    await user.click(within(bruker).getByRole('button', { name: 'Rediger Bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bruker' });
    expect(await within(dialog).findByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Tjenesten svarer ikke akkurat nå');
    expect(within(dialog).queryByText('Ingen verdier å velge mellom.')).not.toBeInTheDocument();
    expect(screen.queryByText(JORN)).not.toBeInTheDocument();

    // Once the server answers again, "Prøv igjen" brings the values, and the panel names the user.
    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: 'Prøv igjen' }));
    expect(
      await within(dialog).findByRole('checkbox', { name: 'Jørn Service (jorn.service@hansjorn.test)' }),
    ).toBeChecked();
    expect(within(group('Bruker')).getByText('Jørn Service')).toBeInTheDocument();
  });

  it('shows "Laster …" in the editor while the options load', async () => {
    const release = holdGets('*/api/cases/filter-options');
    const { user } = renderApp({ user: INSURER, url: `/cases?user=${JORN}` });
    await shownCount(count((c) => involves(c, JORN)));
    expect(within(group('Bruker')).getByText('…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rediger Bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bruker' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Laster …');
    expect(within(dialog).queryByText('Ingen verdier å velge mellom.')).not.toBeInTheDocument();
    release();
    expect(
      await within(dialog).findByRole('checkbox', { name: 'Jørn Service (jorn.service@hansjorn.test)' }),
    ).toBeChecked();
  });
});

describe('Saksliste: focus after "Slett"', () => {
  it('moves focus to "Legg til filter" when the last filter group is deleted', async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases?status=on_hold' });
    await shownCount(count((c) => c.status === 'on_hold'));
    await user.click(screen.getByRole('button', { name: 'Slett Status' }));
    await shownCount(240);
    expect(screen.queryByRole('button', { name: /^Status \(/ })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til filter' }));
  });

  it("moves focus to the next group's toggle when a group above it is deleted", async () => {
    const { user } = renderApp({ user: INSURER, url: '/cases?status=on_hold&damageType=water' });
    await shownCount(count((c) => c.status === 'on_hold' && c.damageType === 'water'));
    await user.click(screen.getByRole('button', { name: 'Slett Status' }));
    await shownCount(count((c) => c.damageType === 'water'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skadetype (1)' }));
  });

  it('moves focus to "Legg til filter" when the scope is deleted', async () => {
    const { user, router } = renderApp({ user: 'jorn.service@hansjorn.test', url: '/cases?scope=externalCaseHandler' });
    await shownCount(4);
    await user.click(screen.getByRole('button', { name: 'Fjern «Saker hvor jeg er ekstern saksbehandler»' }));
    await shownCount(7);
    expect(router.state.location.search).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til filter' }));
  });
});
