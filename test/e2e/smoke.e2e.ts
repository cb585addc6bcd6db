/**
 * Smoke journey: the production build starts, MSW's service worker answers the API, the login
 * page is accessible, and a demo account can sign in.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, expectNoPageErrors, expectNoSeriousAxeViolations, launchBrowser, loginAs, newPage } from './browser';

describe('smoke: login page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the login form and the demo accounts served by the mock backend through the service worker, with no serious axe violations', async () => {
    const page = await newPage(browser);
    const demoAccounts = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/demo-accounts');
    await page.goto(`${baseURL()}/login`);

    const response = await demoAccounts;
    expect(response.status()).toBe(200);
    expect(
      response.fromServiceWorker(),
      'GET /api/auth/demo-accounts should be answered by the MSW service worker',
    ).toBe(true);
    const body: unknown = await response.json();
    expect(JSON.stringify(body)).toContain('admin@jorn6.test');

    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.isVisible()).toBe(true);
    const button = page.getByRole('button', { name: 'Logg inn', exact: true });
    await button.waitFor({ state: 'visible' });
    expect(await button.isVisible()).toBe(true);
    expect(await page.getByLabel('E-postadresse', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Passord', { exact: true }).isVisible()).toBe(true);
    // The demo accounts are shown once fetched.
    await page.getByText('admin@jorn6.test').first().waitFor({ state: 'visible' });
    // Side by side (1280 px), the two cards' headings start at the same height.
    await page.setViewportSize({ width: 1280, height: 800 });
    const signInTop = (await heading.boundingBox())?.y;
    const demoTop = (await page.getByRole('heading', { name: 'Demokontoer', level: 2 }).boundingBox())?.y;
    expect(signInTop).toBeDefined();
    expect(Math.abs((demoTop ?? 0) - (signInTop ?? 0)), 'headings of the sign-in and demo account cards').toBeLessThan(
      2,
    );

    await expectNoSeriousAxeViolations(page, 'login page');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('signs in as admin@jorn6.test and leaves /login', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'admin@jorn6.test');
    expect(new URL(page.url()).pathname).not.toMatch(/^\/login/);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('paints the right first screen before any script runs: the signed-in English user sees the top bar in English, never the Norwegian sign-in', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('link', { name: 'Case list', exact: true }).waitFor();
    // Reload with every script refused: what shows is the boot shell of index.html alone.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    await page.locator('.boot').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#root').innerText()).toContain('Loading');
    expect(await page.locator('.topbar .brand').isVisible()).toBe(true);
    expect(await page.getByText('Logg inn', { exact: true }).count()).toBe(0);
    await page.unroute('**/*.js');
    // Signed out, the same page paints the sign-in in English with its fields, still before any script.
    await page.evaluate(() => {
      sessionStorage.removeItem('saksportal.session.token');
      localStorage.removeItem('saksportal.session.last');
      localStorage.removeItem('saksportal.session.token');
    });
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    await page.locator('.boot').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in to the case portal');
    // The demo accounts come from the backend: loading, as the page itself says until they are there.
    expect(await page.getByRole('region', { name: 'Demo accounts' }).getByRole('status').innerText()).toContain(
      'Loading …',
    );
    await page.context().close();
  });

  it('a signed-in page whose backend does not start still starts: its scripts wait for the backend a moment only', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    // The backend's worker script never arrives: its worker neither says it is ready nor fails.
    await page.route(/\/backend\.worker-[\w-]+\.js$/, () => new Promise<void>(() => undefined));
    await page.reload({ waitUntil: 'commit' });
    // The page's own top bar, after BACKEND_WAIT_MS (3 s) of the boot shell.
    await page.getByRole('button', { name: 'Logg ut' }).waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it("sends only /api/* through the backend's service worker: the page's own files go straight to the network", async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.reload(); // controlled by the service worker from the start
    await page.getByRole('link', { name: 'Saksliste', exact: true }).waitFor();
    await page.locator('#dash-status').waitFor();
    // Scripts, styles and fetches of the page (the backend's own Web Worker script is the worker's, not the page's).
    const routes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { workerMatchedSourceType?: string })[])
        .filter((e) => /\/(assets|api)\//.test(new URL(e.name).pathname) && e.initiatorType !== 'other')
        .map((e) => [new URL(e.name).pathname.split('/')[1], e.workerMatchedSourceType ?? ''] as const),
    );
    const of = (kind: string) => [...new Set(routes.filter(([k]) => k === kind).map(([, source]) => source))];
    expect(of('assets')).toEqual(['network']);
    expect(of('api')).toEqual(['fetch-event']);
    await page.context().close();
  });

  it("a returning user's start takes the page's scripts from the browser's cache without asking the server again, and asks for the page itself", async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.locator('#dash-status').waitFor();
    await page.reload();
    await page.locator('#dash-status').waitFor();
    // transferSize 0: taken from the cache as is; a revalidated file (a 304) has its headers' bytes.
    const sizes = await page.evaluate(() => ({
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new URL(e.name).pathname.startsWith('/assets/'))
        .map((e) => e.transferSize),
      page: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize,
    }));
    expect(sizes.scripts.length).toBeGreaterThan(10);
    expect(sizes.scripts.filter((s) => s > 0)).toEqual([]);
    // index.html is asked for at every start: a new build's page (and its new file names) is found at once.
    expect(sizes.page).toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows a waiting spinner only when the wait is long enough to notice: hidden at first, shown and turning from 0.6 s', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    // Scripts refused: the signed-in boot shell's "Laster …" stays, so its spinner can be looked at.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Laster' }).waitFor();
    // The spinner's look at a given moment of its wait (its CSS animations set to that moment).
    const at = (ms: number) =>
      page.locator('.spinner').evaluate((el, t) => {
        const animations = el.getAnimations();
        for (const a of animations) {
          a.pause();
          a.currentTime = t;
        }
        const style = getComputedStyle(el);
        return { animations: animations.length, opacity: style.opacity, transform: style.transform };
      }, ms);
    const quick = await at(300);
    expect(quick.animations).toBeGreaterThan(0);
    expect(quick.opacity).toBe('0');
    const longer = await at(800);
    expect(longer.opacity).toBe('1');
    expect(longer.transform, 'turning after the delay').not.toBe('none');
    await page.context().close();
  });

  it('switches to English, loads the texts lazily, and keeps the choice after a reload', async () => {
    const page = await newPage(browser);
    await loginAs(page, 'saksbehandler@jorn6.test');
    await page.getByRole('link', { name: 'Saksliste', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('link', { name: 'Case list', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Case list', exact: true }).click();
    await page.getByRole('heading', { name: 'Case list', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Case list', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
