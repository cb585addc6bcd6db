/**
 * Issue 14 ("Beyond the guide") on the production build, one journey per point: a budget over the
 * holder's limit sent to the insurer and answered; the authority in force shown in the case log; a role
 * with a "Til og med" date that ends when demo time passes it; an office that does not assign a user
 * within the portal's working hours. Demo time is moved with the demo panel's buttons.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, goInApp, launchBrowser, loginAs, newPage, switchUser } from './browser';

const OFFICE = 'Hans & Jørn Servicepartner - Oslo';

const header = (page: Page) => page.locator('header.case-header');

/** The case handler gives the role in case-1 to the Oslo office, with an optional "Til og med" (dd.mm.åååå). */
async function giveRole(page: Page, until?: string) {
  await goInApp(page, '/cases/case-1');
  await page.getByRole('button', { name: 'Rediger ekstern saksbehandler', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Tildel: Ekstern saksbehandler' });
  const select = dialog.getByRole('combobox', { name: 'Kontor', exact: true });
  await select.waitFor();
  await select.selectOption({ label: `(15.3 km) ${OFFICE}` });
  if (until) await dialog.getByLabel('Til og med (valgfritt)').fill(until);
  await dialog.getByRole('button', { name: 'LAGRE', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await header(page).getByText(`${OFFICE} (Bruker ikke tildelt)`).waitFor();
}

/** The demo panel's "+1 uke" (demo time only: the session stays). */
async function weekLater(page: Page) {
  const moved = page.waitForResponse((r) => r.url().endsWith('/system/clock/advance'));
  await page
    .getByRole('group', { name: 'Flytt tiden fram' })
    .getByRole('button', { name: '+1 uke', exact: true })
    .click();
  expect((await moved).status()).toBe(200);
}

const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
};

describe('beyond the guide (issue 14)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('1. a budget over the limit goes to the insurer, who approves it with a comment; the holder is told', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'jorn.service@hansjorn.test');
    await goInApp(page, '/cases/case-rights-demo?tab=cost');
    const panel = page.getByRole('tabpanel');
    await panel
      .getByText(/Du kan ikke godkjenne dette budsjettet/)
      .first()
      .waitFor();
    await panel
      .getByRole('button', { name: 'Send budsjettet for Tørring til godkjenning hos Jørn 6 Insurance', exact: true })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send til godkjenning', exact: true }).click();
    await panel.getByText('Venter på godkjenning hos Jørn 6 Insurance.').waitFor();

    await switchUser(page, 'saksbehandler@jorn6.test');
    await goInApp(page, '/cases/case-rights-demo?tab=cost');
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: 'Svar på forespørselen om budsjettet for Tørring', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Budsjett for Tørring over grensen' });
    await dialog.getByRole('button', { name: 'Avvis', exact: true }).click();
    await dialog.getByText('Feltet er obligatorisk.').waitFor(); // a rejection needs a comment
    await dialog.getByLabel('Kommentar').fill('OK etter befaring');
    await dialog.getByRole('button', { name: 'Godkjenn', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('tabpanel')
      .getByText(/Godkjent av Siri Saksbehandler/)
      .waitFor();

    await switchUser(page, 'jorn.service@hansjorn.test');
    await goInApp(page, '/notifications');
    await page.getByText(/Budsjettet på 20\s000\sNOK du sendte til godkjenning, er godkjent\./).waitFor();
    await page.getByText('Kommentar: «OK etter befaring»').waitFor();
    expectNoPageErrors(page);
  });

  it('2. the case log shows the authority in force when the role was given', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await giveRole(page);
    await header(page).getByRole('button', { name: 'Logg for ekstern saksbehandler', exact: true }).click();
    const log = page.getByRole('dialog', { name: 'Logg' });
    await log.getByText('Fullmakt da: Forsikringsselskapet: alle rettigheter, ingen beløpsgrense').first().waitFor();
    expectNoPageErrors(page);
  });

  it('3. a role with "Til og med" ends when demo time passes its last day; the session stays', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    const until = inDays(3);
    await giveRole(page, until);
    await header(page).getByText(`Til og med ${until}`).waitFor();
    await weekLater(page);
    await header(page).getByText(`${OFFICE} (Bruker ikke tildelt)`).waitFor({ state: 'detached' });
    expect(await header(page).getByTestId('external-case-handler').innerText()).toBe('Ikke tildelt');
    await goInApp(page, '/notifications');
    await page
      .getByText(/Rollen ekstern saksbehandler for Hans & Jørn Servicepartner - Oslo er avsluttet/)
      .first()
      .waitFor();
    expectNoPageErrors(page);
  });

  it('4. an office that does not assign a user: "Venter på kontor (N t)" and a count on the dashboard', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await giveRole(page);
    await weekLater(page);
    await header(page)
      .getByText(/^Venter på kontor \(\d+ t\)$/)
      .waitFor();
    await goInApp(page, '/');
    await page.getByText(/^1 sak venter på kontor$/).waitFor();
    expectNoPageErrors(page);
  });
});
