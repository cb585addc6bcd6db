/**
 * Case list in Chromium: the time from a filter change to the new rows in the DOM, with 100,000 cases in
 * the mock backend, and the page's main-thread long tasks meanwhile (PerformanceObserver 'longtask').
 * Target: ≤ 50 ms at the median and no task over 50 ms. Measured on the current build and on the
 * baseline build (see scripts/bench-browser.ts) in the same run, each beside the same GET /api/cases
 * fetched from the page without React (MSW + handler + JSON only), and that answer's time in the backend
 * (its Server-Timing `app`).
 *
 *   import { benchCaseListRender } from './bench-render.ts';
 *   for (const line of await benchCaseListRender()) console.log(line);
 *
 * or alone: `node --import tsx scripts/bench-render.ts [--runs=N] [--no-baseline] [--baseline=<ref>]`
 * (serves the builds with `vite preview` on BENCH_PORT and the next port; 4179 unless set). Uses /usr/bin/chromium.
 *
 * A "filter change" is: Poststed -> Rediger -> choose another place -> Bruk, with "Bruker" = Jørn Service
 * and "Saker med ekstern saksbehandler" (minst ett) also set; each run picks a place not asked for before,
 * so no answer comes from the client's cache. The clock runs from the click on "Bruk" until the count and
 * the table show the new result (MutationObserver), i.e. request, handler, JSON, React render and commit.
 * Long tasks are those overlapping the span from the click until 100 ms after the new rows.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import {
  BENCH_CASES,
  buildsToMeasure,
  fmtMs,
  launchChromium,
  LONG_TASK_OBSERVER,
  longTasksBetween,
  reseed,
  serve,
  signIn,
  type Build,
} from './bench-browser.ts';
import { median } from './stats.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const TARGET_MS = 50;
const PLACES = [
  'Oslo',
  'Bergen',
  'Trondheim',
  'Stavanger',
  'Drammen',
  'Kristiansand',
  'Fredrikstad',
  'Tromsø',
  'Bodø',
  'Hamar',
  'Lillehammer',
  'Tønsberg',
  'Ålesund',
  'Bærum',
  'Lørenskog',
];

/**
 * Runs in the page (a string, so that the bundler's helpers do not leak into it): clicks "Bruk" and
 * resolves with [start, end] in performance.now() once the count shows a new, settled result.
 */
const MEASURE_APPLY = `new Promise((resolveTime, reject) => {
  const status = document.querySelector('.case-list-count');
  const apply = [...document.querySelectorAll('[role="dialog"] button, dialog button')].find((b) => b.textContent === 'Bruk');
  if (!status || !apply) return reject(new Error('no status or Bruk button'));
  const before = status.textContent;
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    const text = status.textContent || '';
    if (text !== before && !text.includes('Oppdaterer') && /saker?$/.test(text)) {
      observer.disconnect();
      resolveTime([t0, performance.now()]);
    }
  });
  observer.observe(document.querySelector('.case-list-results') || document.body, { subtree: true, childList: true, characterData: true });
  apply.click();
})`;

interface RenderResult {
  build: Build;
  render: number[];
  fetch: number[];
  /** The same request's time in the backend (Server-Timing `app`; NaN where a build does not say). */
  app: number[];
  /** Per filter change: the longest main-thread task meanwhile (0: none over 50 ms). */
  longest: number[];
}

