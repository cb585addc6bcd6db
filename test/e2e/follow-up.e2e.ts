/**
 * Journey (issue #5, R6/R7): following cases and reporting.
 * - Jørn Service's dashboard filter "Saker hvor jeg er ekstern saksbehandler" shows exactly his cases;
 * - the insurer filters the case list by "Bruker" = Jørn Service and "Saker med ekstern saksbehandler"
 *   (the URL keeps the filters; the back button restores them);
 * - the company admin's Saksstatistikkrapport download holds his e-mail (UTF-8 with BOM).
 * Axe runs on the dashboard, the case list and the reports page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, expectNoSeriousAxeViolations, launchBrowser, loginAs, newPage } from './browser';

const JORN_EMAIL = 'jorn.service@hansjorn.test';
/** The seed's cases where Jørn Service holds the role (case-36, case-124, case-148 and the rights demo case, seq 240). */
const JORN_ROLE_REFERENCES = ['000036', '000124', '000148', '000240'];

const countStatus = (page: Page, text: string) => page.locator('.case-list-count', { hasText: new RegExp(`^${text}`) });

describe('follow-up: dashboard, case list filters and the case statistics report', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Jørn Service's dashboard filter shows exactly the cases where he holds the role", async () => {
    const page = await newPage(browser);
    // Sign-in lands on the dashboard. (No page.goto right after it: the requests the landing page has
    // in flight would leave through an unloading page that MSW no longer serves.)
    await loginAs(page, JORN_EMAIL);
    const filter = page.getByRole('checkbox', { name: 'Saker hvor jeg er ekstern saksbehandler' });
    await filter.waitFor();
    await page.getByRole('region', { name: 'Saker etter status' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'dashboard');
    // The checkbox follows the URL, which the router updates a moment after the click: click, then wait.
    await filter.click();
    await page.waitForURL((u) => u.search === '?scope=externalCaseHandler');
    await expect.poll(() => filter.isChecked()).toBe(true);
    const region = page.getByRole('region', { name: 'Saker hvor jeg er ekstern saksbehandler' });
    await region.getByRole('link').first().waitFor();
    const refs = (await region.getByRole('link').allTextContents()).sort();
    expect(refs).toEqual(JORN_ROLE_REFERENCES);
    await expectNoSeriousAxeViolations(page, 'dashboard with the external case handler filter');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('a user who is not flagged has no such filter', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'handverker@hansjorn.test');
    await page.getByRole('region', { name: 'Saker etter status' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Saker hvor jeg er ekstern saksbehandler' }).count()).toBe(0);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the insurer filters the case list by "Bruker" = Jørn Service and "Saker med ekstern saksbehandler"', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.getByRole('link', { name: 'Saksliste', exact: true }).click();
    await countStatus(page, '240 saker').waitFor();
    await expectNoSeriousAxeViolations(page, 'case list');

    await page.getByRole('button', { name: 'Legg til filter' }).click();
    await page.getByRole('menuitem', { name: 'Bruker', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Bruker' });
    await dialog.getByRole('checkbox', { name: `Jørn Service (${JORN_EMAIL})` }).check();
    await dialog.getByRole('button', { name: 'Bruk' }).click();
    await countStatus(page, '7 saker').waitFor();
    expect(await page.getByRole('button', { name: 'Bruker (1)' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Legg til filter' }).click();
    await page.getByRole('menuitem', { name: 'Avanserte innstillinger' }).click();
    dialog = page.getByRole('dialog', { name: 'Avanserte innstillinger' });
    expect(await dialog.getByRole('checkbox').count()).toBe(13);
    await dialog.getByRole('checkbox', { name: 'Saker med ekstern saksbehandler' }).check();
    await dialog.getByRole('button', { name: 'Bruk' }).click();
    await countStatus(page, '4 saker').waitFor();
    expect(new URL(page.url()).search).toBe('?user=u-jorn-service&adv=withExternalCaseHandler');
    const refs = (await page.getByRole('table', { name: 'Saker' }).getByRole('link').allTextContents()).sort();
    expect(refs).toEqual(JORN_ROLE_REFERENCES);
    await expectNoSeriousAxeViolations(page, 'case list with filters');

    await page.goBack();
    await countStatus(page, '7 saker').waitFor();
    await page.waitForLoadState('networkidle');
    await page.reload();
    await countStatus(page, '7 saker').waitFor();
    expect(await page.getByRole('button', { name: 'Bruker (1)' }).isVisible()).toBe(true);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the company admin downloads the case statistics report with his e-mail', async () => {
    const page = await newPage(browser, { acceptDownloads: true });
    await loginAs(page, 'admin@jorn6.test');
    await page.getByRole('link', { name: 'Selskapets admin', exact: true }).click();
    await page.getByRole('link', { name: 'Rapporter', exact: true }).click();
    await page.getByRole('heading', { name: 'Saksstatistikkrapport' }).waitFor();
    await page.getByLabel('Fra', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Til', { exact: true }).fill('2026-12-31');
    await page.getByRole('button', { name: 'Generer rapport' }).click();
    const download = page.getByRole('button', { name: 'Last ned CSV' });
    await download.waitFor();
    await page.getByRole('table').getByRole('cell', { name: JORN_EMAIL }).first().waitFor();
    await expectNoSeriousAxeViolations(page, 'reports');

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('saksstatistikk-2025-01-01-2026-12-31.csv');
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('E-post ekstern saksbehandler');
    expect(text.split(JORN_EMAIL).length - 1).toBe(JORN_ROLE_REFERENCES.length);
    expect(text).toContain('Hans & Jørn Servicepartner - Oslo');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
