import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { toastRegion } from '@/components/ui/Toast.testing';
import { renderApp, signInAs } from '@test/renderApp';
import { db, IDS } from '@mocks/db';

const URL = '/cases/case-1';
const INSURER = 'saksbehandler@jorn6.test';

/** Changes the case through the API as another user would (the page does not know yet). */
async function asUser<T>(email: string, fn: () => Promise<T>): Promise<T> {
  signInAs(email);
  return fn();
}
const currentVersion = async () => (await apiRequest({ path: '/cases/case-1', schema: CaseDetail })).version;
const assignOffice = async (officeId: string) =>
  apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/office',
    body: { officeId, version: await currentVersion() },
    schema: CaseDetail,
  });
const assignUser = async (userId: string) =>
  apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/user',
    body: { userId, version: await currentVersion() },
    schema: CaseDetail,
  });

/** The header's definition list row for a label ("Sakstiltak:"), to look inside it. */
const row = (label: string) => {
  const dt = screen.getByText(`${label}:`, { selector: 'dt' });
  return within(dt.parentElement as HTMLElement);
};

/** The status tag ("Status: " is for screen readers; the tag shows "På vent"), matched by its whole text. */
const status = (text: string) => (_: string, el: Element | null) =>
  el?.classList.contains('case-status-tag') === true && el.textContent === text;

/** The case header block (the tabs below may have buttons of the same names). */
const header = async () => within((await screen.findByRole('heading', { level: 1 })).closest('header') as HTMLElement);

/** Opens a header row's "Logg" (named for its row, e.g. "Logg for saksbehandler"); the dialog is named for the row too. */
async function openLog(user: UserEvent, name: string) {
  await user.click(screen.getByRole('button', { name }));
  return screen.findByRole('dialog', { name: /^Logg: / });
}

