import { screen, waitFor, within } from '@testing-library/react';
import { RIGHT_KEYS, type RightKey } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { RIGHTS_DEMO_CASE_ID } from '@mocks/db/seed';
import { formatMoney } from '@/lib/format';
import { toastRegion } from '@/components/ui/Toast.testing';
import { renderApp } from '@test/renderApp';

/**
 * R5 in the UI: Jørn Service holds the role in the rights demo case (drying 20 000 NOK and carpentry
 * 30 000 NOK budgets awaiting approval, a completed demolition task, a painting task without a partner).
 * Each action shows with the portal's right and is absent without it.
 */

const JORN = 'jorn.service@hansjorn.test';
const URL = `/cases/${RIGHTS_DEMO_CASE_ID}`;
const setRights = (rights: readonly RightKey[]) =>
  db().portals.update(IDS.portal, (p) => ({ ...p, rights: [...rights] }));
/** amount: øre */
const setLimit = (amount: number) =>
  db().users.update(IDS.jornService, (u) => ({ ...u, budgetLimit: { mode: 'custom', amount } }));

function addRfq() {
  db().rfqs.insert({
    id: 'rfq-ui',
    caseId: RIGHTS_DEMO_CASE_ID,
    taskId: `${RIGHTS_DEMO_CASE_ID}-t4`,
    description: 'Maling av kjøkken',
    deadline: '2026-12-01',
    status: 'open',
    invitations: [
      {
        id: 'inv-ui',
        officeId: IDS.hansJornDrammen,
        name: 'Hans & Jørn Servicepartner - Drammen',
        email: null,
        invitedAt: '2026-11-20T09:00:00.000Z',
        answer: { amount: 1_800_000, comment: 'Inkl. materialer', answeredAt: '2026-11-20T10:00:00.000Z' },
      },
    ],
    winnerInvitationId: null,
    createdById: IDS.caseHandler,
    createdAt: '2026-11-20T09:00:00.000Z',
    version: 1,
  });
}

async function panel(tab: string) {
  const p = await screen.findByRole('tabpanel', {}, { timeout: 5000 });
  await waitFor(() => expect(screen.getByRole('tab', { selected: true })).toHaveTextContent(tab));
  return p;
}

interface Row {
  right: RightKey;
  tab: string;
  alsoNeeds?: RightKey[];
  /** Resolves when the action is present; null when absent (after the section has loaded). */
  find: (p: HTMLElement) => Promise<HTMLElement | null>;
}

const button = (name: string | RegExp) => async (p: HTMLElement) => {
  // The always-granted chat section loads on every tab-1 render: wait for it so "absent" is not "not yet loaded".
  if (within(p).queryByRole('heading', { name: 'Chat' }))
    await within(p).findByRole('checkbox', { name: 'Varsle meg om nye meldinger' });
  return within(p).queryByRole('button', { name });
};

