import { screen, waitFor, within } from '@testing-library/react';
import type { RightKey } from '@/api/contract';
import { db, IDS } from '@mocks/db';
import { RIGHTS_DEMO_CASE_ID } from '@mocks/db/seed';
import { toastRegion } from '@/components/ui/Toast.testing';
import { renderApp } from '@test/renderApp';

/**
 * The case page's forms on the one form pattern (useContractForm, issue 10): the contract's schema checks the
 * fields before anything is sent, a 422 lands at the field, and the user's input stays on failure.
 * Jørn Service holds the role in the rights demo case (drying and carpentry budgets awaiting approval).
 */
const JORN = 'jorn.service@hansjorn.test';
const URL = `/cases/${RIGHTS_DEMO_CASE_ID}`;
const setRights = (rights: readonly RightKey[]) =>
  db().portals.update(IDS.portal, (p) => ({ ...p, rights: [...rights] }));
const demoCase = () => db().cases.get(RIGHTS_DEMO_CASE_ID)!;

describe('the case page forms', () => {
  it('checks a budget on behalf of the partner before sending it, then sends it', async () => {
    setRights(['budgetOnBehalfOfPartners']);
    const { user } = renderApp({ user: JORN, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Legg til budsjett for Tørring' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Legg til budsjett for Tørring' });
    const version = demoCase().version;
    await user.click(within(dialog).getByRole('button', { name: 'Send til godkjenning' }));
    expect(await within(dialog).findByText('Feltet er obligatorisk.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Beløp (NOK)')).toHaveAccessibleDescription(
      'Skriv et beløp, for eksempel 10 000,50 eller 10000.5.',
    );
    expect(demoCase().version).toBe(version);

    await user.type(within(dialog).getByLabelText('Beskrivelse'), 'Ny kjøkkenvegg');
    await user.type(within(dialog).getByLabelText('Beløp (NOK)'), '12 500,50');
    await user.click(within(dialog).getByRole('button', { name: 'Legg til arbeidspost' }));
    await user.type(within(dialog).getAllByLabelText('Beskrivelse')[1]!, 'Maling');
    await user.type(within(dialog).getAllByLabelText('Beløp (NOK)')[1]!, '3000');
    await user.click(within(dialog).getByRole('button', { name: 'Send til godkjenning' }));
    expect(await toastRegion().findByText('Budsjettet for Tørring er sendt til godkjenning.')).toBeInTheDocument();
    const task = demoCase().tasks.find((x) => x.type === 'drying')!;
    expect(task.workItems.map((w) => w.description)).toEqual(expect.arrayContaining(['Ny kjøkkenvegg', 'Maling']));
    expect(task.workItems.map((w) => w.amount)).toEqual(expect.arrayContaining([1_250_050, 300_000])); // øre
  });

  it('says when the work items add up to more than 1 000 000 000 NOK, and sends nothing', async () => {
    setRights(['budgetOnBehalfOfPartners']);
    const { user } = renderApp({ user: JORN, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Legg til budsjett for Tørring' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Legg til budsjett for Tørring' });
    const version = demoCase().version;
    await user.type(within(dialog).getByLabelText('Beskrivelse'), 'Arbeid');
    await user.type(within(dialog).getByLabelText('Beløp (NOK)'), '600 000 000');
    await user.click(within(dialog).getByRole('button', { name: 'Legg til arbeidspost' }));
    await user.type(within(dialog).getAllByLabelText('Beskrivelse')[1]!, 'Materialer');
    await user.type(within(dialog).getAllByLabelText('Beløp (NOK)')[1]!, '600 000 000');
    await user.click(within(dialog).getByRole('button', { name: 'Send til godkjenning' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Summen av beløpene kan ikke være større enn 1 000 000 000 NOK.',
    );
    expect(demoCase().version).toBe(version);
  });

  it('saves a cash offer for the work items ticked', async () => {
    setRights(['cashOfferAllTasks']);
    const { user } = renderApp({ user: JORN, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Kontanttilbud for Tørring' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Kontanttilbud (iCC) for Tørring' });
    expect(within(dialog).getByRole('checkbox', { name: 'Hele oppgaven som kontanttilbud' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: /^Arbeid / }));
    await user.click(within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(await toastRegion().findByText('Kontanttilbud for Tørring er lagret.')).toBeInTheDocument();
    const drying = demoCase().tasks.find((x) => x.type === 'drying')!;
    expect(drying.workItems.map((w) => [w.description, w.cashOffer])).toEqual([
      ['Arbeid', true],
      ['Materialer', false],
    ]);
    expect(drying.cashOffer).toBe(false);
  });

  it('checks a new RFQ before sending it, then sends it to the offices ticked', async () => {
    setRights(['createEditRfq']);
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=workplan` });
    await user.click(await screen.findByRole('button', { name: 'Ny RFQ' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny RFQ' });
    await within(dialog).findAllByRole('checkbox');
    await user.click(within(dialog).getByRole('button', { name: 'Send RFQ-invitasjon' }));
    expect(within(dialog).getByLabelText('Beskrivelse av arbeidet')).toHaveAccessibleDescription(
      'Feltet er obligatorisk.',
    );
    expect(within(dialog).getAllByRole('alert').length).toBeGreaterThanOrEqual(3);
    expect(db().rfqs.all()).toHaveLength(0);

    await user.selectOptions(within(dialog).getByLabelText('Oppgave'), 'C Maler');
    await user.type(within(dialog).getByLabelText('Beskrivelse av arbeidet'), 'Maling av kjøkken');
    await user.type(within(dialog).getByLabelText('Svarfrist'), '01.06.2030');
    await user.click(within(dialog).getByRole('checkbox', { name: /Hans & Jørn Servicepartner - Oslo$/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send RFQ-invitasjon' }));
    expect(await toastRegion().findByText('RFQ-invitasjonen er sendt.')).toBeInTheDocument();
    expect(db().rfqs.all()).toEqual([
      expect.objectContaining({
        description: 'Maling av kjøkken',
        deadline: '2030-06-01',
        taskId: `${RIGHTS_DEMO_CASE_ID}-t4`,
      }),
    ]);
    expect(
      db()
        .rfqs.all()[0]!
        .invitations.map((i) => i.name),
    ).toEqual(['Hans & Jørn Servicepartner - Oslo']);
  });

  it('checks the e-mail of a non-in4mo partner at the field, and empties the form once added', async () => {
    setRights(['addNonIn4moPartnersToRfq']);
    db().rfqs.insert({
      id: 'rfq-form',
      caseId: RIGHTS_DEMO_CASE_ID,
      taskId: `${RIGHTS_DEMO_CASE_ID}-t4`,
      description: 'Maling av kjøkken',
      deadline: '2030-06-01',
      status: 'open',
      invitations: [],
      winnerInvitationId: null,
      createdById: IDS.caseHandler,
      createdAt: '2026-11-20T09:00:00.000Z',
      version: 1,
    });
    const { user } = renderApp({ user: JORN, url: `${URL}?tab=workplan` });
    const form = await screen.findByRole('form', { name: 'Legg til ikke-in4mo partner' }, { timeout: 5000 });
    await user.type(within(form).getByLabelText('Navn på partner'), 'Maler Hansen');
    await user.type(within(form).getByLabelText('E-postadresse til partner'), 'maler.hansen');
    await user.click(within(form).getByRole('button', { name: 'Legg til ikke-in4mo partner' }));
    expect(
      await within(form).findByText('Skriv en gyldig e-postadresse, for eksempel navn@firma.no.'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Navn på partner')).toHaveValue('Maler Hansen');

    await user.type(within(form).getByLabelText('E-postadresse til partner'), '@maler.test');
    await user.click(within(form).getByRole('button', { name: 'Legg til ikke-in4mo partner' }));
    expect(await toastRegion().findByText('Maler Hansen er lagt til i RFQ-en.')).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByLabelText('Navn på partner')).toHaveValue(''));
    expect(db().rfqs.get('rfq-form')!.invitations).toEqual([
      expect.objectContaining({ name: 'Maler Hansen', email: 'maler.hansen@maler.test', officeId: null }),
    ]);
  });

  it('keeps a chat message that is too long, saying why at the field', async () => {
    setRights([]);
    const { user } = renderApp({ user: JORN, url: URL });
    const box = await screen.findByLabelText('Ny melding', { exact: true }, { timeout: 5000 });
    await user.click(box);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Teksten er for lang.')).toBeInTheDocument();
    expect(box).toHaveValue('x'.repeat(2001));
  });
});