describe('case header (R3) as the guide draws it', () => {
  it('shows the address, insurer and customer, tasks and every line of the header', async () => {
    renderApp({ user: INSURER, url: URL });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' })).toBeInTheDocument();
    expect(screen.getByText('Jørn 6 Insurance (Kari Nordmann, 0111111111)')).toBeInTheDocument();
    const tasks = screen.getByRole('list', { name: 'Oppgaver' });
    expect(
      within(tasks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vannskadebesiktigelse: Ikke tildelt', 'Riving: Ikke tildelt', 'Tørring: Ikke tildelt']);
    const actions = row('Sakstiltak');
    expect(actions.getAllByRole('button').map((b) => b.textContent)).toEqual(['Vent', 'Lukk', 'Avbryt', 'Logg']);
    expect(
      row('Erstatningsbeslutning')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Godta', 'Avis', 'Behøver tilleggsopplysninger', 'Logg']);
    expect(row('Saksbehandler').getByText('Siri Saksbehandler')).toBeInTheDocument();
    expect(
      row('Saksbehandler')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Rediger', 'Logg']);
    expect(row('Ekstern saksbehandler').getByText('Ikke tildelt')).toBeInTheDocument();
    expect(
      row('Ekstern saksbehandler').getByRole('button', { name: 'Rediger ekstern saksbehandler' }),
    ).toHaveTextContent('Rediger');
    expect(row('Skadenummer').getByText('905499722815141720220224133540811')).toBeInTheDocument();
    expect(row('Kvalitetskontroll').getByRole('button', { name: 'Sjå på kvalitetskontroll' })).toHaveTextContent(
      'Sjå på',
    );
    expect(row('Påminnelse (saksbehandler)').getByText('av')).toBeInTheDocument();
    expect(row('Send link til kundesiden').getByRole('link', { name: 'Rediger link til kundesiden' })).toHaveAttribute(
      'href',
      '#kundekontakt',
    );
    expect(
      row('Send link til kundesiden').getByRole('button', { name: 'Logg for link til kundesiden' }),
    ).toBeInTheDocument();
  });

  it('shows the case number, its status, "Handling kreves" and a way back to the list as it was left', async () => {
    sessionStorage.setItem('saksportal.caseListUrl', '/cases?q=Munch&status=open');
    db().cases.update('case-1', (c) => ({ ...c, attention: true }));
    const { user, router } = renderApp({ user: INSURER, url: URL });
    const h = await header();
    expect(h.getByText('Saksnummer 000001')).toBeInTheDocument();
    expect(h.getByText(status('Status: Åpen'))).toBeInTheDocument();
    expect(h.getByText('Handling kreves')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('000001 Edwards Munchs vei – Saksportal'));
    const crumbs = screen.getByRole('navigation', { name: 'Brødsmulesti' });
    expect(within(crumbs).getByText('Sak 000001')).toHaveAttribute('aria-current', 'page');
    await user.click(within(crumbs).getByRole('link', { name: 'Saksliste' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/cases'));
    expect(router.state.location.search).toBe('?q=Munch&status=open');
  });

  it('leaves out "Handling kreves" when nothing is waiting, and leads back to the plain list without a remembered one', async () => {
    db().cases.update('case-1', (c) => ({ ...c, attention: false }));
    renderApp({ user: INSURER, url: URL });
    const h = await header();
    expect(h.getByText('Saksnummer 000001')).toBeInTheDocument();
    expect(h.queryByText('Handling kreves')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Brødsmulesti' })).getByRole('link', { name: 'Saksliste' }),
    ).toHaveAttribute('href', '/cases');
  });

  it('puts the case on hold and resumes it (Vent becomes Gjenoppta), and the log says who did it and when', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await (await header()).findByRole('button', { name: 'Vent' }));
    expect(await screen.findByText(status('Status: På vent'))).toBeInTheDocument();
    // The same button now says Gjenoppta and keeps the keyboard focus; the toast says what changed.
    expect(document.activeElement).toBe((await header()).getByRole('button', { name: 'Gjenoppta' }));
    expect(toastRegion().getByText('Saken er satt på vent.')).toBeInTheDocument();
    await user.click((await header()).getByRole('button', { name: 'Gjenoppta' }));
    expect(await (await header()).findByRole('button', { name: 'Vent' })).toBeInTheDocument();
    expect(screen.getByText(status('Status: Åpen'))).toBeInTheDocument();
    expect(toastRegion().getByText('Saken er gjenopptatt.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logg for sakstiltak' }));
    const dialog = await screen.findByRole('dialog', { name: 'Logg: Sakstiltak' });
    const rows = await within(dialog).findAllByRole('row');
    // Header row + gjenopptatt, på vent, opprettet (newest first).
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Saken ble gjenopptatt');
    expect(rows[1]).toHaveTextContent('Siri Saksbehandler');
    expect(rows[1]).toHaveTextContent(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    expect(rows[2]).toHaveTextContent('Saken ble satt på vent');
    expect(rows[3]).toHaveTextContent('Saken ble opprettet');
    expect(rows[3]).toHaveTextContent('18.11.2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Logg for sakstiltak' })).toHaveFocus();
  });

  it('opens each row\'s "Logg" filtered to that row, and the whole log on request', async () => {
    const entries: [string, Record<string, string>][] = [
      ['caseOnHold', {}],
      ['claimAccepted', {}],
      ['caseHandlerChanged', { name: 'Siri Saksbehandler' }],
      ['externalOfficeAssigned', { office: 'Hans & Jørn Servicepartner - Oslo' }],
      ['externalUserChanged', { from: 'Jørn Service', to: 'Kari Kontor', office: 'Hans & Jørn Servicepartner - Oslo' }],
      ['customerPageShared', { email: 'kari.nordmann@example.test' }],
      ['reminderOn', {}],
    ];
    entries.forEach(([action, params], i) =>
      db().logs.insert({
        id: `log-ui-${i}`,
        caseId: 'case-1',
        at: `2026-11-20T10:0${i}:00.000Z`,
        actorId: IDS.caseHandler,
        action,
        params,
      }),
    );
    const { user } = renderApp({ user: INSURER, url: URL });
    await screen.findByRole('heading', { level: 1 });
    const events = async (log: HTMLElement) => {
      const rows = await within(log).findAllByRole('row');
      return rows.slice(1).map((r) => (r as HTMLTableRowElement).cells[2]?.textContent);
    };
    const rows: [string, string, string[]][] = [
      ['Logg for sakstiltak', 'Logg: Sakstiltak', ['Saken ble satt på vent', 'Saken ble opprettet']],
      ['Logg for erstatningsbeslutning', 'Logg: Erstatningsbeslutning', ['Erstatningsbeslutning: Godta']],
      ['Logg for saksbehandler', 'Logg: Saksbehandler', ['Saksbehandler endret til Siri Saksbehandler']],
      [
        'Logg for ekstern saksbehandler',
        'Logg: Ekstern saksbehandler',
        [
          'Ekstern saksbehandler endret fra Jørn Service til Kari Kontor (Hans & Jørn Servicepartner - Oslo)',
          'Ekstern saksbehandler tildelt kontoret Hans & Jørn Servicepartner - Oslo',
        ],
      ],
      [
        'Logg for link til kundesiden',
        'Logg: Send link til kundesiden',
        ['Link til kundesiden sendt til kari.nordmann@example.test'],
      ],
    ];
    for (const [button, title, expected] of rows) {
      await user.click(screen.getByRole('button', { name: button }));
      const log = await screen.findByRole('dialog', { name: title });
      expect(await events(log)).toEqual(expected);
      if (button === 'Logg for saksbehandler') {
        // The whole log is one click away, and back.
        await user.click(within(log).getByRole('button', { name: 'Vis hele loggen' }));
        const whole = await screen.findByRole('dialog', { name: 'Logg' });
        await waitFor(async () => expect(await events(whole)).toHaveLength(entries.length + 1));
        expect(await events(whole)).toContain('Påminnelse (saksbehandler) slått på');
        await user.click(within(whole).getByRole('button', { name: 'Vis bare Saksbehandler' }));
        await waitFor(async () => expect(await events(screen.getByRole('dialog', { name: title }))).toEqual(expected));
      }
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lukk' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
  });

  it('asks before Lukk, and closes the case with the chosen reason', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await (await header()).findByRole('button', { name: 'Lukk' }));
    let dialog = await screen.findByRole('dialog', { name: 'Lukk saken' });
    await user.click(within(dialog).getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(status('Status: Åpen'))).toBeInTheDocument();
    expect(toastRegion().queryByText(/Saken er lukket/)).not.toBeInTheDocument();

    await user.click((await header()).getByRole('button', { name: 'Lukk' }));
    dialog = await screen.findByRole('dialog', { name: 'Lukk saken' });
    await user.selectOptions(within(dialog).getByLabelText('Årsak til avslutning av saken'), 'Kontanttilbud akseptert');
    await user.click(within(dialog).getByRole('button', { name: 'Lukk saken' }));
    expect(await screen.findByText(status('Status: Avsluttet (Kontanttilbud akseptert)'))).toBeInTheDocument();
    expect(toastRegion().getByText('Saken er lukket (Kontanttilbud akseptert).')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    // A closed case has no more actions, but its log.
    expect(
      row('Sakstiltak')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Logg']);
    expect(screen.queryByRole('button', { name: 'Rediger ekstern saksbehandler' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Logg for sakstiltak' }));
    const log = await screen.findByRole('dialog', { name: 'Logg: Sakstiltak' });
    expect(await within(log).findByText('Saken ble lukket (Kontanttilbud akseptert)')).toBeInTheDocument();
  });

  it('asks before Avbryt, and cancels the case', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await (await header()).findByRole('button', { name: 'Avbryt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avbryt saken' });
    expect(dialog).toHaveAccessibleDescription(/Saken avbrytes/);
    expect(screen.getByText(status('Status: Åpen'))).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt saken' }));
    expect(await screen.findByText(status('Status: Avbrutt'))).toBeInTheDocument();
    expect(toastRegion().getByText('Saken er avbrutt.')).toBeInTheDocument();
  });

  it('asks before recording the claim decision, naming it, then records it and says so', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await (await header()).findByRole('button', { name: 'Godta' }));
    let dialog = await screen.findByRole('dialog', { name: 'Godta erstatningskravet' });
    expect(dialog).toHaveAccessibleDescription(
      'Erstatningsbeslutningen blir «Godtatt». Beslutningen vises i saken og føres i loggen.',
    );
    // Nothing happens on the click alone; Tilbake changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(row('Erstatningsbeslutning').queryByText('Godtatt')).not.toBeInTheDocument();
    expect(db().cases.get('case-1')!.claimDecision).toBeNull();

    await user.click((await header()).getByRole('button', { name: 'Godta' }));
    dialog = await screen.findByRole('dialog', { name: 'Godta erstatningskravet' });
    await user.click(within(dialog).getByRole('button', { name: 'Godta' }));
    expect(await row('Erstatningsbeslutning').findByText('Godtatt')).toBeInTheDocument();
    expect(toastRegion().getByText('Erstatningsbeslutningen er lagret: Godtatt.')).toBeInTheDocument();
    expect((await header()).getByRole('button', { name: 'Godta' })).toHaveAttribute('aria-pressed', 'true');
    expect((await header()).getByRole('button', { name: 'Avis' })).toHaveAttribute('aria-pressed', 'false');
    const log = await openLog(user, 'Logg for erstatningsbeslutning');
    expect(await within(log).findByText('Erstatningsbeslutning: Godta')).toBeInTheDocument();
    await user.click(within(log).getByRole('button', { name: 'Lukk' }));

    // Changing it names what it replaces.
    await user.click((await header()).getByRole('button', { name: 'Avis' }));
    dialog = await screen.findByRole('dialog', { name: 'Avis erstatningskravet' });
    expect(dialog).toHaveAccessibleDescription(
      'Erstatningsbeslutningen blir «Avvist». Den erstatter «Godtatt». Beslutningen vises i saken og føres i loggen.',
    );
  });

  it('changes the case handler and the reminder in dialogs', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Rediger saksbehandler' }));
    let dialog = await screen.findByRole('dialog', { name: 'Rediger saksbehandler' });
    const select = await within(dialog).findByLabelText('Saksbehandler');
    const other = within(select)
      .getAllByRole('option')
      .find((o) => o.textContent !== 'Siri Saksbehandler' && (o as HTMLOptionElement).value !== '')!;
    await user.selectOptions(select, other);
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(row('Saksbehandler').getByText(other.textContent!)).toBeInTheDocument();
    expect(toastRegion().getByText(`Saksbehandler er endret til ${other.textContent!}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rediger påminnelse' }));
    dialog = await screen.findByRole('dialog', { name: 'Påminnelse (saksbehandler)' });
    await user.click(within(dialog).getByRole('switch', { name: 'Påminnelse til saksbehandleren' }));
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await row('Påminnelse (saksbehandler)').findByText('på')).toBeInTheDocument();
    expect(toastRegion().getByText('Påminnelse (saksbehandler) er slått på.')).toBeInTheDocument();
  });

  it('shows the quality control checkpoints', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Sjå på kvalitetskontroll' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kvalitetskontroll' });
    expect(within(dialog).getByText('Skadenummer er registrert').parentElement).toHaveTextContent('OK');
    expect(within(dialog).getByText('Erstatningsbeslutning er tatt').parentElement).toHaveTextContent('Mangler');
  });

  it('says what went wrong and retries with the case as it is now after a conflict (409)', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await (await header()).findByRole('button', { name: 'Vent' });
    // Someone else changes the case meanwhile.
    await asUser('admin@jorn6.test', async () =>
      apiRequest({
        method: 'PUT',
        path: '/cases/case-1/reminder',
        body: { reminder: true, version: await currentVersion() },
        schema: CaseDetail,
      }),
    );
    signInAs(INSURER);
    await user.click((await header()).getByRole('button', { name: 'Vent' }));
    expect(await screen.findByText(/Noen andre har endret dette/)).toBeInTheDocument();
    // The refetch brings the other change and the new version; the retry succeeds.
    expect(await row('Påminnelse (saksbehandler)').findByText('på')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText(status('Status: På vent'))).toBeInTheDocument();
    expect(screen.queryByText(/Noen andre har endret dette/)).not.toBeInTheDocument();
  });

  it('shows a failure with a retry when the server does not answer', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    await (await header()).findByRole('button', { name: 'Vent' });
    const chaos = (failRate: number) =>
      apiRequest({ method: 'PUT', path: '/system/chaos', body: { latencyMs: 0, failRate }, schema: z.unknown() });
    await chaos(1);
    await user.click((await header()).getByRole('button', { name: 'Avis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avis erstatningskravet' });
    await user.click(within(dialog).getByRole('button', { name: 'Avis' }));
    // The failure stays in the dialog, which stays open; no toast claims a change.
    expect(await within(dialog).findByText('Tjenesten svarer ikke akkurat nå. Prøv igjen.')).toBeInTheDocument();
    expect(toastRegion().queryByText(/Erstatningsbeslutningen er lagret/)).not.toBeInTheDocument();
    await chaos(0);
    await user.click(within(dialog).getByRole('button', { name: 'Prøv igjen' }));
    expect(await row('Erstatningsbeslutning').findByText('Avvist')).toBeInTheDocument();
    expect(toastRegion().getByText('Erstatningsbeslutningen er lagret: Avvist.')).toBeInTheDocument();
  });

  it('shows the office without a user, then the user and office; the office admin gets no case actions', async () => {
    await asUser(INSURER, () => assignOffice('o-hansjorn-oslo'));
    renderApp({ user: 'kontor@hansjorn.test', url: URL });
    await screen.findByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' });
    expect(
      await row('Ekstern saksbehandler').findByText('Hans & Jørn Servicepartner - Oslo (Bruker ikke tildelt)'),
    ).toBeInTheDocument();
    expect(row('Ekstern saksbehandler').getByRole('button', { name: 'Tildel bruker' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rediger ekstern saksbehandler' })).not.toBeInTheDocument();
    expect(
      row('Sakstiltak')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Logg']);
    expect(
      row('Erstatningsbeslutning')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Logg']);
    expect(
      row('Saksbehandler')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Logg']);
    expect(screen.queryByRole('link', { name: 'Rediger link til kundesiden' })).not.toBeInTheDocument();
  });

  it('shows the assigned user and office to the external case handler, with the rights the portal grants', async () => {
    await asUser(INSURER, async () => {
      await assignOffice('o-hansjorn-oslo');
      await assignUser('u-jorn-service');
    });
    const { user } = renderApp({ user: 'jorn.service@hansjorn.test', url: URL });
    await screen.findByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' });
    expect(
      await row('Ekstern saksbehandler').findByText('Jørn Service (Hans & Jørn Servicepartner - Oslo)'),
    ).toBeInTheDocument();
    // The seeded portal grants the claim decision and customer contact, not the insurer's case actions.
    expect(
      row('Sakstiltak')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Logg']);
    expect(row('Erstatningsbeslutning').getByRole('button', { name: 'Godta' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rediger link til kundesiden' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tildel bruker' })).not.toBeInTheDocument();
    const log = await openLog(user, 'Logg for ekstern saksbehandler');
    expect(
      await within(log).findByText(
        'Jørn Service (Hans & Jørn Servicepartner - Oslo) tildelt som ekstern saksbehandler',
      ),
    ).toBeInTheDocument();
  });

  it('shows "not found" to a partner user with no link to the case', async () => {
    renderApp({ user: 'handverker@hansjorn.test', url: URL });
    expect(await screen.findByRole('heading', { name: 'Siden finnes ikke' })).toBeInTheDocument();
    expect(screen.queryByText('Edwards Munchs vei, 1063 Oslo')).not.toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    renderApp({ user: INSURER, url: URL, language: 'en' });
    expect(await screen.findByText('Case actions:')).toBeInTheDocument();
    expect((await header()).getByRole('button', { name: 'Hold' })).toBeInTheDocument();
    expect(row('External case handler').getByText('Not assigned')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Tasks' })).toHaveTextContent('Water damage inspection: Not assigned');
  });
});

describe('Ta erstatningsbeslutning for the external case handler', () => {
  const setRights = (rights: import('@/api/contract').RightKey[]) =>
    db().portals.update(IDS.portal, (p) => ({ ...p, rights }));

  it.each([
    ['grants', ['claimDecision'] as const, true],
    ['does not grant', [] as const, false],
  ])(
    'shows Godta | Avis | Behøver tilleggsopplysninger only when the portal %s the right',
    async (_label, rights, shown) => {
      setRights([...rights]);
      renderApp({ user: 'jorn.service@hansjorn.test', url: `/cases/${IDS.rightsDemoCase}` });
      const h = await header();
      const decision = h.getByText('Erstatningsbeslutning:', { selector: 'dt' }).parentElement as HTMLElement;
      for (const name of ['Godta', 'Avis', 'Behøver tilleggsopplysninger']) {
        expect(within(decision).queryByRole('button', { name }) !== null).toBe(shown);
      }
    },
  );
});