const ROWS: Row[] = [
  { right: 'addRemoveTasks', tab: 'Saksinformasjon', find: button('Legg til flere') },
  { right: 'addRemoveTasks', tab: 'Saksinformasjon', find: button('Fjern Maler') },
  { right: 'assignTasksToPartners', tab: 'Saksinformasjon', find: button('Tildel Maler') },
  {
    right: 'viewOfficeCategories',
    tab: 'Saksinformasjon',
    alsoNeeds: ['assignTasksToPartners'],
    find: async (p) => {
      (await within(p).findByRole('button', { name: 'Tildel Maler' })).click();
      const dialog = await screen.findByRole('dialog');
      await within(dialog).findByRole('combobox', { name: 'Kontor' });
      return within(dialog).queryByRole('combobox', { name: 'Kontorkategori' });
    },
  },
  { right: 'cashOfferAllTasks', tab: 'Saksinformasjon', find: button('Kontanttilbud for Tørring') },
  { right: 'budgetOnBehalfOfPartners', tab: 'Saksinformasjon', find: button('Legg til budsjett for Tørring') },
  { right: 'approveTasks', tab: 'Saksinformasjon', find: button('Godkjenn oppgave Riving') },
  { right: 'startInspection', tab: 'Saksinformasjon', find: button('Start besiktigelse') },
  { right: 'remoteVideo', tab: 'Saksinformasjon', find: button('Start Remote Video-økt') },
  { right: 'customerContact', tab: 'Saksinformasjon', find: button('Del kundesiden') },
  {
    right: 'approveBudget',
    tab: 'Kostnadskontroll',
    find: async (p) => within(p).queryByRole('button', { name: 'Godkjenn budsjett for Tørring' }),
  },
  {
    // Works without "Godkjenne budsjett": the work items are in Arbeidsplan too.
    right: 'cashOfferWorkItemBeforeApproval',
    tab: 'Arbeidsplan',
    find: async (p) => {
      await within(p).findByRole('table', { name: /Tørring/ });
      return within(p).queryByRole('button', { name: 'Gi kontanttilbud for arbeidspost Arbeid (Tørring)' });
    },
  },
  {
    right: 'createEditRfq',
    tab: 'Arbeidsplan',
    find: async (p) =>
      (await within(p).findByRole('heading', { name: 'RFQ for Maler' })) &&
      within(p).queryByRole('button', { name: 'Ny RFQ' }),
  },
  {
    right: 'addNonIn4moPartnersToRfq',
    tab: 'Arbeidsplan',
    find: async (p) =>
      (await within(p).findByRole('heading', { name: 'RFQ for Maler' })) &&
      within(p).queryByRole('button', { name: 'Legg til ikke-in4mo partner' }),
  },
  {
    right: 'decideRfq',
    tab: 'Arbeidsplan',
    find: async (p) =>
      (await within(p).findByRole('heading', { name: 'RFQ for Maler' })) &&
      within(p).queryByRole('button', { name: 'Velg Hans & Jørn Servicepartner - Drammen som vinner' }),
  },
];

const TAB_PARAM: Record<string, string> = {
  Saksinformasjon: '',
  Kostnadskontroll: '?tab=cost',
  Arbeidsplan: '?tab=workplan',
};
const RFQ_RIGHTS: RightKey[] = ['createEditRfq', 'addNonIn4moPartnersToRfq', 'decideRfq'];

