import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, signInAs } from '@test/renderApp';
import { db, IDS, reloadDb } from '@mocks/db';
import { holdGets } from '@test/api';

const ADMIN = 'admin@jorn6.test';
const editUrl = (id: string) => `/admin/members/${id}`;
const row = (id: string) => db().users.get(id)!;

async function openEdit(id: string = IDS.craftsman, language: 'nb' | 'en' = 'nb') {
  const app = renderApp({ user: ADMIN, url: editUrl(id), language });
  await screen.findByRole('textbox', { name: language === 'nb' ? 'Fornavn' : 'First name' });
  return app;
}

const field = (name: string) => screen.getByRole('textbox', { name });
const flag = () => screen.getByRole('checkbox', { name: 'Ekstern saksbehandler' });
const amount = () => screen.getByRole('textbox', { name: 'Beløp for Bruk verdi' });
const save = () => screen.getByRole('button', { name: 'Lagre' });

describe('R2 Rediger medlem', () => {
  it('has every field of the guide, in its order, with its labels', async () => {
    await openEdit();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rediger medlem: Hege Håndverker');
    expect(
      within(screen.getByRole('navigation', { name: 'Brødsmulesti' })).getByRole('link', { name: 'Medlemmer' }),
    ).toHaveAttribute('href', '/admin/members');
    const inOrder = [
      field('Fornavn'),
      field('Etternavn'),
      field('E-postadresse'),
      screen.getByLabelText('Passord'),
      field('Bruker-ID'),
      field('Mobilnummer'),
      screen.getByRole('checkbox', { name: 'Bruk for sikkerhetskode' }),
      field('Mobilnummer for sikkerhetskode'),
      screen.getByRole('combobox', { name: 'Status' }),
      screen.getByRole('combobox', { name: 'Stedfortreder' }),
      screen.getByRole('combobox', { name: 'Autorisasjonsnivå' }),
      screen.getByRole('combobox', { name: 'Selskap' }),
      screen.getByRole('combobox', { name: 'Kontor' }),
      screen.getByRole('checkbox', { name: 'Inspektør med ekstra rettigheter' }),
      flag(),
      screen.getByRole('group', { name: 'Grense for budsjettgodkjenning' }),
      screen.getByRole('radio', { name: /^Bruk standard: 10\s000\sNOK$/ }),
      screen.getByRole('radio', { name: 'Bruk verdi:' }),
      amount(),
      save(),
      screen.getByRole('button', { name: 'Avbryt' }),
    ];
    for (let i = 1; i < inOrder.length; i++) {
      expect(
        inOrder[i - 1]!.compareDocumentPosition(inOrder[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
        `field ${i} follows field ${i - 1}`,
      ).toBeTruthy();
    }
    expect(field('E-postadresse')).toHaveValue('handverker@hansjorn.test');
    expect(screen.getByLabelText('Passord')).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Kontor' })).toHaveDisplayValue('Hans & Jørn Servicepartner - Oslo');
    expect(screen.getByRole('combobox', { name: 'Selskap' })).toHaveDisplayValue('Hans & Jørn Servicepartner');
    // Kontor: offices of the chosen company only; Stedfortreder: other members of the same company.
    expect(
      within(screen.getByRole('combobox', { name: 'Kontor' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ingen kontor', 'Hans & Jørn Servicepartner - Oslo', 'Hans & Jørn Servicepartner - Drammen']);
    await waitFor(() =>
      expect(within(screen.getByRole('combobox', { name: 'Stedfortreder' })).getAllByRole('option')).toHaveLength(7),
    );
    const deputies = within(screen.getByRole('combobox', { name: 'Stedfortreder' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(deputies).toContain('Jørn Service');
    expect(deputies).not.toContain('Hege Håndverker');
    expect(deputies).not.toContain('Anne Admin');
  });

  it('enables the budget limit only with "Ekstern saksbehandler", and the amount only with "Bruk verdi"', async () => {
    const { user } = await openEdit();
    const group = screen.getByRole('group', { name: 'Grense for budsjettgodkjenning' });
    expect(flag()).not.toBeChecked();
    expect(group).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Bruk verdi:' })).toBeDisabled();
    await user.click(flag());
    expect(group).toBeEnabled();
    expect(group).toHaveAccessibleDescription(expect.stringContaining('«Godkjenne budsjett»'));
    expect(screen.getByRole('radio', { name: /^Bruk standard/ })).toBeChecked();
    expect(amount()).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Bruk verdi:' }));
    expect(amount()).toBeEnabled();
    await waitFor(() => expect(amount()).toHaveFocus());
  });

  it('flags a user with a Norwegian amount "25 000", saves it as 2 500 000 øre, and it is kept after a reload', async () => {
    const { user, unmount } = await openEdit();
    await user.click(flag());
    await user.click(screen.getByRole('radio', { name: 'Bruk verdi:' }));
    await user.type(amount(), '25 000');
    await user.click(save());
    expect(await screen.findByText('Endringene er lagret.', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(row(IDS.craftsman)).toMatchObject({
      externalCaseHandler: true,
      budgetLimit: { mode: 'custom', amount: 2_500_000 },
      version: 2,
      password: 'demo',
    });

    unmount();
    await reloadDb();
    await openEdit();
    expect(flag()).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Bruk verdi:' })).toBeChecked();
    expect(amount()).toHaveValue('25\u00a0000');
  });

  it('saves several fields at once and goes back to the list with Avbryt', async () => {
    const { user, router } = await openEdit();
    await user.clear(field('Etternavn'));
    await user.type(field('Etternavn'), 'Snekker');
    await user.type(field('Mobilnummer'), '+47 900 11 222');
    await user.click(screen.getByRole('checkbox', { name: 'Bruk for sikkerhetskode' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Stedfortreder' }),
      await screen.findByRole('option', { name: 'Jørn Service' }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kontor' }),
      screen.getByRole('option', { name: 'Hans & Jørn Servicepartner - Drammen' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Inspektør med ekstra rettigheter' }));
    await user.type(screen.getByLabelText('Passord'), 'hemmelig123');
    await user.click(save());
    await screen.findByText('Endringene er lagret.');
    expect(row(IDS.craftsman)).toMatchObject({
      lastName: 'Snekker',
      mobile: '+4790011222',
      useMobileForSecurityCode: true,
      deputyId: IDS.jornService,
      officeId: IDS.hansJornDrammen,
      inspectorExtraRights: true,
      password: 'hemmelig123',
    });
    expect(screen.getByLabelText('Passord')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/members'));
  });

  describe('Mobilnummer: + (country code, E.164)', () => {
    const countryCode = (of: string) => field(`Landskode for ${of}`);

    it('shows a stored number as + country code and number', async () => {
      await openEdit(IDS.jornService);
      expect(countryCode('Mobilnummer')).toHaveValue('47');
      expect(field('Mobilnummer')).toHaveValue('92233444');
      // No number yet: +47 is offered.
      expect(countryCode('Mobilnummer for sikkerhetskode')).toHaveValue('47');
      expect(field('Mobilnummer for sikkerhetskode')).toHaveValue('');
    });

    it('saves +47 by default and another country code when chosen, as E.164', async () => {
      const { user } = await openEdit();
      await user.type(field('Mobilnummer'), '900 11 222');
      await user.clear(countryCode('Mobilnummer for sikkerhetskode'));
      await user.type(countryCode('Mobilnummer for sikkerhetskode'), '46');
      await user.type(field('Mobilnummer for sikkerhetskode'), '70 123 45 67');
      await user.click(save());
      await screen.findByText('Endringene er lagret.');
      expect(row(IDS.craftsman)).toMatchObject({ mobile: '+4790011222', securityMobile: '+46701234567' });
      expect(countryCode('Mobilnummer for sikkerhetskode')).toHaveValue('46');
      expect(field('Mobilnummer for sikkerhetskode')).toHaveValue('701234567');
    });

    it('says so at the number when it cannot be a mobile number, and saves nothing', async () => {
      const { user } = await openEdit();
      await user.type(field('Mobilnummer'), '12');
      await user.clear(countryCode('Mobilnummer for sikkerhetskode'));
      await user.type(field('Mobilnummer for sikkerhetskode'), '90011222');
      await user.click(save());
      const message = 'Skriv et gyldig mobilnummer med landskode, for eksempel +47 912 34 567.';
      await waitFor(() => expect(field('Mobilnummer')).toHaveAccessibleDescription(message));
      expect(field('Mobilnummer for sikkerhetskode')).toHaveAccessibleDescription(message);
      expect(field('Mobilnummer')).toHaveValue('12');
      expect(row(IDS.craftsman)).toMatchObject({ mobile: '', version: 1 });
    });
  });

  describe('validation: the error at the field, in the active language, nothing saved, input kept', () => {
    it('required names', async () => {
      const { user } = await openEdit();
      await user.clear(field('Fornavn'));
      await user.clear(field('Etternavn'));
      await user.click(save());
      await waitFor(() => expect(field('Fornavn')).toHaveAccessibleDescription('Feltet er obligatorisk.'));
      expect(field('Etternavn')).toHaveAccessibleDescription('Feltet er obligatorisk.');
      expect(field('Fornavn')).toHaveAttribute('aria-invalid', 'true');
      expect(row(IDS.craftsman).version).toBe(1);
    });

    it('e-mail format', async () => {
      const { user } = await openEdit();
      await user.clear(field('E-postadresse'));
      await user.type(field('E-postadresse'), 'hege@');
      await user.click(save());
      await waitFor(() =>
        expect(field('E-postadresse')).toHaveAccessibleDescription(
          'Skriv en gyldig e-postadresse, for eksempel navn@firma.no.',
        ),
      );
      expect(field('E-postadresse')).toHaveValue('hege@');
    });

    it('an e-mail another member has (the server says so)', async () => {
      const { user } = await openEdit();
      await user.clear(field('E-postadresse'));
      await user.type(field('E-postadresse'), 'JORN.SERVICE@hansjorn.test');
      await user.type(field('Bruker-ID'), '-X');
      await user.click(save());
      await waitFor(() =>
        expect(field('E-postadresse')).toHaveAccessibleDescription(
          'E-postadressen er allerede i bruk av et annet medlem.',
        ),
      );
      expect(screen.getByText('Noen felt må rettes før du kan lagre. Det du skrev er beholdt.')).toBeInTheDocument();
      expect(field('E-postadresse')).toHaveValue('JORN.SERVICE@hansjorn.test');
      expect(field('Bruker-ID')).toHaveValue('HANDVERKER-X');
      expect(row(IDS.craftsman).email).toBe('handverker@hansjorn.test');
    });

    it.each([
      ['ti tusen', 'Skriv et beløp, for eksempel 10 000,50 eller 10000.5.'],
      ['-100', 'Beløpet kan ikke være negativt.'],
      ['', 'Skriv et beløp, for eksempel 10 000,50 eller 10000.5.'],
    ])('amount %j', async (typed, message) => {
      const { user } = await openEdit();
      await user.click(flag());
      await user.click(screen.getByRole('radio', { name: 'Bruk verdi:' }));
      if (typed) await user.type(amount(), typed);
      await user.click(save());
      await waitFor(() => expect(amount()).toHaveAccessibleDescription(message));
      expect(amount()).toHaveValue(typed);
      expect(row(IDS.craftsman).externalCaseHandler).toBe(false);
    });

    it('a flag on a member who cannot hold the role (the server says so)', async () => {
      const { user } = await openEdit();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Kontor' }), 'Ingen kontor');
      await user.click(flag());
      await user.click(save());
      await waitFor(() =>
        expect(flag()).toHaveAccessibleDescription(
          'Bare partnerbrukere (bruker eller kontoradministrator) som hører til et kontor kan være ekstern saksbehandler.',
        ),
      );
      expect(flag()).toBeChecked();
    });

    it('in English when the language is en', async () => {
      const { user } = await openEdit(IDS.craftsman, 'en');
      await user.clear(screen.getByRole('textbox', { name: 'First name' }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(screen.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription(
          'This field is required.',
        ),
      );
    });
  });

  it('says so on a stale version (409) without losing the input, and can reload', async () => {
    const { user } = await openEdit();
    await user.clear(field('Fornavn'));
    await user.type(field('Fornavn'), 'Helga');
    // Someone else saved in between.
    db().users.update(IDS.craftsman, (u) => ({ ...u, lastName: 'Annen', version: u.version + 1 }));
    await user.click(save());
    const alert = await screen.findByText(/Noen andre har endret medlemmet mens du arbeidet/);
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(field('Fornavn')).toHaveValue('Helga');
    expect(row(IDS.craftsman).firstName).toBe('Hege');

    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(field('Etternavn')).toHaveValue('Annen'));
    expect(field('Fornavn')).toHaveValue('Hege');
    await user.clear(field('Fornavn'));
    await user.type(field('Fornavn'), 'Helga');
    await user.click(save());
    await screen.findByText('Endringene er lagret.');
    expect(row(IDS.craftsman)).toMatchObject({ firstName: 'Helga', lastName: 'Annen', version: 3 });
  });

  it('warns with the number of open cases before un-flagging, and on confirm the cases show no user', async () => {
    const open = db().cases.where(
      (c) => c.externalUserId === IDS.jornService && (c.status === 'open' || c.status === 'on_hold'),
    );
    expect(open.length).toBeGreaterThan(0);
    const theCase = open[0]!;
    const { user } = await openEdit(IDS.jornService);
    expect(flag()).toBeChecked();
    await user.click(flag());
    await user.click(save());
    const dialog = await screen.findByRole('dialog', { name: 'Fjerne rollen som ekstern saksbehandler?' });
    expect(dialog).toHaveAccessibleDescription(
      open.length === 1
        ? 'Jørn Service er ekstern saksbehandler i 1 åpen sak. Hvis du lagrer, mister Jørn Service rollen i denne saken. Kontoret beholder rollen og blir varslet om å tildele en ny bruker.'
        : `Jørn Service er ekstern saksbehandler i ${open.length} åpne saker. Hvis du lagrer, mister Jørn Service rollen i disse sakene. Kontorene beholder rollen og blir varslet om å tildele en ny bruker.`,
    );
    expect(row(IDS.jornService).externalCaseHandler).toBe(true);

    // Avbryt keeps everything as it was.
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(flag()).not.toBeChecked();
    expect(db().cases.get(theCase.id)!.externalUserId).toBe(IDS.jornService);

    await user.click(save());
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Fjern og lagre' }));
    await screen.findByText('Endringene er lagret.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row(IDS.jornService).externalCaseHandler).toBe(false);

    // The case as the API now describes it: the office keeps the role, no user; the log says why.
    const token = signInAs(ADMIN);
    const headers = { Authorization: `Bearer ${token}` };
    const detail = await (await fetch(`${window.location.origin}/api/cases/${theCase.id}`, { headers })).json();
    expect(detail.externalCaseHandler.user).toBeNull();
    expect(detail.externalCaseHandler.office.name).toBe('Hans & Jørn Servicepartner - Oslo');
    for (const c of open) {
      expect(db().cases.get(c.id)!.externalUserId).toBeNull();
      expect(
        db()
          .logs.where((l) => l.caseId === c.id)
          .map((l) => [l.action, l.params.user]),
      ).toContainEqual(['externalUserRemovedByUnflag', 'Jørn Service']);
    }
  });

  it('shows every label in English when the language is en', async () => {
    await openEdit(IDS.craftsman, 'en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Edit member: Hege Håndverker');
    for (const name of [
      'First name',
      'Last name',
      'E-mail address',
      'User ID',
      'Mobile number',
      'Mobile number for security code',
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
    for (const name of ['Status', 'Deputy', 'Authorisation level', 'Company', 'Office']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    for (const name of ['Use for security code', 'Inspector with extra rights', 'External case handler']) {
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Budget approval limit' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Use default: 10\s000\sNOK$/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Use value:' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveDisplayValue('Active');
  });

  it('says the member was not found for an unknown id', async () => {
    renderApp({ user: ADMIN, url: editUrl('u-finnes-ikke') });
    expect(await screen.findByText('Fant ikke medlemmet. Det kan være slettet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });
});

describe('R2 Rediger medlem: "Stedfortreder" never shows a raw id', () => {
  const deputySelect = () => screen.getByRole('combobox', { name: 'Stedfortreder' });
  const optionTexts = () =>
    within(deputySelect())
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');

  it('is disabled with "Laster …" while the colleagues load, then names the deputy', async () => {
    const knut = db()
      .users.all()
      .find((u) => u.firstName === 'Knut' && u.companyId === row(IDS.craftsman).companyId)!;
    expect(knut.id).toMatch(/^u-\d+$/);
    db().users.update(IDS.craftsman, (u) => ({ ...u, deputyId: knut.id }));
    const release = holdGets('*/api/members');
    await openEdit();
    expect(deputySelect()).toBeDisabled();
    expect(deputySelect()).toHaveDisplayValue('Laster …');
    expect(optionTexts().filter((o) => /^u-\d+$/.test(o))).toEqual([]);
    release();
    await waitFor(() => expect(deputySelect()).toBeEnabled());
    expect(deputySelect()).toHaveDisplayValue('Knut Johannessen');
    expect(optionTexts()).not.toContain('Laster …');
    expect(optionTexts().filter((o) => /^u-\d+$/.test(o))).toEqual([]);
  });

  it('labels a deputy outside the loaded colleagues neutrally', async () => {
    const other = db()
      .users.all()
      .find((u) => /^u-\d+$/.test(u.id) && u.companyId !== row(IDS.craftsman).companyId)!;
    db().users.update(IDS.craftsman, (u) => ({ ...u, deputyId: other.id }));
    await openEdit();
    await waitFor(() => expect(deputySelect()).toBeEnabled());
    await waitFor(() => expect(optionTexts()).toContain('Jørn Service'));
    expect(deputySelect()).toHaveDisplayValue('Ukjent medlem');
    expect(optionTexts().filter((o) => /^u-\d+$/.test(o))).toEqual([]);
  });
});
