/**
 * R1/R2 journey on the production build: the insurer's company admin flags "Hege Håndverker" as external
 * case handler with a limit of her own and a mobile number (+47 by default, stored as E.164), reloads and
 * sees it kept; the member list, the edit page and the
 * platform administrator's role definition page have no serious or critical axe violation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoPageErrors, expectNoSeriousAxeViolations, launchBrowser, loginAs, newPage } from './browser';

describe('members: flag a user as external case handler (R2) and the role definition (R1)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Selskapets admin -> Medlemmer -> Rediger: flag with "Bruk verdi: 25 000 NOK" and "Mobilnummer: +47 900 11 222", reload, still there', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'admin@jorn6.test');

    await page.getByRole('link', { name: 'Selskapets admin', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/admin/members');
    await page.getByRole('heading', { name: 'Medlemmer', level: 1 }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoSeriousAxeViolations(page, 'member list');

    await page
      .getByRole('searchbox', { name: 'Søk etter navn, e-postadresse eller Bruker-ID' })
      .fill('handverker@hansjorn.test');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const row = page.getByRole('row', { name: /^Hege Håndverker/ });
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'handverker@hansjorn.test', exact: true }).isVisible()).toBe(true);
    // The unfiltered list may still be on screen for a moment: wait for the search's answer.
    await expect.poll(() => page.getByRole('rowheader').count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('button', { name: 'Handlinger for Hege Håndverker', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Rediger', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/admin/members/u-handverker');
    const firstName = page.getByLabel('Fornavn', { exact: true });
    await firstName.waitFor();
    expect(await firstName.inputValue()).toBe('Hege');
    await expectNoSeriousAxeViolations(page, 'edit member');

    const flag = page.getByRole('checkbox', { name: 'Ekstern saksbehandler', exact: true });
    expect(await flag.isChecked()).toBe(false);
    await flag.check();
    await page.getByRole('radio', { name: 'Bruk verdi:', exact: true }).check();
    const amount = page.getByRole('textbox', { name: 'Beløp for Bruk verdi', exact: true });
    await amount.fill('25 000');
    await expectNoSeriousAxeViolations(page, 'edit member, budget limit enabled');
    // "Mobilnummer: +": the country code is 47 until changed; the number is typed as people write it.
    expect(await page.getByRole('textbox', { name: 'Landskode for Mobilnummer', exact: true }).inputValue()).toBe('47');
    await page.getByRole('textbox', { name: 'Mobilnummer', exact: true }).fill('900 11 222');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === '/api/members/u-handverker',
    );
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    const answer = await saved;
    expect(answer.status()).toBe(200);
    expect(answer.request().postDataJSON()).toMatchObject({ mobile: '+4790011222' });
    expect(await answer.json()).toMatchObject({ mobile: '+4790011222' });
    await page.getByText('Endringene er lagret.', { exact: true }).waitFor();

    await page.reload();
    await page.getByLabel('Fornavn', { exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Ekstern saksbehandler', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Bruk verdi:', exact: true }).isChecked()).toBe(true);
    expect(
      (await page.getByRole('textbox', { name: 'Beløp for Bruk verdi', exact: true }).inputValue()).replace(/\s/g, ' '),
    ).toBe('25 000');
    expect(await page.getByRole('textbox', { name: 'Landskode for Mobilnummer', exact: true }).inputValue()).toBe('47');
    expect(await page.getByRole('textbox', { name: 'Mobilnummer', exact: true }).inputValue()).toBe('90011222');

    // The list shows the flag too.
    await page.getByRole('link', { name: 'Medlemmer', exact: true }).first().click();
    await page.waitForURL((u) => u.pathname === '/admin/members');
    await page.getByRole('searchbox', { name: 'Søk etter navn, e-postadresse eller Bruker-ID' }).fill('Hege');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const flaggedRow = page.getByRole('row', { name: /^Hege Håndverker/ });
    await flaggedRow.waitFor();
    expect(await flaggedRow.getByRole('cell', { name: 'Ja', exact: true }).isVisible()).toBe(true);

    expectNoPageErrors(page);
    await page.context().close();
  });

  it("the insurer's Innstillinger lists its partner network, with no serious axe violation", async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/settings');
    await page.getByRole('heading', { name: 'Partnernettverk', level: 2 }).waitFor();
    const table = page.getByRole('table', { name: /kontor i partnernettverket$/ });
    await table.waitFor();
    expect(
      await table.getByRole('rowheader', { name: 'Hans & Jørn Servicepartner - Oslo', exact: true }).isVisible(),
    ).toBe(true);
    await expectNoSeriousAxeViolations(page, 'insurer settings');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it("the platform administrator's role definition page has no serious axe violation", async () => {
    const page = await newPage(browser);
    await loginAs(page, 'plattform@saksportal.test');
    await page.getByRole('link', { name: 'Rolledefinisjon', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/platform/role-definition');
    await page.getByRole('switch', { name: 'Godkjenne budsjett', exact: true }).waitFor();
    expect(await page.getByRole('switch').count()).toBe(16);
    await expectNoSeriousAxeViolations(page, 'role definition');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
