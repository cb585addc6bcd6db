/**
 * Lighthouse 12 (its default mobile preset: emulated phone, 4× CPU slowdown, simulated slow 4G) on the
 * production build, the current build beside the baseline build of the same run (scripts/bench-browser.ts):
 *
 * - the sign-in page, a first visit (Lighthouse resets the origin's storage: no service worker, no data);
 * - signed in: the dashboard, the case list and the case page (`/cases/case-1`). Chromium runs with
 *   `--remote-debugging-port`; playwright-core signs in over CDP (`connectOverCDP`) in that browser's
 *   profile, then Lighthouse audits in the same browser without resetting storage.
 *
 * Targets: performance ≥ 95 on the sign-in page and ≥ 90 signed in; accessibility and best practices 100.
 * `node --import tsx scripts/bench-lighthouse.ts [--lh-runs=N] [--no-baseline] [--baseline=<ref>] [--lh-returning]`
 *
 * `--lh-returning`: each signed-in page is loaded once more before its audit, so that Lighthouse measures
 * a returning user's load (the third in that profile: V8 reads the scripts' code cache, which the second
 * load made) rather than the second (compiled cold, the code cache made during the audit). The
 * bench's figures are without it; with it, the difference is what compiling costs.
 * (ports BENCH_PORT and the next, 4179 unless set; Chromium's debugging ports BENCH_CDP_PORT and the next,
 * 9333 unless set).
 * With several runs a page's figures are those of its median performance run. "machine" is Lighthouse's
 * benchmarkIndex at that run (higher is faster): on a busy machine every score drops, so compare builds
 * within one run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { answers200 } from '../test/e2e/global-setup.ts';
import {
  argv,
  argValue,
  buildsToMeasure,
  CHROMIUM,
  CHROMIUM_ARGS,
  serve,
  signIn,
  type Build,
} from './bench-browser.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const CDP_PORT = Number(process.env.BENCH_CDP_PORT ?? 9333);

interface Audit {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Every run's performance score. */
  runs: number[];
  failed?: string[];
  /** Lighthouse's measure of this machine's speed at the time (higher is faster; a busy machine scores low). */
  benchmarkIndex: number;
  /** --lh-detail only: where the main thread's time went. */
  detail: string[];
}

const PAGES = [
  { name: 'sign-in', path: '/login', signedIn: false, target: 95 },
  { name: 'dashboard', path: '/', signedIn: true, target: 90 },
  { name: 'case list', path: '/cases', signedIn: true, target: 90 },
  { name: 'case page', path: '/cases/case-1', signedIn: true, target: 90 },
];

/** --lh-pages=sign-in,dashboard: only those pages (for a quick look; the bench's figures are of all four). */
const pagesToMeasure = () => {
  const only = argValue('lh-pages')?.split(',');
  return only ? PAGES.filter((p) => only.includes(p.name.replace(' ', '-'))) : PAGES;
};

