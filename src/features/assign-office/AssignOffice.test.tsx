import { screen, waitFor, within } from '@testing-library/react';
import { apiRequest } from '@/api/client';
import { z } from 'zod';
import { CaseDetail, MemberList, UnflagImpact } from '@/api/contract';
import { db } from '@mocks/db';
import { toastRegion } from '@/components/ui/Toast.testing';
import { renderApp, signInAs } from '@test/renderApp';

const URL = '/cases/case-1';
const INSURER = 'saksbehandler@jorn6.test';
const OFFICE_ADMIN = 'kontor@hansjorn.test';
const OSLO = 'Hans & Jørn Servicepartner - Oslo';

const currentVersion = async () => (await apiRequest({ path: '/cases/case-1', schema: CaseDetail })).version;
/** Gives the role to an office through the API, as the insurer. */
async function officeAssignedByInsurer(officeId = 'o-hansjorn-oslo') {
  signInAs(INSURER);
  await apiRequest({
    method: 'PUT',
    path: '/cases/case-1/external-role/office',
    body: { officeId, version: await currentVersion() },
    schema: CaseDetail,
  });
}

/** Removes the "Ekstern saksbehandler" flag from every flagged member of an office, as Selskapets admin. */
async function unflagAllOfOffice(officeId: string) {
  signInAs('admin@jorn6.test');
  const list = await apiRequest({
    path: '/members',
    query: { officeId, externalCaseHandler: 'true' },
    schema: MemberList,
  });
  expect(list.items.length).toBeGreaterThan(0);
  for (const m of list.items) {
    const impact = await apiRequest({ path: `/members/${m.id}/unflag-impact`, schema: UnflagImpact });
    await apiRequest({
      method: 'PUT',
      path: `/members/${m.id}`,
      body: { ...m, password: '', externalCaseHandler: false, confirmUnflagCaseIds: impact.caseIds },
      schema: z.unknown(),
    });
  }
}

const externalRow = () =>
  within(screen.getByText('Ekstern saksbehandler:', { selector: 'dt' }).parentElement as HTMLElement);
const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');
/** An option by its text (user-event compares the text as HTML, where & is &amp;). */
const option = (select: HTMLElement, text: string) => within(select).getByRole('option', { name: text });
const TITLE = 'Tildel: Ekstern saksbehandler';
const km = (label: string) => Number(/^\((\d+\.\d) km\)/.exec(label)?.[1]);

async function openAssignDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Rediger ekstern saksbehandler' }));
  const dialog = await screen.findByRole('dialog', { name: TITLE });
  const select = await within(dialog).findByRole('combobox', { name: 'Kontor' });
  return { dialog, select, scope: within(dialog).getByRole('combobox', { name: 'Kontorliste' }) };
}

