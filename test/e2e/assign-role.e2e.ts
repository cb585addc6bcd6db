/**
 * The guide's flow across three people, on the production build (R3, R4):
 * the insurer's case handler gives the external case handler role (Ekstern saksbehandler) of case-1 to
 * "Hans & Jørn Servicepartner - Oslo"; the office admin sees the notification and assigns "Jørn Service";
 * Jørn Service finds the case and opens it. One browser context, so the three share the demo data.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoPageErrors,
  expectNoSeriousAxeViolations,
  launchBrowser,
  newPage,
  signInHere,
  switchUser,
  type JourneyPage,
} from './browser';

const OFFICE = 'Hans & Jørn Servicepartner - Oslo';
const CASE_LINE = 'Sak 000001, Edwards Munchs vei, 1063 Oslo';

/** The case header block (the tabs below it may repeat some of its texts). */
const header = (page: JourneyPage) => page.locator('header.case-header');

async function openCaseFromNotification(page: JourneyPage, kindText: string) {
  await page.getByRole('link', { name: /^Varsler, \d+ uleste?$/ }).click();
  await page.waitForURL((url) => url.pathname === '/notifications');
  const item = page
    .getByRole('listitem')
    .filter({ hasText: kindText })
    .filter({ hasText: 'Edwards Munchs vei' })
    .first();
  await item.waitFor();
  await item.getByRole('link', { name: CASE_LINE }).click();
  await page.waitForURL((url) => url.pathname === '/cases/case-1');
  await page.getByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' }).waitFor();
}

describe('assigning the external case handler role, across three accounts', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('case handler picks the office, the office admin assigns Jørn Service, Jørn Service opens the case', async () => {
    // A fresh context: its own storage, so the demo data starts from the seed (no reset needed). The whole
    // journey is one document: a second full page load races MSW's worker (it unregisters itself when the
    // old page closes, and msw's start() then calls registration.update() on it: an unhandled rejection).
    const page = await newPage(browser);

    // 1. The insurer's case handler opens the guide's case (signing in on the way) and chooses the office.
    await page.goto(`${baseURL()}/cases/case-1`);
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await signInHere(page, 'saksbehandler@jorn6.test');
    await page.waitForURL((url) => url.pathname === '/cases/case-1');
    await page.getByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' }).waitFor();
    await page.getByText('Jørn 6 Insurance (Kari Nordmann, 0111111111)').waitFor();
    await expectNoSeriousAxeViolations(page, 'case page');

    const edit = page.getByRole('button', { name: 'Rediger ekstern saksbehandler', exact: true });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Tildel: Ekstern saksbehandler' });
    const select = dialog.getByRole('combobox', { name: 'Kontor', exact: true });
    await select.waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Kontorliste' }).inputValue()).toBe('recommended');
    expect(await select.locator('option').allTextContents()).toContain(`(15.3 km) ${OFFICE}`);
    await expectNoSeriousAxeViolations(page, 'assign dialog (Tildel)');
    await select.selectOption({ label: `(15.3 km) ${OFFICE}` });
    await dialog.getByRole('button', { name: 'LAGRE', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await header(page).getByText(`${OFFICE} (Bruker ikke tildelt)`).waitFor();
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);

    // 2. The office admin sees the notification, opens the case and assigns Jørn Service.
    await switchUser(page, 'kontor@hansjorn.test');
    const bell = page.getByRole('link', { name: /^Varsler, \d+ uleste?$/ });
    await bell.waitFor();
    expect(Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1])).toBeGreaterThan(0);
    await openCaseFromNotification(page, 'En bruker må tildeles rollen ekstern saksbehandler i saken');
    await header(page).getByText(`${OFFICE} (Bruker ikke tildelt)`).waitFor();
    await page.getByRole('button', { name: 'Tildel bruker', exact: true }).click();
    const userDialog = page.getByRole('dialog', { name: 'Tildel bruker' });
    const userSelect = userDialog.getByRole('combobox', { name: 'Bruker' });
    await userSelect.waitFor();
    const offered = await userSelect.locator('option').allTextContents();
    expect(offered).toContain('Jørn Service');
    expect(offered).not.toContain('Hege Håndverker');
    await expectNoSeriousAxeViolations(page, 'assign user dialog (Tildel bruker)');
    await userSelect.selectOption({ label: 'Jørn Service' });
    await userDialog.getByRole('button', { name: 'LAGRE', exact: true }).click();
    await userDialog.waitFor({ state: 'detached' });
    await header(page).getByText(`Jørn Service (${OFFICE})`).waitFor();

    // 3. Jørn Service finds the case in his case list, and is told in his notifications too.
    await switchUser(page, 'jorn.service@hansjorn.test');
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Saksliste', exact: true })
      .click();
    const listLink = page.locator('main a[href="/cases/case-1"]').first();
    await listLink.waitFor();
    await listLink.click();
    await page.waitForURL((url) => url.pathname === '/cases/case-1');
    await page.getByRole('heading', { level: 1, name: 'Edwards Munchs vei, 1063 Oslo' }).waitFor();
    await header(page).getByText(`Jørn Service (${OFFICE})`).waitFor();
    await openCaseFromNotification(page, 'Du er tildelt som ekstern saksbehandler i saken');
    await header(page).getByText(`Jørn Service (${OFFICE})`).waitFor();
    expect(await page.getByText('Skadenummer:').isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'case page as the external case handler');

    // The log tells who did what.
    await page.getByRole('button', { name: 'Logg for ekstern saksbehandler', exact: true }).click();
    const log = page.getByRole('dialog', { name: 'Logg: Ekstern saksbehandler' });
    await log.getByText(`Jørn Service (${OFFICE}) tildelt som ekstern saksbehandler`).waitFor();
    expect(
      await log
        .getByRole('row')
        .filter({ hasText: `Ekstern saksbehandler tildelt kontoret ${OFFICE}` })
        .textContent(),
    ).toContain('Siri Saksbehandler');

    expectNoPageErrors(page);
    await page.context().close();
  });
});