/** One build served, signed in on the case list with 100,000 cases, ready for filter changes. */
async function prepare(build: Build, port: number) {
  const { base, stop } = await serve(build, port);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page: Page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const close = async () => {
    await browser.close();
    stop();
  };
  try {
    await reseed(page, base, BENCH_CASES);
    await signIn(page, base);
    await page.getByRole('link', { name: 'Saksliste', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/cases');
    // Start from Bruker + ekstern saksbehandler (minst ett) + Poststed, set through the URL.
    await page.evaluate((place) => {
      history.pushState(
        null,
        '',
        `/cases?user=u-jorn-service&city=${encodeURIComponent(place)}&adv=withExternalCaseHandler&match=any`,
      );
      dispatchEvent(new PopStateEvent('popstate'));
    }, PLACES[0]!);
    await page
      .locator('.case-list-count')
      .filter({ hasNotText: 'Oppdaterer' })
      .filter({ hasText: /saker?$/ })
      .waitFor();
  } catch (e) {
    await close();
    throw e;
  }
  const result: RenderResult = { build, render: [], fetch: [], app: [], longest: [] };
  let previous = PLACES[0]!;
  /** The i-th filter change (1-based): the same place in every build. */
  const change = async (i: number) => {
    const place = PLACES[i]!;
    await page.getByRole('button', { name: 'Rediger Poststed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poststed' });
    await dialog.getByRole('checkbox', { name: previous, exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: place, exact: true }).check();
    const [t0, t1] = (await page.evaluate(MEASURE_APPLY)) as [number, number];
    await page.waitForTimeout(150);
    const tasks = await longTasksBetween(page, t0, t1 + 100);
    result.render.push(t1 - t0);
    result.longest.push(Math.max(0, ...tasks));
    // Baseline: the same request from the page, without React.
    const search = new URL(page.url()).search;
    const [fetchMs, appMs] = await page.evaluate(async (qs) => {
      // The tab's session (sessionStorage since the shared store; localStorage in older builds).
      const token =
        sessionStorage.getItem('saksportal.session.token') || localStorage.getItem('saksportal.session.token');
      const t = performance.now();
      const r = await fetch(`/api/cases${qs}`, { headers: { Authorization: `Bearer ${token}` } });
      await r.json();
      // The backend's own time for the answer (its Server-Timing `app`; builds before it say nothing).
      const app = /app;dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '')?.[1];
      return [performance.now() - t, app === undefined ? NaN : Number(app)] as const;
    }, search);
    result.fetch.push(fetchMs);
    result.app.push(appMs);
    previous = place;
  };
  return { result, change, close };
}

export async function benchCaseListRender(options: { runs?: number } = {}): Promise<string[]> {
  const runs = Math.min(options.runs ?? 9, PLACES.length - 1);
  // Both builds open side by side and their filter changes interleaved, so that the load of this shared
  // machine falls on both alike.
  const sessions: Awaited<ReturnType<typeof prepare>>[] = [];
  try {
    const builds = await buildsToMeasure();
    for (const [k, build] of builds.entries()) sessions.push(await prepare(build, PORT + k));
    for (let i = 1; i <= runs; i++) for (const s of sessions) await s.change(i);
  } finally {
    for (const s of sessions) await s.close();
  }
  const results = sessions.map((s) => s.result);
  const lines = [
    `\nCase list in Chromium, ${BENCH_CASES.toLocaleString('en')} cases, median of ${runs} filter changes (Poststed, with Bruker + ekstern saksbehandler):`,
  ];
  lines.push(
    `  ${'build'.padEnd(26)} ${'to new rows'.padStart(12)} ${'fetch alone'.padStart(12)} ${'in backend'.padStart(11)} ${'longest task'.padStart(13)}  target ≤ ${TARGET_MS} ms, no task > 50 ms`,
  );
  for (const r of results) {
    const m = median(r.render);
    const worst = Math.max(...r.longest);
    lines.push(
      `  ${r.build.label.padEnd(26)} ${fmtMs(m).padStart(12)} ${fmtMs(median(r.fetch)).padStart(12)} ${(r.app.some(Number.isNaN) ? '—' : fmtMs(median(r.app))).padStart(11)} ${(worst ? fmtMs(worst) : 'none').padStart(13)}  ` +
        `${m <= TARGET_MS && !worst ? 'OK' : 'OVER'}   runs ${r.render.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
  for (const line of await benchCaseListRender({ runs })) console.log(line);
}