describe('Tildel: assigning the role to an office (R3)', () => {
  it('lists the recommended offices nearest first, and the whole list by name with "Vis alle kontor"', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    const { dialog, select, scope } = await openAssignDialog(user);
    // The guide's "Vis anbefalte kontor ▼" drop-down, marked Obligatorisk like the office.
    expect(scope).toHaveDisplayValue('Vis anbefalte kontor');
    expect(scope).toHaveAccessibleDescription('Obligatorisk');
    expect(
      within(scope)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Vis anbefalte kontor', 'Vis alle kontor']);
    expect(select).toBeRequired();
    expect(select).toHaveAccessibleDescription('Obligatorisk');

    const recommended = optionTexts(select).slice(1);
    expect(recommended).toContain(`(15.3 km) ${OSLO}`);
    expect(recommended.map(km)).toEqual([...recommended.map(km)].sort((a, b) => a - b));
    // Tørk & Tett - Lørenskog is near, but has no flagged user.
    expect(recommended.some((o) => o.includes('Lørenskog'))).toBe(false);
    expect(recommended.some((o) => o.includes('Tromsø'))).toBe(false);

    await user.selectOptions(scope, 'Vis alle kontor');
    await waitFor(() =>
      expect(
        optionTexts(within(dialog).getByRole('combobox', { name: 'Kontor' })).some((o) => o.includes('Tromsø')),
      ).toBe(true),
    );
    const all = optionTexts(within(dialog).getByRole('combobox', { name: 'Kontor' })).slice(1);
    expect(all.length).toBeGreaterThan(recommended.length);
    const names = all.map((o) => o.replace(/^\(\d+\.\d km\) /, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(all.some((o) => o.includes('Lørenskog'))).toBe(false);
  });

  it('says what to do when no office has a flagged user, and offers no LAGRE that does nothing', async () => {
    for (const u of db().users.where((x) => x.externalCaseHandler))
      db().users.update(u.id, (x) => ({ ...x, externalCaseHandler: false }));
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Rediger ekstern saksbehandler' }));
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kontorliste' }), 'Vis alle kontor');
    expect(
      await within(dialog).findByText(
        /Be selskapets admin markere en bruker under Selskapets admin → Medlemmer → Rediger/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'LAGRE' })).toBeDisabled();
  });

  it('requires a choice, then saves: the header shows the office and no user, a toast and the log say so', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    const { dialog, select } = await openAssignDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await within(dialog).findByText('Feltet er obligatorisk.')).toBeInTheDocument();
    expect(select).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(select, option(select, `(15.3 km) ${OSLO}`));
    expect(within(dialog).queryByText('Feltet er obligatorisk.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await externalRow().findByText(`${OSLO} (Bruker ikke tildelt)`)).toBeInTheDocument();
    expect(
      toastRegion().getByText(`Ekstern saksbehandler er tildelt ${OSLO}. Kontoret er varslet.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rediger ekstern saksbehandler' })).toHaveFocus();
    expect(externalRow().getByRole('button', { name: 'Tildel bruker' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logg for ekstern saksbehandler' }));
    const log = await screen.findByRole('dialog', { name: 'Logg: Ekstern saksbehandler' });
    expect(await within(log).findByText(`Ekstern saksbehandler tildelt kontoret ${OSLO}`)).toBeInTheDocument();
    expect(within(log).getAllByText('Siri Saksbehandler').length).toBeGreaterThan(0);
  });

  it('works by keyboard alone: focus moves in, Tab stays inside, Escape closes and focus returns to Rediger', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    const edit = await screen.findByRole('button', { name: 'Rediger ekstern saksbehandler' });
    edit.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    await within(dialog).findByRole('combobox', { name: 'Kontor' });
    expect(within(dialog).getByRole('combobox', { name: 'Kontorliste' })).toHaveFocus();

    // Around the dialog and back: focus never leaves it.
    const seen = new Set<Element | null>();
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
      seen.add(document.activeElement);
    }
    expect(seen).toContain(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(seen).toContain(within(dialog).getByRole('combobox', { name: 'Kontorliste' }));
    expect(seen).toContain(within(dialog).getByRole('combobox', { name: 'Kontor' }));
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(edit).toHaveFocus();
    expect(externalRow().getByText('Ikke tildelt')).toBeInTheDocument();
  });

  it('AVBRYT closes without saving', async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    const { dialog, select } = await openAssignDialog(user);
    await user.selectOptions(select, option(select, `(15.3 km) ${OSLO}`));
    await user.click(within(dialog).getByRole('button', { name: 'AVBRYT' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(externalRow().getByText('Ikke tildelt')).toBeInTheDocument();
  });

  it('moves the role to another office, and removes it only after a confirmation naming the consequence', async () => {
    await officeAssignedByInsurer();
    const { user } = renderApp({ user: INSURER, url: URL });
    const first = await openAssignDialog(user);
    const { select } = first;
    let { dialog } = first;
    expect(select).toHaveDisplayValue(`(15.3 km) ${OSLO}`);
    const drammen = optionTexts(select).find((o) => o.endsWith('Hans & Jørn Servicepartner - Drammen'))!;
    await user.selectOptions(select, option(select, drammen));
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(
      await externalRow().findByText('Hans & Jørn Servicepartner - Drammen (Bruker ikke tildelt)'),
    ).toBeInTheDocument();

    ({ dialog } = await openAssignDialog(user));
    await user.click(within(dialog).getByRole('button', { name: 'Fjern ekstern saksbehandler' }));
    let confirm = await screen.findByRole('dialog', { name: 'Fjern ekstern saksbehandler' });
    expect(confirm).toHaveAccessibleDescription(
      'Hans & Jørn Servicepartner - Drammen mister rollen som ekstern saksbehandler i saken. Endringen føres i loggen.',
    );
    // Going back changes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(externalRow().getByText('Hans & Jørn Servicepartner - Drammen (Bruker ikke tildelt)')).toBeInTheDocument();

    ({ dialog } = await openAssignDialog(user));
    await user.click(within(dialog).getByRole('button', { name: 'Fjern ekstern saksbehandler' }));
    confirm = await screen.findByRole('dialog', { name: 'Fjern ekstern saksbehandler' });
    await user.click(within(confirm).getByRole('button', { name: 'Fjern ekstern saksbehandler' }));
    expect(await externalRow().findByText('Ikke tildelt')).toBeInTheDocument();
    expect(
      toastRegion().getByText('Ekstern saksbehandler er fjernet fra Hans & Jørn Servicepartner - Drammen.'),
    ).toBeInTheDocument();
    expect(externalRow().queryByRole('button', { name: 'Tildel bruker' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logg for ekstern saksbehandler' }));
    const log = await screen.findByRole('dialog', { name: 'Logg: Ekstern saksbehandler' });
    expect(
      await within(log).findByText('Ekstern saksbehandler fjernet fra Hans & Jørn Servicepartner - Drammen'),
    ).toBeInTheDocument();
    expect(
      within(log).getByText(`Ekstern saksbehandler flyttet fra ${OSLO} til Hans & Jørn Servicepartner - Drammen`),
    ).toBeInTheDocument();
  });

  it("shows the API's refusal at the field when the office lost its last flagged user meanwhile (422)", async () => {
    const { user } = renderApp({ user: INSURER, url: URL });
    const { dialog, select } = await openAssignDialog(user);
    await user.selectOptions(select, option(select, `(15.3 km) ${OSLO}`));
    // Meanwhile Selskapets admin removes the flag from every flagged user of the office.
    await unflagAllOfOffice('o-hansjorn-oslo');
    signInAs(INSURER);
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await within(dialog).findByText('Valget er ikke tilgjengelig.')).toBeInTheDocument();
    // The list is asked again: the office is gone from it.
    await waitFor(() =>
      expect(optionTexts(within(dialog).getByRole('combobox', { name: 'Kontor' })).some((o) => o.includes(OSLO))).toBe(
        false,
      ),
    );
    expect(screen.getByRole('dialog', { name: TITLE })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'AVBRYT' }));
    expect(externalRow().getByText('Ikke tildelt')).toBeInTheDocument();
  });
});

describe('Tildel bruker: the office assigns one of its flagged users (R4)', () => {
  it('offers the office admin only the flagged active users of the office, and assigns Jørn Service', async () => {
    await officeAssignedByInsurer();
    const { user } = renderApp({ user: OFFICE_ADMIN, url: URL });
    expect(await screen.findByText(`${OSLO} (Bruker ikke tildelt)`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rediger ekstern saksbehandler' })).not.toBeInTheDocument();
    const open = screen.getByRole('button', { name: 'Tildel bruker' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Tildel bruker' });
    const select = await within(dialog).findByRole('combobox', { name: 'Bruker' });
    const offered = optionTexts(select).slice(1);
    expect(offered).toContain('Jørn Service');
    expect(offered).not.toContain('Hege Håndverker'); // not flagged
    expect(offered).not.toContain('Kjell Kontor'); // the admin is not flagged either

    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await within(dialog).findByText('Feltet er obligatorisk.')).toBeInTheDocument();
    await user.selectOptions(select, 'Jørn Service');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await screen.findByText(`Jørn Service (${OSLO})`)).toBeInTheDocument();
    expect(toastRegion().getByText(`Jørn Service (${OSLO}) er tildelt som ekstern saksbehandler.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tildel bruker' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Logg for ekstern saksbehandler' }));
    const log = await screen.findByRole('dialog', { name: 'Logg: Ekstern saksbehandler' });
    const entry = await within(log).findByText(`Jørn Service (${OSLO}) tildelt som ekstern saksbehandler`);
    expect(entry.closest('tr')).toHaveTextContent('Kjell Kontor');
  });

  it('lets the insurer assign and remove the user too, removing only after a confirmation', async () => {
    await officeAssignedByInsurer();
    const { user } = renderApp({ user: INSURER, url: URL });
    await user.click(await screen.findByRole('button', { name: 'Tildel bruker' }));
    let dialog = await screen.findByRole('dialog', { name: 'Tildel bruker' });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Bruker' }), 'Jørn Service');
    await user.click(within(dialog).getByRole('button', { name: 'LAGRE' }));
    expect(await screen.findByText(`Jørn Service (${OSLO})`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tildel bruker' }));
    dialog = await screen.findByRole('dialog', { name: 'Tildel bruker' });
    await user.click(await within(dialog).findByRole('button', { name: 'Fjern bruker' }));
    const confirm = await screen.findByRole('dialog', { name: 'Fjern bruker' });
    expect(confirm).toHaveAccessibleDescription(
      `Jørn Service mister tilgangen til saken som ekstern saksbehandler. ${OSLO} beholder rollen og må tildele en ny bruker.`,
    );
    expect(screen.getByText(`Jørn Service (${OSLO})`)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Fjern bruker' }));
    expect(await screen.findByText(`${OSLO} (Bruker ikke tildelt)`)).toBeInTheDocument();
    expect(toastRegion().getByText('Jørn Service er ikke lenger ekstern saksbehandler i saken.')).toBeInTheDocument();
  });
});
