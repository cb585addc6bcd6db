/**
 * Issue 9, "How it is checked": two tabs of one browser (one context, so one IndexedDB, one
 * BroadcastChannel, one set of Web Locks) on the production build. Each tab saves a change to a member
 * it opened before the other tab saved: a third tab shows both, after a reload too. Then both tabs edit
 * the same member: the first save wins, the second answers 409 and its form keeps what was typed.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoPageErrors,
  launchBrowser,
  loginAs,
  newPage,
  recordProblems,
  type JourneyPage,
} from './browser';

const ADMIN = 'admin@jorn6.test';
const HEGE = 'u-handverker';
const CASE_HANDLER = 'u-saksbehandler';
const OFFICE_ADMIN = 'u-kontor';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Opens "Rediger medlem" for a member in this tab and waits until the form holds the stored values. */
async function openMember(page: Page, id: string) {
  await page.goto(`${baseURL()}/admin/members/${id}`);
  const firstName = field(page, 'Fornavn');
  await firstName.waitFor();
  await expect.poll(() => firstName.inputValue(), { timeout: 15_000 }).not.toBe('');
}

/** Clicks Lagre and returns the PUT's answer. */
async function save(page: Page, id: string): Promise<Response> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/members/${id}`,
  );
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  return answer;
}

/** Another tab of the same browser window (same context): it starts with the most recent sign-in. */
async function newTab(of: Page): Promise<JourneyPage> {
  return recordProblems(await of.context().newPage());
}

describe('two tabs of one browser share one store', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('each tab saves a change; a third tab shows both, and so does a reload', async () => {
    const a = await newPage(browser);
    await loginAs(a, ADMIN);
    const b = await newTab(a);

    // Both forms are open before either saves: B's store was read before A's change.
    await openMember(a, HEGE);
    await openMember(b, CASE_HANDLER);

    await field(a, 'Etternavn').fill('Håndverker fra fane A');
    expect((await save(a, HEGE)).status()).toBe(200);
    await a.getByText('Endringene er lagret.', { exact: true }).waitFor();

    await field(b, 'Etternavn').fill('Saksbehandler fra fane B');
    expect((await save(b, CASE_HANDLER)).status()).toBe(200);
    await b.getByText('Endringene er lagret.', { exact: true }).waitFor();

    const c = await newTab(a);
    await openMember(c, HEGE);
    expect(await field(c, 'Etternavn').inputValue()).toBe('Håndverker fra fane A');
    await openMember(c, CASE_HANDLER);
    expect(await field(c, 'Etternavn').inputValue()).toBe('Saksbehandler fra fane B');

    // Stored, not only in the tabs' memory.
    await c.reload();
    await field(c, 'Fornavn').waitFor();
    await expect.poll(() => field(c, 'Etternavn').inputValue(), { timeout: 15_000 }).toBe('Saksbehandler fra fane B');
    await openMember(c, HEGE);
    expect(await field(c, 'Etternavn').inputValue()).toBe('Håndverker fra fane A');

    for (const page of [a, b, c]) expectNoPageErrors(page);
    await a.context().close();
  });

  it('the same member in two tabs: the second save gets 409 and keeps what was typed', async () => {
    const a = await newPage(browser);
    await loginAs(a, ADMIN);
    const b = await newTab(a);
    await openMember(a, OFFICE_ADMIN);
    await openMember(b, OFFICE_ADMIN);

    await field(a, 'Fornavn').fill('Fra fane A');
    expect((await save(a, OFFICE_ADMIN)).status()).toBe(200);
    await a.getByText('Endringene er lagret.', { exact: true }).waitFor();

    // B's form learns of A's change only by the 409: the news from A does not reset what B types.
    await field(b, 'Fornavn').fill('Fra fane B');
    await field(b, 'Bruker-ID').fill('B-123');
    const conflict = await save(b, OFFICE_ADMIN);
    expect(conflict.status()).toBe(409);
    expect((await conflict.json()) as { code: string }).toMatchObject({ code: 'stale_version' });
    await b.getByText(/Noen andre har endret medlemmet mens du arbeidet/).waitFor();
    expect(await field(b, 'Fornavn').inputValue()).toBe('Fra fane B');
    expect(await field(b, 'Bruker-ID').inputValue()).toBe('B-123');
    await expect.poll(() => b.getByText('Endringene er lagret.', { exact: true }).count()).toBe(0);

    // A's change is the one stored.
    const c = await newTab(a);
    await openMember(c, OFFICE_ADMIN);
    expect(await field(c, 'Fornavn').inputValue()).toBe('Fra fane A');

    for (const page of [a, b, c]) expectNoPageErrors(page, [/status of 409/]);
    await a.context().close();
  });
});
