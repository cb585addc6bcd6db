/**
 * Issue 8, "How it is checked", on the production build: the case handler gives the external case handler
 * role of case-1 to "Hans & Jørn Servicepartner - Oslo"; the office admin opens the notification, uses its
 * "Tildel bruker", and the notification is resolved; Jørn Service (a flagged user of that office, not an
 * office admin) never receives it; closing the case leaves him, the role holder, chat and documents but no
 * work action. (assign-role.e2e.ts covers the same role through the case link and the case list.)
 *
 * One browser context and one document, so the accounts share the demo data; people switch by signing out
 * and in through the forms, and pages change by client-side navigation (a second full page load races
 * MSW's worker; see assign-role.e2e.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoPageErrors,
  expectNoSeriousAxeViolations,
  goInApp,
  launchBrowser,
  newPage,
  signInHere,
  switchUser,
  type JourneyPage,
} from './browser';

const OFFICE = 'Hans & Jørn Servicepartner - Oslo';
const CASE_PATH = '/cases/case-1';
const ASSIGN_USER_KIND = 'En bruker må tildeles rollen ekstern saksbehandler i saken';
const JORN = 'jorn.service@hansjorn.test';

const header = (page: Page) => page.locator('header.case-header');

async function openCase(page: Page) {
  await goInApp(page, CASE_PATH);
  await page.getByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' }).waitFor();
}

/** The notification list, loaded; and the items about case-1 of one kind. */
async function notificationsAbout(page: Page, kindText: string) {
  await goInApp(page, '/notifications');
  await page.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
  // Loaded: either the list or its empty text.
  await page
    .getByRole('list', { name: 'Varsler, nyeste først' })
    .or(page.getByText('Du har ingen varsler.'))
    .first()
    .waitFor();
  return page.getByRole('listitem').filter({ hasText: kindText }).filter({ hasText: 'Sak 000001' });
}

describe('the "Tildel bruker" notification and the role holder in a closed case (issue 8)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes to the office admin only, opens the dialog, is resolved on assign; a closed case leaves the holder chat and documents only', async () => {
    const page: JourneyPage = await newPage(browser);

    // 1. The insurer's case handler gives the role to the office.
    await page.goto(`${baseURL()}${CASE_PATH}`);
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await signInHere(page, 'saksbehandler@jorn6.test');
    await page.waitForURL((url) => url.pathname === CASE_PATH);
    await page.getByRole('button', { name: 'Rediger ekstern saksbehandler', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tildel: Ekstern saksbehandler' });
    const select = dialog.getByRole('combobox', { name: 'Kontor', exact: true });
    await select.waitFor();
    await select.selectOption({ label: `(15.3 km) ${OFFICE}` });
    await dialog.getByRole('button', { name: 'LAGRE', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await header(page).getByText(`${OFFICE} (Bruker ikke tildelt)`).waitFor();

    // 2. Jørn Service, flagged in that office but not its admin, is not asked.
    await switchUser(page, JORN);
    expect(await (await notificationsAbout(page, ASSIGN_USER_KIND)).count()).toBe(0);

    // 3. The office admin gets it, naming who asked, and its "Tildel bruker" opens the dialog in the case.
    await switchUser(page, 'kontor@hansjorn.test');
    const item = (await notificationsAbout(page, ASSIGN_USER_KIND)).first();
    await item.waitFor();
    expect(await item.textContent()).toContain('Fra Siri Saksbehandler');
    expect(await item.textContent()).toContain('Ulest');
    await expectNoSeriousAxeViolations(page, 'notifications with "Tildel bruker"');
    await item.getByRole('link', { name: 'Tildel bruker i sak 000001', exact: true }).click();
    await page.waitForURL((url) => url.pathname === CASE_PATH);
    const userDialog = page.getByRole('dialog', { name: 'Tildel bruker' });
    const userSelect = userDialog.getByRole('combobox', { name: 'Bruker' });
    await userSelect.waitFor();
    await userSelect.selectOption({ label: 'Jørn Service' });
    await userDialog.getByRole('button', { name: 'LAGRE', exact: true }).click();
    await userDialog.waitFor({ state: 'detached' });
    await header(page).getByText(`Jørn Service (${OFFICE})`).waitFor();

    // ... and the notification is resolved: marked done, its action gone.
    const resolved = (await notificationsAbout(page, ASSIGN_USER_KIND)).first();
    await resolved.getByText('Utført', { exact: true }).waitFor();
    expect(await resolved.getByRole('link', { name: 'Tildel bruker i sak 000001' }).count()).toBe(0);

    // 4. Jørn Service is told he holds the role (never asked to assign), and may work in the open case.
    await switchUser(page, JORN);
    expect(await (await notificationsAbout(page, 'Du er tildelt som ekstern saksbehandler i saken')).count()).toBe(1);
    expect(await (await notificationsAbout(page, ASSIGN_USER_KIND)).count()).toBe(0);
    await openCase(page);
    const info = page.getByRole('tabpanel');
    await info.getByRole('button', { name: 'Legg til flere', exact: true }).waitFor();

    // 5. The case handler closes the case.
    await switchUser(page, 'saksbehandler@jorn6.test');
    await openCase(page);
    await header(page).getByRole('button', { name: 'Lukk', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Lukk saken' });
    await confirm.getByRole('button', { name: 'Lukk saken', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await header(page)
      .getByText(/^Status: Avsluttet/)
      .waitFor();

    // 6. Jørn Service keeps chat and documents in the closed case, and no work action.
    await switchUser(page, JORN);
    await openCase(page);
    await header(page).getByText(`Jørn Service (${OFFICE})`).waitFor();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { name: 'Chat', exact: true }).waitFor();
    await panel.getByLabel('Ny melding', { exact: true }).fill('Vi henter utstyret i morgen.');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await panel.getByText('Vi henter utstyret i morgen.', { exact: true }).waitFor();
    await panel.getByLabel('Last opp dokument', { exact: true }).waitFor();
    for (const name of ['Legg til flere', 'Start besiktigelse', 'Del kundesiden']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(
      await page
        .getByRole('button', { name: /^(Tildel|Fjern|Kontanttilbud for|Legg til budsjett for|Godkjenn oppgave) / })
        .count(),
    ).toBe(0);
    expect(
      await header(page)
        .getByRole('button', { name: /^(Vent|Lukk|Avbryt|Godta|Avis|Rediger|Tildel bruker)$/ })
        .count(),
    ).toBe(0);
    await goInApp(page, `${CASE_PATH}?tab=workplan`);
    await page.getByRole('tab', { name: 'Arbeidsplan', selected: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('heading', { name: 'RFQ (forespørsel om tilbud)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny RFQ', exact: true }).count()).toBe(0);

    expectNoPageErrors(page);
    await page.context().close();
  });
});