describe('the case tabs for the external case handler', () => {
  describe.each(ROWS)('$right ($tab)', (row) => {
    it('shows the action when the portal grants the right', async () => {
      addRfq();
      setRights([row.right, ...(row.alsoNeeds ?? []), ...(row.tab === 'Arbeidsplan' ? RFQ_RIGHTS.slice(0, 1) : [])]);
      renderApp({ user: JORN, url: `${URL}${TAB_PARAM[row.tab]}` });
      expect(await row.find(await panel(row.tab))).not.toBeNull();
    });

    it('hides it when the portal does not', async () => {
      addRfq();
      // For the RFQ rights, keep one other RFQ right so that the RFQ itself is shown.
      const others = row.tab === 'Arbeidsplan' ? RFQ_RIGHTS.filter((r) => r !== row.right).slice(0, 1) : [];
      setRights([...(row.alsoNeeds ?? []), ...others]);
      renderApp({ user: JORN, url: `${URL}${TAB_PARAM[row.tab]}` });
      if (row.tab === 'Kostnadskontroll') {
        // Without the right the tab itself is not there.
        await panel('Saksinformasjon');
        expect(screen.queryByRole('tab', { name: 'Kostnadskontroll' })).toBeNull();
        return;
      }
      expect(await row.find(await panel(row.tab))).toBeNull();
    });
  });

  it('shows no Kostnadskontroll tab without "Godkjenne budsjett"; a link to it lands on Saksinformasjon with a short explanation', async () => {
    setRights(RIGHT_KEYS.filter((r) => r !== 'approveBudget'));
    const { router } = renderApp({ user: JORN, url: `${URL}?tab=cost` });
    await panel('Saksinformasjon');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Saksinformasjon',
      'Arbeidsplan',
      'Faktura',
      'Kundeoppgjør',
      'Prosjektplan',
    ]);
    expect(
      screen.getByText(
        'Du har ikke tilgang til kostnadskontroll i denne saken. Det krever rettigheten «Godkjenne budsjett».',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('lets him approve up to his limit and says so before the click above it', async () => {
    setRights(['approveBudget']);
    setLimit(2_500_000);
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=cost` });
    const p = await panel('Kostnadskontroll');
    expect(await within(p).findByText(/Din grense for budsjettgodkjenning: 25\s000\sNOK/)).toBeInTheDocument();
    const over = within(p).getByRole('button', { name: 'Godkjenn budsjett for Snekker' });
    expect(over).toBeDisabled();
    expect(over).toHaveAccessibleDescription(
      /30\s000\sNOK er over grensen din for budsjettgodkjenning på 25\s000\sNOK/,
    );
    await user.click(within(p).getByRole('button', { name: 'Godkjenn budsjett for Tørring' }));
    // It asks first, naming the amount and what follows; Tilbake changes nothing.
    let dialog = await screen.findByRole('dialog', { name: 'Godkjenn budsjett for Tørring' });
    expect(dialog).toHaveAccessibleDescription(
      /^Budsjettet på 20\s000\sNOK for Tørring \(.+\) godkjennes, og arbeidet kan starte\./,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tilbake' }));
    expect(db().cases.get(RIGHTS_DEMO_CASE_ID)!.tasks[0]).toMatchObject({ status: 'B' });
    await user.click(within(p).getByRole('button', { name: 'Godkjenn budsjett for Tørring' }));
    dialog = await screen.findByRole('dialog', { name: 'Godkjenn budsjett for Tørring' });
    await user.click(within(dialog).getByRole('button', { name: 'Godkjenn budsjett' }));
    await waitFor(() =>
      expect(within(p).queryByRole('button', { name: 'Godkjenn budsjett for Tørring' })).not.toBeInTheDocument(),
    );
    expect(within(p).getByText(/Budsjett: 20\s000\sNOK \(godkjent\)/)).toBeInTheDocument();
    expect(toastRegion().getByText(/^Budsjettet på 20\s000\sNOK for Tørring er godkjent\.$/)).toBeInTheDocument();
    expect(db().cases.get(RIGHTS_DEMO_CASE_ID)!.tasks[0]).toMatchObject({ status: 'B++' });
  });

  it('uses the portal default limit without a limit of his own', async () => {
    setRights(['approveBudget']);
    renderApp({ user: JORN, url: `${URL}?tab=cost` });
    const p = await panel('Kostnadskontroll');
    const drying = await within(p).findByRole('button', { name: 'Godkjenn budsjett for Tørring' });
    expect(drying).toBeDisabled();
    expect(drying).toHaveAccessibleDescription(
      /20\s000\sNOK er over grensen din for budsjettgodkjenning på 10\s000\sNOK/,
    );
  });

  it("shows the server's refusal naming the limit when the limit changed after the page was loaded", async () => {
    setRights(['approveBudget']);
    setLimit(2_500_000);
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=cost` });
    const p = await panel('Kostnadskontroll');
    const approve = await within(p).findByRole('button', { name: 'Godkjenn budsjett for Tørring' });
    setLimit(1_500_000);
    await user.click(approve);
    const dialog = await screen.findByRole('dialog', { name: 'Godkjenn budsjett for Tørring' });
    await user.click(within(dialog).getByRole('button', { name: 'Godkjenn budsjett' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Budsjettet er over grensen din for budsjettgodkjenning \(15\s000\sNOK\)/,
    );
    expect(db().cases.get(RIGHTS_DEMO_CASE_ID)!.tasks[0]).toMatchObject({ status: 'B' });
  });

  it('ticks the chat notification for good with "Markert for chat-notifikasjon"', async () => {
    setRights(['forcedChatNotification']);
    renderApp({ user: JORN, url: URL });
    const box = await within(await panel('Saksinformasjon')).findByRole('checkbox', {
      name: 'Varsle meg om nye meldinger',
    });
    expect(box).toBeChecked();
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(/kan ikke fjernes/);
  });

  it('leaves the chat notification to him without it, and chat and documents work without any right', async () => {
    setRights([]);
    const { user } = renderApp({ user: JORN, url: URL });
    const p = await panel('Saksinformasjon');
    const box = await within(p).findByRole('checkbox', { name: 'Varsle meg om nye meldinger' });
    expect(box).not.toBeChecked();
    expect(box).toBeEnabled();
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    await user.type(within(p).getByLabelText('Ny melding', { exact: true }), 'Vi er på plass i morgen.');
    await user.click(within(p).getByRole('button', { name: 'Send' }));
    expect(await within(p).findByText('Vi er på plass i morgen.')).toBeInTheDocument();
    await user.upload(
      within(p).getByLabelText('Last opp dokument'),
      new File(['x'.repeat(2048)], 'fuktmåling.pdf', { type: 'application/pdf' }),
    );
    expect(await within(p).findByRole('cell', { name: 'fuktmåling.pdf' })).toBeInTheDocument();
    expect(within(p).getByRole('cell', { name: '2 kB' })).toBeInTheDocument();
  });

  it('shows the tabs in the guide order, keeps the selected one in the URL and moves with the arrow keys', async () => {
    const { user, router } = renderApp({ user: JORN, url: URL });
    await panel('Saksinformasjon');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Saksinformasjon',
      'Kostnadskontroll',
      'Arbeidsplan',
      'Faktura',
      'Kundeoppgjør',
      'Prosjektplan',
    ]);
    screen.getByRole('tab', { name: 'Saksinformasjon' }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(router.state.location.search).toBe('?tab=cost'));
    expect(screen.getByRole('tab', { name: 'Kostnadskontroll' })).toHaveFocus();
    await user.keyboard('{End}');
    await waitFor(() => expect(router.state.location.search).toBe('?tab=projectplan'));
    expect(await screen.findByRole('progressbar', { name: 'Fremdrift for Maler' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Faktura' }));
    expect(await screen.findByText('Ingen fakturaer er lagt til i saken.')).toBeInTheDocument();
  });

  it('adds a task with "Legg til flere" and logs it', async () => {
    setRights(['addRemoveTasks']);
    const { user } = renderApp({ user: JORN, url: URL });
    const p = await panel('Saksinformasjon');
    await user.selectOptions(await within(p).findByRole('combobox', { name: 'Oppgavetype' }), 'Elektriker');
    await user.click(within(p).getByRole('button', { name: 'Legg til flere' }));
    expect(await within(p).findByRole('cell', { name: 'Elektriker' })).toBeInTheDocument();
    expect(db().logs.find((l) => l.caseId === RIGHTS_DEMO_CASE_ID && l.action === 'taskAdded')).toMatchObject({
      params: { type: 'electrical' },
    });
  });

  it("shows Arbeidsnummer and Estimert partnerbudsjett for each craftsman task in Arbeidsplan, with the guide's words", async () => {
    setRights(['addRemoveTasks']);
    const ref = String(db().cases.get(RIGHTS_DEMO_CASE_ID)!.seq).padStart(6, '0');
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=workplan` });
    const p = await panel('Arbeidsplan');
    const plan = (task: string) => within(p).getByLabelText(`Arbeidsplan for ${task}`);
    await within(p).findByRole('heading', { name: 'Snekker' });
    // Snekker: work number 2 in the case; its partner entered 18 000 + 12 000.
    expect(plan('Snekker')).toHaveTextContent(
      new RegExp(`^Arbeidsnummer:${ref}-2Estimert partnerbudsjett : NOK30\\s000$`),
    );
    // Maler has no partner yet: no estimate.
    expect(plan('Maler')).toHaveTextContent(`Arbeidsnummer:${ref}-4Estimert partnerbudsjett : NOK–`);
    // Tørring is not a craftsman task: its work items without a work number.
    expect(within(p).getByRole('heading', { name: 'Tørring' })).toBeInTheDocument();
    expect(within(p).queryByLabelText('Arbeidsplan for Tørring')).toBeNull();

    // A task added later gets the next number.
    await user.click(screen.getByRole('tab', { name: 'Saksinformasjon' }));
    const info = await panel('Saksinformasjon');
    await user.selectOptions(await within(info).findByRole('combobox', { name: 'Oppgavetype' }), 'Elektriker');
    await user.click(within(info).getByRole('button', { name: 'Legg til flere' }));
    await within(info).findByRole('cell', { name: 'Elektriker' });
    await user.click(screen.getByRole('tab', { name: 'Arbeidsplan' }));
    const p2 = await panel('Arbeidsplan');
    expect(await within(p2).findByLabelText('Arbeidsplan for Elektriker')).toHaveTextContent(`Arbeidsnummer:${ref}-5`);
  });

  it('assigns a task to an office with the one office picker, and says so afterwards', async () => {
    setRights(['assignTasksToPartners']);
    const { user } = renderApp({ user: JORN, url: URL });
    const p = await panel('Saksinformasjon');
    await user.click(await within(p).findByRole('button', { name: 'Tildel Maler' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tildel: Maler' });
    // The same drop-down as the role's "Tildel": recommended (the default) or all, both marked Obligatorisk.
    const scope = within(dialog).getByRole('combobox', { name: 'Kontorliste' });
    expect(scope).toHaveDisplayValue('Vis anbefalte kontor');
    expect(scope).toHaveAccessibleDescription('Obligatorisk');
    const select = await within(dialog).findByRole('combobox', { name: 'Kontor' });
    expect(select).toHaveAccessibleDescription('Obligatorisk');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(within(dialog).getByText('Feltet er obligatorisk.')).toBeInTheDocument();
    const option = within(select)
      .getAllByRole('option')
      .find((o) => o.textContent?.includes('Nordisk Takst - Oslo'));
    await user.selectOptions(select, option!);
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(db().cases.get(RIGHTS_DEMO_CASE_ID)!.tasks[3]).toMatchObject({ officeId: 'o-nordtakst-oslo', status: '0' });
    expect(toastRegion().getByText('Maler er tildelt Nordisk Takst - Oslo.')).toBeInTheDocument();
  });
});

describe('consequential task actions ask first and say what they did', () => {
  it('removes a task only after "Fjern" is confirmed, then says so', async () => {
    setRights(['addRemoveTasks']);
    const { user } = renderApp({ user: JORN, url: URL });
    const p = await panel('Saksinformasjon');
    await user.click(await within(p).findByRole('button', { name: 'Fjern Maler' }));
    let dialog = await screen.findByRole('dialog', { name: 'Fjern oppgaven Maler?' });
    expect(dialog).toHaveAccessibleDescription('Oppgaven fjernes fra saken, sammen med en eventuell RFQ for den.');
    await user.click(within(dialog).getByRole('button', { name: 'Tilbake' }));
    expect(
      db()
        .cases.get(RIGHTS_DEMO_CASE_ID)!
        .tasks.some((x) => x.type === 'painting'),
    ).toBe(true);

    await user.click(within(p).getByRole('button', { name: 'Fjern Maler' }));
    dialog = await screen.findByRole('dialog', { name: 'Fjern oppgaven Maler?' });
    await user.click(within(dialog).getByRole('button', { name: 'Fjern' }));
    await waitFor(() =>
      expect(
        db()
          .cases.get(RIGHTS_DEMO_CASE_ID)!
          .tasks.some((x) => x.type === 'painting'),
      ).toBe(false),
    );
    expect(await toastRegion().findByText('Maler er fjernet fra saken.')).toBeInTheDocument();
  });

  it('chooses the RFQ winner only after a confirmation naming what follows, then says so', async () => {
    setRights(['decideRfq']);
    addRfq();
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=workplan` });
    const p = await panel('Arbeidsplan');
    await user.click(
      await within(p).findByRole('button', { name: 'Velg Hans & Jørn Servicepartner - Drammen som vinner' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Velg Hans & Jørn Servicepartner - Drammen som vinner' });
    expect(dialog).toHaveAccessibleDescription(
      /RFQ-en avsluttes, og Maler tildeles Hans & Jørn Servicepartner - Drammen\./,
    );
    expect(db().rfqs.get('rfq-ui')!.winnerInvitationId).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Velg som vinner' }));
    expect(
      await toastRegion().findByText(
        'Hans & Jørn Servicepartner - Drammen er valgt som vinner, og Maler er tildelt dem.',
      ),
    ).toBeInTheDocument();
    expect(db().rfqs.get('rfq-ui')!.winnerInvitationId).toBe('inv-ui');
  });
});

describe('the case log wording of the actions', () => {
  it.each([
    // The log formats amounts with formatMoney (nb-NO) before translating, in every UI language.
    [
      'nb',
      'budgetApproved',
      { type: 'drying', amount: formatMoney(2_000_000) },
      /^Budsjett på 20\s000\sNOK godkjent for Tørring$/,
    ],
    [
      'en',
      'budgetApproved',
      { type: 'drying', amount: formatMoney(2_000_000) },
      /^Budget of 20\s000\sNOK approved for Drying$/,
    ],
    [
      'nb',
      'taskAssigned',
      { type: 'painting', office: 'Tørk & Tett - Lørenskog' },
      /^Maler tildelt Tørk & Tett - Lørenskog$/,
    ],
    ['en', 'taskAdded', { type: 'electrical' }, /^Task added: Electrical$/],
  ] as const)('%s %s', async (lng, action, params, expected) => {
    const { i18n } = await import('@/lib/i18n');
    expect(i18n.getFixedT(lng)(`case:log.actions.${action}`, params)).toMatch(expected);
  });
});
