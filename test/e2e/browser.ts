/**
 * Helpers for browser journeys (test/e2e/*.e2e.ts), driven by playwright-core and Debian's Chromium
 * against the production build served by ./global-setup.ts.
 *
 *   const browser = await launchBrowser();
 *   const page = await newPage(browser);
 *   await loginAs(page, 'admin@jorn6.test');
 *   await expectNoSeriousAxeViolations(page, 'case list');
 *   expect(page.errors).toEqual([]);
 *   await browser.close();
 *
 * Vitest's `expect` does not retry: wait first (`locator.waitFor()`, `page.waitForURL()`,
 * `page.waitForResponse()`), then assert.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'demo';

/** The app's origin without a trailing slash, e.g. http://127.0.0.1:4173 (from the globalSetup). */
export function baseURL(): string {
  const url = process.env.E2E_BASE_URL || inject('baseURL');
  if (!url) throw new Error('No baseURL: run the journeys through vitest (the e2e project) or set E2E_BASE_URL');
  return url.replace(/\/+$/, '');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One thing that went wrong in the page: a console.error message or an uncaught exception. */
export interface PageProblem {
  kind: 'console' | 'pageerror';
  text: string;
  /** Where a console message came from (url:line), if known. */
  location?: string;
}

/** A page that records its console errors and uncaught exceptions in `errors` (newest last). */
export type JourneyPage = Page & { errors: PageProblem[] };

/**
 * A page in a fresh context (locale nb-NO, so its own storage and service worker registration).
 * Close it with `page.context().close()`, or just close the browser.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<JourneyPage> {
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return recordProblems(await context.newPage());
}

/** Makes `page` record its console errors and uncaught exceptions in `errors` (for pages opened without `newPage`). */
export function recordProblems(p: Page): JourneyPage {
  const page = p as JourneyPage;
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    page.errors.push({
      kind: 'console',
      text: msg.text(),
      ...(loc?.url ? { location: `${loc.url}:${loc.lineNumber}` } : {}),
    });
  });
  page.on('pageerror', (err) => {
    page.errors.push({ kind: 'pageerror', text: err.stack ?? String(err) });
  });
  return page;
}

/** The recorded problems of a page from `newPage`, as readable text ('' if none). */
export function formatProblems(page: JourneyPage, ignore: RegExp[] = []): string {
  return page.errors
    .filter((p) => !ignore.some((re) => re.test(p.text)))
    .map((p) => `- ${p.kind}: ${p.text}${p.location ? ` (${p.location})` : ''}`)
    .join('\n');
}

/**
 * Throws if the page logged a console error or threw, except messages matching `ignore`
 * (e.g. /status of 401/ where a journey provokes a 401 on purpose).
 */
export function expectNoPageErrors(page: JourneyPage, ignore: RegExp[] = []): void {
  const text = formatProblems(page, ignore);
  if (text) throw new Error(`The page reported errors:\n${text}`);
}

/**
 * Client-side navigation (react-router listens to popstate), keeping the one document: a full page load
 * would cut off the app's in-flight requests (e.g. the notification poll), which then bypass the backend's
 * worker and reach the preview server.
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((u) => u.pathname + u.search === path);
}

/** Fills in the sign-in form the page shows now, and waits for the signed-in top bar. */
export async function signInHere(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-postadresse', { exact: true }).fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByText(/^Innlogget som /).waitFor();
}

/** Signs out (if signed in) and in again as another demo account, through the forms, without a reload. */
export async function switchUser(page: Page, email: string): Promise<void> {
  if (!page.url().startsWith(baseURL())) return loginAs(page, email);
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
  await signInHere(page, email);
}

/** Signs in through the login form and waits until the app has left /login. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseURL()}/login`);
  await page.getByLabel('E-postadresse', { exact: true }).fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  try {
    await page.waitForURL((url) => !/^\/login\/?$/.test(url.pathname));
  } catch (e) {
    const alert = await page
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `Signing in as ${email} did not leave /login (still at ${page.url()})${alert.length ? `; alert: ${alert.join(' | ')}` : ''}: ${(e as Error).message}`,
      { cause: e },
    );
  }
}

export interface AxeOptions {
  /** CSS selectors to leave out of the scan. */
  exclude?: string[];
  /** axe rule ids to switch off (say why at the call site). */
  disableRules?: string[];
}

/**
 * Runs axe on the page as it is now and throws a readable list if any violation has impact
 * 'serious' or 'critical'. Returns the minor/moderate ones so a test may log them.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string, options: AxeOptions = {}) {
  // Contrast is measured on what is drawn: let opening animations end first (a dialog fades in over 0.3 s,
  // and mid-fade its text is lighter than the page will show). Endless ones (a spinner's turn) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page });
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length) {
    const lines = serious.map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `      at ${n.target.join(' ')}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  - [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n    ${v.helpUrl}\n${nodes}${more}`;
    });
    throw new Error(
      `axe: ${serious.length} serious/critical violation(s) on "${label}" (${page.url()}):\n${lines.join('\n')}`,
    );
  }
  return results.violations;
}

/**
 * Forgets everything the demo has stored for the app's origin (the mock database's changes, the
 * session) and reloads, so the app starts again from the seed. Navigates to the app first if the
 * page is not on its origin yet.
 */
export async function resetDemoData(page: Page): Promise<void> {
  const origin = new URL(baseURL()).origin;
  let onOrigin = false;
  try {
    onOrigin = new URL(page.url()).origin === origin;
  } catch {
    /* about:blank */
  }
  if (!onOrigin) await page.goto(`${baseURL()}/`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.reload();
}
