/**
 * Case list in Chromium (issue #5): the time from a filter change to the new rows in the DOM, with
 * 100,000 cases in the mock backend, beside a baseline measured in the same run: the same GET /api/cases
 * fetched from the page without React (MSW + handler + JSON only). Target: under 100 ms at the median.
 *
 *   import { benchCaseListRender } from './bench-render.ts';
 *   for (const line of await benchCaseListRender()) console.log(line);
 *
 * or alone: `flock /tmp/saksportal-e2e.lock node --import tsx scripts/bench-render.ts [--runs=N]`
 * (the lock because it may build dist/ and serves it with `vite preview`, on port 4179 unless
 * BENCH_PORT is set). Uses /usr/bin/chromium through playwright-core.
 *
 * A "filter change" is: Poststed -> Rediger -> choose another place -> Bruk, with "Bruker" = Jørn Service
 * and "Saker med ekstern saksbehandler" (minst ett) also set; each run picks a place not asked for before,
 * so no answer comes from the client's cache. The clock runs from the click on "Bruk" until the count and
 * the table show the new result (MutationObserver), i.e. request, handler, JSON, React render and commit.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { answers200, distIsFresh, productionEnv, ROOT, run } from '../test/e2e/global-setup.ts';
import { median } from './stats.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const CASES = 100_000;
const TARGET_MS = 100;
const PLACES = ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Drammen', 'Kristiansand', 'Fredrikstad', 'Tromsø', 'Bodø', 'Hamar', 'Lillehammer', 'Tønsberg', 'Ålesund', 'Bærum', 'Lørenskog'];

/**
 * Runs in the page (a string, so that the bundler's helpers do not leak into it): clicks "Bruk" and
 * resolves with the milliseconds until the count shows a new, settled result.
 */
const MEASURE_APPLY = `new Promise((resolveTime, reject) => {
  const status = document.querySelector('.case-list-count');
  const apply = [...document.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === 'Bruk');
  if (!status || !apply) return reject(new Error('no status or Bruk button'));
  const before = status.textContent;
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    const text = status.textContent || '';
    if (text !== before && !text.includes('Oppdaterer') && /saker?$/.test(text)) {
      observer.disconnect();
      resolveTime(performance.now() - t0);
    }
  });
  observer.observe(document.querySelector('.case-list-results') || document.body, { subtree: true, childList: true, characterData: true });
  apply.click();
})`;

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function waitFor200(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers200(url))) {
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function benchCaseListRender(options: { runs?: number } = {}): Promise<string[]> {
  const runs = Math.min(options.runs ?? 9, PLACES.length - 1);
  const lines: string[] = [];
  if (!distIsFresh()) await run('npx', ['vite', 'build', '--manifest'], { quiet: true });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT, env: productionEnv(), detached: true, stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitFor200(`${base}/`);
    const page = await (await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' })).newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${base}/login`);
    await page.getByLabel('E-postadresse', { exact: true }).waitFor();
    // 100,000 cases in the mock backend (kept across reloads by the store's seed config).
    // Resetting needs a session: sign in through the API first (the reset forgets that session again).
    await page.evaluate(async (caseCount) => {
      const json = { 'Content-Type': 'application/json' };
      const login = await fetch('/api/auth/login', { method: 'POST', headers: json, body: JSON.stringify({ email: 'saksbehandler@jorn6.test', password: 'demo' }) });
      if (!login.ok) throw new Error(`login: ${login.status}`);
      const { token } = (await login.json()) as { token: string };
      const r = await fetch('/api/system/reset', { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}` }, body: JSON.stringify({ caseCount }) });
      if (!r.ok) throw new Error(`reset: ${r.status}`);
    }, CASES);
    await page.goto(`${base}/login`);
    await page.getByLabel('E-postadresse', { exact: true }).fill('saksbehandler@jorn6.test');
    await page.getByLabel('Passord', { exact: true }).fill('demo');
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByRole('link', { name: 'Saksliste', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/cases');
    // Start from Bruker + ekstern saksbehandler (minst ett) + Poststed, set through the URL.
    await page.evaluate((place) => {
      history.pushState(null, '', `/cases?user=u-jorn-service&city=${encodeURIComponent(place)}&adv=withExternalCaseHandler&match=any`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, PLACES[0]!);
    await page.locator('.case-list-count').filter({ hasNotText: 'Oppdaterer' }).filter({ hasText: /saker?$/ }).waitFor();

    const renderTimes: number[] = [];
    const fetchTimes: number[] = [];
    let previous = PLACES[0]!;
    for (let i = 1; i <= runs; i++) {
      const place = PLACES[i]!;
      await page.getByRole('button', { name: 'Rediger Poststed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Poststed' });
      await dialog.getByRole('checkbox', { name: previous, exact: true }).uncheck();
      await dialog.getByRole('checkbox', { name: place, exact: true }).check();
      const ms = (await page.evaluate(MEASURE_APPLY)) as number;
      renderTimes.push(ms);
      // Baseline: the same request from the page, without React.
      const search = new URL(page.url()).search;
      fetchTimes.push(await page.evaluate(async (qs) => {
        const token = localStorage.getItem('saksportal.session.token');
        const t0 = performance.now();
        const r = await fetch(`/api/cases${qs}`, { headers: { Authorization: `Bearer ${token}` } });
        await r.json();
        return performance.now() - t0;
      }, search));
      previous = place;
    }
    const m = median(renderTimes);
    const b = median(fetchTimes);
    lines.push(`Case list in Chromium, ${CASES.toLocaleString('en')} cases, median of ${runs} filter changes (Poststed, with Bruker + ekstern saksbehandler):`);
    lines.push(`  filter change -> new rows in the DOM        ${fmt(m).padStart(9)}   target < ${TARGET_MS} ms: ${m < TARGET_MS ? 'OK' : 'OVER'}`);
    lines.push(`  baseline: the same GET /api/cases (fetch)   ${fmt(b).padStart(9)}   ratio ${(m / b).toFixed(2)}x`);
    lines.push(`  runs: ${renderTimes.map((x) => x.toFixed(0)).join(', ')} ms (render); ${fetchTimes.map((x) => x.toFixed(0)).join(', ')} ms (fetch)`);
  } finally {
    await browser.close();
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
  for (const line of await benchCaseListRender({ runs })) console.log(line);
}
