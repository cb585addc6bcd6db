/**
 * Start-up in Chromium (the production build, served by `vite preview`), the current build beside the
 * baseline build of the same run (scripts/bench-browser.ts):
 *
 * 1. The sign-in page, first visit (empty profile): first contentful paint, the sign-in form usable
 *    (the real `<input>`s), the mock backend answering (the demo accounts listed; the backend registers
 *    its service worker and seeds its store meanwhile), and every script and stylesheet it downloaded
 *    until the network is idle, gzip-sized from the build: the page's scripts (budget 200 kB), the
 *    backend worker's scripts, CSS.
 * 2. Cold start of a signed-in user into the dashboard (a new document: page scripts, the backend's
 *    worker and store start again from what is persisted) with 240 cases (the demo's seed) and with
 *    100,000 cases: time to the dashboard's counts on screen, and the longest main-thread task meanwhile.
 *    Target: 100,000 ≤ 2× the 240-case start. The backend keeps what its seeding drew (the seed's index,
 *    mocks/db/shared.ts) for the next start of the same build; 100,000 cases are measured again with it
 *    dropped before each start, as the first start after a new build (or a reset to another size) is.
 *
 * All times are from navigation start. `node --import tsx scripts/bench-startup.ts [--runs=N]
 * [--no-baseline] [--baseline=<ref>]`, ports BENCH_PORT and the next (4179 unless set).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import {
  BENCH_CASES,
  buildsToMeasure,
  fmtMs,
  launchChromium,
  LONG_TASK_OBSERVER,
  reseed,
  serve,
  signIn,
  type Build,
} from './bench-browser.ts';
import { median } from './stats.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const DEMO_CASES = 240;

/** Before any page script: the time (performance.now()) each selector first matches. */
const SEEN_OBSERVER = `(() => {
  const watch = {
    form: 'input[autocomplete="username"]',
    backend: '.demo-accounts li',
    dashboard: '#dash-status',
  };
  const seen = (window.__seen = {});
  const check = () => {
    for (const [k, sel] of Object.entries(watch)) if (!(k in seen) && document.querySelector(sel)) seen[k] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

type Seen = Partial<Record<'form' | 'backend' | 'dashboard', number>>;

async function waitSeen(page: Page, key: keyof Seen): Promise<number> {
  await page.waitForFunction((k) => k in ((window as unknown as { __seen: object }).__seen ?? {}), key, {
    timeout: 180_000,
  });
  return page.evaluate((k) => (window as unknown as { __seen: Record<string, number> }).__seen[k]!, key);
}

const fcp = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

const longestTaskUntil = (page: Page, until: number) =>
  page.evaluate(
    (u) =>
      Math.max(
        0,
        ...((window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [])
          .filter(([s]) => s < u)
          .map(([, d]) => d),
      ),
    until,
  );

interface StartupResult {
  build: Build;
  signIn: { fcp: number[]; form: number[]; backend: number[]; pageJs: number[]; workerJs: number[]; css: number[] };
  cold: Record<number, { ready: number[]; longest: number[] }>;
  /** 100,000 cases, the seed's index dropped before each start. */
  unindexed: { ready: number[]; longest: number[] };
}

/** Drops the seed's index the backend stored (after a wait: the start before stores it ~0.3 s after it is ready). */
async function dropSeedIndex(page: Page) {
  await page.waitForTimeout(1_000);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('saksportal-mockdb');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          if (!idb.objectStoreNames.contains('seedIndex')) {
            idb.close(); // a build without one
            resolve();
            return;
          }
          const tx = idb.transaction('seedIndex', 'readwrite');
          tx.objectStore('seedIndex').clear();
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function newContext(browser: Awaited<ReturnType<typeof launchChromium>>): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await context.addInitScript(LONG_TASK_OBSERVER);
  await context.addInitScript(SEEN_OBSERVER);
  return context;
}

async function measure(builds: Build[], runs: number): Promise<StartupResult[]> {
  // Every build served and measured in its own browser, their runs interleaved so that the load of this
  // shared machine falls on all alike.
  const open: {
    base: string;
    stop: () => void;
    browser: Awaited<ReturnType<typeof launchChromium>>;
    result: StartupResult;
  }[] = [];
  try {
    for (const [k, build] of builds.entries()) {
      const { base, stop } = await serve(build, PORT + k);
      open.push({
        base,
        stop,
        browser: await launchChromium(),
        result: {
          build,
          signIn: { fcp: [], form: [], backend: [], pageJs: [], workerJs: [], css: [] },
          cold: {},
          unindexed: { ready: [], longest: [] },
        },
      });
    }
    // 1. The sign-in page, first visit: a fresh context each run (no service worker, no stored data).
    for (let i = 0; i < runs; i++) {
      for (const o of open) {
        const context = await newContext(o.browser);
        const page = await context.newPage();
        const files = new Map<string, string>(); // path -> resource type
        page.on('response', (r) => {
          const type = r.request().resourceType();
          if (type === 'script' || type === 'stylesheet' || type === 'other')
            files.set(new URL(r.url()).pathname, type);
        });
        await page.goto(`${o.base}/login`);
        o.result.signIn.backend.push(await waitSeen(page, 'backend'));
        o.result.signIn.form.push(await waitSeen(page, 'form'));
        o.result.signIn.fcp.push(await fcp(page));
        await page.waitForLoadState('networkidle');
        // What the sign-in page downloaded, gzip-sized from the build: the page's scripts, the worker's, CSS.
        const gz = (path: string) => (path.startsWith('/assets/') ? gzipSize(join(o.result.build.dir, path)) : 0);
        const paths = [...files.keys()];
        const isWorker = (p: string) => /worker/.test(p) && !/(mockServiceWorker|backendServiceWorker)\.js$/.test(p);
        o.result.signIn.pageJs.push(
          paths.filter((p) => p.endsWith('.js') && !isWorker(p)).reduce((n, p) => n + gz(p), 0),
        );
        o.result.signIn.workerJs.push(
          paths.filter((p) => p.endsWith('.js') && isWorker(p)).reduce((n, p) => n + gz(p), 0),
        );
        o.result.signIn.css.push(paths.filter((p) => p.endsWith('.css')).reduce((n, p) => n + gz(p), 0));
        await context.close();
      }
    }
    // 2. Cold start into the dashboard, signed in, with 240 and with 100,000 cases persisted.
    const pages = await Promise.all(
      open.map(async (o) => {
        const page = await (await newContext(o.browser)).newPage();
        page.setDefaultTimeout(180_000);
        return page;
      }),
    );
    for (const count of [DEMO_CASES, BENCH_CASES]) {
      for (const [k, o] of open.entries()) {
        await reseed(pages[k]!, o.base, count);
        await signIn(pages[k]!, o.base);
        await pages[k]!.locator('#dash-status').waitFor();
        // As a user stays a moment: the backend stores its seed's index ~0.3 s after a start that drew it.
        await pages[k]!.waitForTimeout(1_000);
        o.result.cold[count] = { ready: [], longest: [] };
      }
      for (let i = 0; i < runs; i++) {
        for (const [k, o] of open.entries()) {
          const page = pages[k]!;
          await page.goto(`${o.base}/`);
          const ready = await waitSeen(page, 'dashboard');
          o.result.cold[count]!.ready.push(ready);
          o.result.cold[count]!.longest.push(await longestTaskUntil(page, ready));
        }
      }
    }
    // 2b. 100,000 cases again, without the seed's index (the cases are drawn at the start).
    for (let i = 0; i < runs; i++) {
      for (const [k, o] of open.entries()) {
        const page = pages[k]!;
        await dropSeedIndex(page);
        await page.goto(`${o.base}/`);
        const ready = await waitSeen(page, 'dashboard');
        o.result.unindexed.ready.push(ready);
        o.result.unindexed.longest.push(await longestTaskUntil(page, ready));
      }
    }
  } finally {
    for (const o of open) {
      await o.browser.close();
      o.stop();
    }
  }
  return open.map((o) => o.result);
}

export async function benchStartup(options: { runs?: number } = {}): Promise<string[]> {
  const runs = options.runs ?? 5;
  const results = await measure(await buildsToMeasure(), runs);
  const lines = [`\nStart-up in Chromium (no CPU throttling), median of ${runs}, from navigation start:`];
  lines.push('  sign-in page, first visit:');
  lines.push(
    `    ${'build'.padEnd(26)} ${'first paint'.padStart(12)} ${'form usable'.padStart(12)} ${'backend answers'.padStart(16)}   downloaded (gzip): page JS, worker JS, CSS`,
  );
  for (const r of results) {
    lines.push(
      `    ${r.build.label.padEnd(26)} ${fmtMs(median(r.signIn.fcp)).padStart(12)} ${fmtMs(median(r.signIn.form)).padStart(12)} ${fmtMs(median(r.signIn.backend)).padStart(16)}   ` +
        `${kB(median(r.signIn.pageJs))}, ${kB(median(r.signIn.workerJs))}, ${kB(median(r.signIn.css))}`,
    );
  }
  lines.push(
    `  cold start into the dashboard, signed in (target: ${BENCH_CASES.toLocaleString('en')} cases ≤ 2× ${DEMO_CASES}):`,
  );
  lines.push(
    `    ${'build'.padEnd(26)} ${`${DEMO_CASES} cases`.padStart(12)} ${`${BENCH_CASES.toLocaleString('en')} cases`.padStart(14)}  ratio  longest task (240 / 100,000)   no index stored: ${BENCH_CASES.toLocaleString('en')} cases, ratio, longest task`,
  );
  for (const r of results) {
    const a = median(r.cold[DEMO_CASES]!.ready);
    const b = median(r.cold[BENCH_CASES]!.ready);
    const la = Math.max(...r.cold[DEMO_CASES]!.longest);
    const lb = Math.max(...r.cold[BENCH_CASES]!.longest);
    const u = median(r.unindexed.ready);
    const lu = Math.max(...r.unindexed.longest);
    lines.push(
      `    ${r.build.label.padEnd(26)} ${fmtMs(a).padStart(12)} ${fmtMs(b).padStart(14)}  ${(b / a).toFixed(2)}×  ${la ? fmtMs(la) : 'none'} / ${lb ? fmtMs(lb) : 'none'}` +
        `   ${b <= 2 * a ? 'OK' : 'OVER'}` +
        `     ${fmtMs(u).padStart(8)}  ${(u / a).toFixed(2)}×  ${lu ? fmtMs(lu) : 'none'}   ${u <= 2 * a ? 'OK' : 'OVER'}`,
    );
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
  for (const line of await benchStartup({ runs })) console.log(line);
}