async function startChromium(cdpPort: number): Promise<{ stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'saksportal-lh-'));
  const child = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${cdpPort}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    setTimeout(() => rmSync(profile, { recursive: true, force: true }), 1000).unref();
  };
  const deadline = Date.now() + 30_000;
  while (!(await answers200(`http://127.0.0.1:${cdpPort}/json/version`))) {
    if (Date.now() > deadline) {
      stop();
      throw new Error('Chromium did not open its debugging port');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { stop };
}

async function audit(url: string, cdpPort: number, disableStorageReset: boolean) {
  const result = await lighthouse(url, {
    port: cdpPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  if (argv.includes('--lh-detail')) {
    const trace = (result.artifacts as { Trace?: unknown }).Trace;
    if (trace) writeFileSync(join(tmpdir(), `saksportal-lh-trace-${Date.now()}.json`), JSON.stringify(trace));
  }
  const score = (k: string) => Math.round((categories[k]?.score ?? 0) * 100);
  const num = (k: string) => audits[k]?.numericValue ?? NaN;
  const failed = [...(categories.accessibility?.auditRefs ?? []), ...(categories['best-practices']?.auditRefs ?? [])]
    .filter((r) => r.weight > 0 && audits[r.id]?.score !== null && (audits[r.id]?.score ?? 1) < 1)
    .map((r) => r.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    failed,
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    detail: detail(result.lhr),
  };
}

/** --lh-detail: where the main thread's time went (Lighthouse's own breakdowns), to see what to work on. */
function detail(lhr: { audits: Record<string, { numericValue?: number; details?: unknown }> }): string[] {
  if (!argv.includes('--lh-detail')) return [];
  const saved = join(tmpdir(), `saksportal-lhr-${Date.now()}.json`);
  writeFileSync(saved, JSON.stringify(lhr));
  type Row = Record<string, unknown>;
  const rows = (id: string) => ((lhr.audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []) as Row[];
  const ms = (v: unknown) => `${Math.round(Number(v))} ms`;
  const lcpNode = rows('largest-contentful-paint-element')[0] as
    { items?: { node?: { snippet?: string } }[] } | undefined;
  const out = [
    `    lhr: ${saved}; LCP element: ${lcpNode?.items?.[0]?.node?.snippet ?? '?'}`,
    `    metrics: SI ${ms(lhr.audits['speed-index']?.numericValue)}, TTI ${ms(lhr.audits.interactive?.numericValue)}, main thread ${ms(lhr.audits['mainthread-work-breakdown']?.numericValue)}`,
    `    main thread by kind: ${rows('mainthread-work-breakdown')
      .map((r) => `${String(r.groupLabel)} ${ms(r.duration)}`)
      .join(', ')}`,
    ...rows('bootup-time')
      .slice(0, 6)
      .map(
        (r) =>
          `    script ${String(r.url).replace(/^https?:\/\/[^/]+/, '')}: total ${ms(r.total)}, run ${ms(r.scripting)}, parse ${ms(r.scriptParseCompile)}`,
      ),
    ...rows('long-tasks')
      .slice(0, 8)
      .map(
        (r) =>
          `    long task at ${ms(r.startTime)}: ${ms(r.duration)} ${String(r.url ?? '').replace(/^https?:\/\/[^/]+/, '')}`,
      ),
  ];
  return out;
}

async function measure(builds: Build[], runs: number): Promise<Map<Build, Audit[]>> {
  // Every build served, each in its own Chromium; their audits interleaved page by page so that the load
  // of this shared machine falls on all alike.
  const open: { build: Build; base: string; cdpPort: number; stop: () => void; audits: Audit[] }[] = [];
  try {
    for (const [k, build] of builds.entries()) {
      const { base, stop } = await serve(build, PORT + k);
      const cdpPort = CDP_PORT + k;
      const chrome = await startChromium(cdpPort).catch((e: unknown) => {
        stop();
        throw e;
      });
      open.push({ build, base, cdpPort, stop: () => (chrome.stop(), stop()), audits: [] });
    }
    for (const p of pagesToMeasure()) {
      const results = new Map(open.map((o) => [o, [] as Awaited<ReturnType<typeof audit>>[]]));
      for (let i = 0; i < runs; i++) {
        for (const o of open) {
          if (p.signedIn) {
            // Sign in (again: a Lighthouse run of the sign-in page resets the origin's storage).
            const browser = await chromium.connectOverCDP(`http://127.0.0.1:${o.cdpPort}`);
            const page = await browser.contexts()[0]!.newPage();
            await signIn(page, o.base);
            if (argv.includes('--lh-returning')) {
              await page.goto(`${o.base}${p.path}`);
              await page.waitForLoadState('networkidle');
            }
            await page.close();
            await browser.close(); // disconnects; the browser keeps running
          }
          results.get(o)!.push(await audit(`${o.base}${p.path}`, o.cdpPort, p.signedIn));
        }
      }
      for (const o of open) {
        const rs = results.get(o)!.sort((a, b) => a.performance - b.performance);
        const mid = rs[Math.floor(rs.length / 2)]!;
        o.audits.push({ page: p.name, ...mid, runs: rs.map((r) => r.performance) });
      }
    }
  } finally {
    for (const o of open) o.stop();
  }
  return new Map(open.map((o) => [o.build, o.audits]));
}

export async function benchLighthouse(options: { runs?: number } = {}): Promise<string[]> {
  const runs = options.runs ?? 1;
  const measured = await measure(await buildsToMeasure(), runs);
  const results = [...measured].map(([build, audits]) => ({ build, audits }));
  const lines = [
    `\nLighthouse ${'12.8.2'} mobile (default preset), ${runs} run(s) per page, the median performance run${argv.includes('--lh-returning') ? ' (signed in: a returning load, see --lh-returning)' : ''}:`,
  ];
  lines.push(
    `  ${'page'.padEnd(10)} ${'build'.padEnd(22)} perf  a11y  best   FCP      LCP      TBT     CLS    machine  target`,
  );
  for (const p of pagesToMeasure()) {
    for (const { build, audits } of results) {
      const a = audits.find((x) => x.page === p.name)!;
      const ok = a.performance >= p.target && a.accessibility === 100 && a.bestPractices === 100;
      lines.push(
        `  ${p.name.padEnd(10)} ${build.label.padEnd(22)} ${String(a.performance).padStart(4)}  ${String(a.accessibility).padStart(4)}  ${String(a.bestPractices).padStart(4)}  ` +
          `${(a.fcp / 1000).toFixed(2).padStart(5)} s  ${(a.lcp / 1000).toFixed(2).padStart(5)} s  ${a.tbt.toFixed(0).padStart(4)} ms  ${a.cls.toFixed(3)}  ${String(Math.round(a.benchmarkIndex)).padStart(7)}  ` +
          `perf ≥ ${p.target}: ${ok ? 'OK' : 'OVER'}${runs > 1 ? `  (runs ${a.runs.join(', ')})` : ''}${a.failed?.length ? `  failing: ${a.failed.join(', ')}` : ''}`,
      );
      lines.push(...a.detail);
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(argValue('lh-runs') ?? 1);
  for (const line of await benchLighthouse({ runs })) console.log(line);
}
