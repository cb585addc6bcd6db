/**
 * Rights journey (R1 -> R5): the portal's role definition decides, live, what Jørn Service can do in a case
 * where he holds the external case handler role ("case-rights-demo": budgets of 20 000 and 30 000 NOK await approval).
 *
 * The mock database lives in the browser's storage, so the whole journey runs in one browser context,
 * signing out and in as each actor.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoPageErrors,
  expectNoSeriousAxeViolations,
  goInApp,
  launchBrowser,
  newPage,
  switchUser,
  type JourneyPage,
} from './browser';

const apiPath = (p: string) => (r: { url(): string; request(): { method(): string } }) =>
  new URL(r.url()).pathname === `/api${p}` && r.request().method() !== 'GET';

/** Platform admin: switches "Godkjenne budsjett" on or off on the role definition page and saves. */
async function setApproveBudget(page: Page, on: boolean) {
  await switchUser(page, 'plattform@saksportal.test');
  await goInApp(page, '/platform/role-definition');
  const sw = page.getByRole('switch', { name: 'Godkjenne budsjett', exact: true });
  await sw.waitFor();
  if ((await sw.isChecked()) !== on) await sw.click();
  const saved = page.waitForResponse(apiPath('/portal/role-definition'));
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  expect((await saved).status()).toBe(200);
}

async function openCostControl(page: Page) {
  await goInApp(page, '/cases/case-rights-demo?tab=cost');
  const panel = page.getByRole('tabpanel');
  await panel.waitFor();
  return panel;
}

describe('rights journey: the role definition decides what the external case handler may do', () => {
  let browser: Browser;
  let page: JourneyPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches budget approval off and on, applies his own limit, and passes axe on every tab', async () => {
    // 1. Off: Jørn has no Kostnadskontroll tab; a link to it lands on Saksinformasjon with the reason.
    await setApproveBudget(page, false);
    await switchUser(page, 'jorn.service@hansjorn.test');
    await openCostControl(page);
    await page.getByText(/Du har ikke tilgang til kostnadskontroll/).waitFor();
    expect(await page.getByRole('tab', { name: 'Kostnadskontroll', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Godkjenn budsjett/ }).count()).toBe(0);

    // 2. On again: the approval is back (with the portal default of 10 000 NOK, both budgets are above it).
    await setApproveBudget(page, true);

    // 3. The insurer admin gives him his own limit: "Bruk verdi" 25 000.
    await switchUser(page, 'admin@jorn6.test');
    await goInApp(page, '/admin/members/u-jorn-service');
    await page.getByRole('radio', { name: 'Bruk verdi:', exact: true }).check();
    const amount = page.getByLabel('Beløp for Bruk verdi', { exact: true });
    await amount.fill('25 000');
    const saved = page.waitForResponse(apiPath('/members/u-jorn-service'));
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    expect((await saved).status()).toBe(200);

    // 4. He approves the 20 000 NOK budget and is refused the 30 000 NOK one, with the limit named.
    await switchUser(page, 'jorn.service@hansjorn.test');
    const panel = await openCostControl(page);
    await panel.getByText(/Din grense for budsjettgodkjenning: 25\s000\sNOK/).waitFor();
    const approved = page.waitForResponse(apiPath('/cases/case-rights-demo/tasks/case-rights-demo-t1/budget/approve'));
    await panel.getByRole('button', { name: 'Godkjenn budsjett for Tørring', exact: true }).click();
    // It asks first; the budget is approved on the dialog's button.
    await page
      .getByRole('dialog', { name: 'Godkjenn budsjett for Tørring' })
      .getByRole('button', { name: 'Godkjenn budsjett', exact: true })
      .click();
    expect((await approved).status()).toBe(200);
    await panel.getByText(/Budsjett: 20\s000\sNOK \(godkjent\)/).waitFor();
    const over = panel.getByRole('button', { name: 'Godkjenn budsjett for Snekker', exact: true });
    expect(await over.isDisabled()).toBe(true);
    await panel.getByText(/30\s000\sNOK er over grensen din for budsjettgodkjenning på 25\s000\sNOK/).waitFor();
    // The API refuses it too, naming the limit.
    const refused = await page.evaluate(async () => {
      const token = sessionStorage.getItem('saksportal.session.token');
      const detail = await (
        await fetch('/api/cases/case-rights-demo', { headers: { Authorization: `Bearer ${token}` } })
      ).json();
      const res = await fetch('/api/cases/case-rights-demo/tasks/case-rights-demo-t2/budget/approve', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: detail.version }),
      });
      return { status: res.status, body: await res.json() };
    });
    // Amounts are øre on the wire: 25 000 NOK.
    expect(refused).toMatchObject({
      status: 403,
      body: { code: 'budget_limit_exceeded', params: { limit: 2_500_000 } },
    });

    // 5. Axe on each tab of the case page.
    for (const tab of [
      'Saksinformasjon',
      'Kostnadskontroll',
      'Arbeidsplan',
      'Faktura',
      'Kundeoppgjør',
      'Prosjektplan',
    ]) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
      await page
        .getByRole('status')
        .first()
        .waitFor({ state: 'detached', timeout: 5000 })
        .catch(() => undefined);
      await expectNoSeriousAxeViolations(page, `case page, tab ${tab}`);
    }
    expectNoPageErrors(page, [/status of 403/]);
  });
});
