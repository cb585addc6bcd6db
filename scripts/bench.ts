/**
 * `npm run bench` (node --import tsx scripts/bench.ts [--bundle] [--data] [--rebuild] [--runs=N])
 *
 * Part 1, bundle: gzip sizes of the production build, from Vite's manifest.
 *   - first load: index.html, its entry script, that script's static imports (recursively) and their CSS,
 *     against a budget of 200 kB gzip (kB = 1000 bytes);
 *   - each lazy chunk (manifest entries with isDynamicEntry) with its own static imports that the first
 *     load does not already bring (chunks shared by several lazy entries are counted in each).
 *   Uses dist/ if it is fresh and has .vite/manifest.json (the e2e build makes one), else builds with
 *   `npx vite build --manifest` into a temporary directory (dist/ is left alone).
 *
 * Part 2, data: timings of the mock store with 100,000 cases, each beside a baseline measured in the
 *   same run (median of several runs, after a warm-up):
 *   - seeding `createDb({ caseCount: 100000 })` (what a start does: the cases made on demand), and the same
 *     with every case made, vs creating 100,000 plain objects of a similar shape;
 *   - `benchCases(db)`: query timings vs the bare scan `db.cases.all().filter(status === 'open')`.
 *     ADD FILTER/HANDLER TIMINGS THERE (see the marked section).
 *
 * Part 3, in Chromium on the production build, each beside the baseline build (default 229d98f, main
 *   before issue 12) built and measured in the same run (scripts/bench-browser.ts):
 *   - render (scripts/bench-render.ts): filter change to rendered rows with 100,000 cases, long tasks;
 *   - startup (scripts/bench-startup.ts): first paint / sign-in usable / backend answering, and a cold
 *     start into the dashboard with 240 vs 100,000 cases;
 *   - lighthouse (scripts/bench-lighthouse.ts): Lighthouse mobile on the sign-in page and, signed in,
 *     dashboard, case list and case page (--lh-runs=N, default 1).
 *
 * Flags: --bundle, --data, --render, --startup or --lighthouse runs those parts only; --no-render,
 * --no-startup, --no-lighthouse skip one; --no-baseline measures the current build only, --baseline=<ref>
 * another baseline; --rebuild forces a fresh build; --runs=N sets the number of timed runs. Exits 1 if
 * the page's first-load scripts are over budget or a part failed. Results are only printed.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { distIsFresh, run } from '../test/e2e/global-setup.ts';
import type { Db } from '../mocks/db/store';
import { START_MODULES } from '../src/app/bootShell.ts';
import { median } from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIRST_LOAD_BUDGET_BYTES = 200_000;
export const BENCH_CASE_COUNT = 100_000;
export const BENCH_SEED = 20240224;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);

/** A full GC between timed runs, so one run does not pay for the garbage of the one before. */
const gc: (() => void) | undefined = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();

/**
 * Times `fn` `runs` times after one untimed warm-up; returns each run's milliseconds.
 * `gcEach`: a full GC before every run (for big allocations like seeding); otherwise one GC before
 * the series (a full GC before a short query makes it slower, not steadier).
 */
export function timeRuns<T>(fn: () => T, runs = RUNS, { gcEach = false } = {}): { times: number[]; last: T } {
  const kept: { last: T | undefined } = { last: fn() }; // warm-up (JIT)
  const times: number[] = [];
  gc?.();
  for (let i = 0; i < runs; i++) {
    kept.last = undefined; // let the previous result go before timing the next
    if (gcEach) gc?.();
    const t0 = performance.now();
    kept.last = fn();
    times.push(performance.now() - t0);
  }
  return { times, last: kept.last as T };
}

export interface Timing {
  name: string;
  medianMs: number;
  times: number[];
  /** What this timing should be compared with, measured in the same run. */
  baseline?: { name: string; medianMs: number };
  /** Free text, e.g. how many rows matched. */
  note?: string;
}

function printTimings(title: string, rows: Timing[]) {
  console.log(`\n${title}`);
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`  ${'what'.padEnd(w)}  ${'median'.padStart(10)}  ${'baseline'.padStart(10)}  ratio   baseline is`);
  for (const r of rows) {
    const ratio = r.baseline && r.baseline.medianMs > 0 ? `${(r.medianMs / r.baseline.medianMs).toPrecision(2)}×` : '';
    console.log(
      `  ${r.name.padEnd(w)}  ${ms(r.medianMs).padStart(10)}  ${(r.baseline ? ms(r.baseline.medianMs) : '').padStart(10)}  ${ratio.padEnd(6)}  ${r.baseline?.name ?? ''}${r.note ? `  (${r.note})` : ''}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Part 1: bundle
// ---------------------------------------------------------------------------------------------

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleReport {
  firstLoad: { files: { file: string; raw: number; gzip: number }[]; gzip: number; raw: number };
  /** Everything a browser downloads to show the sign-in page: the entry, the mock backend, the sign-in route, the shell's nb texts. */
  signInPage: {
    files: { file: string; raw: number; gzip: number }[];
    gzip: number;
    raw: number;
    jsGzip: number;
    cssGzip: number;
  };
  /** The mock backend's Web Worker (mocks/backend.worker.ts) and the chunks it imports: not on the page. */
  worker: { files: { file: string; raw: number; gzip: number }[]; gzip: number; raw: number };
  lazy: { entry: string; files: string[]; gzip: number; raw: number }[];
  totalGzip: number;
  overBudget: boolean;
}

export function analyseBundle(outDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const buf = readFileSync(join(outDir, file));
      s = { raw: buf.length, gzip: gzipSync(buf).length };
      sizes.set(file, s);
    }
    return s;
  };
  const closure = (key: string, acc = new Set<string>()) => {
    if (acc.has(key) || !manifest[key]) return acc;
    acc.add(key);
    for (const imp of manifest[key]!.imports ?? []) closure(imp, acc);
    return acc;
  };
  const filesOf = (keys: Iterable<string>) => {
    const files = new Set<string>();
    for (const k of keys) {
      files.add(manifest[k]!.file);
      for (const css of manifest[k]!.css ?? []) files.add(css);
    }
    return [...files];
  };

  const entryKey =
    Object.keys(manifest).find(
      (k) => manifest[k]!.isEntry && (k === 'index.html' || manifest[k]!.src === 'index.html'),
    ) ?? Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('No entry in the manifest');
  // The entry and what it imports at start-up (src/main.tsx's dynamic imports, preloaded with it).
  const firstKeys = closure(entryKey);
  for (const k of Object.keys(manifest)) if (START_MODULES.includes(manifest[k]!.src ?? k)) closure(k, firstKeys);
  const firstFiles = ['index.html', ...filesOf(firstKeys)];
  const first = firstFiles.map((file) => ({ file, ...size(file) }));

  const lazy = Object.keys(manifest)
    .filter((k) => manifest[k]!.isDynamicEntry)
    .map((k) => {
      const keys = [...closure(k)].filter((x) => !firstKeys.has(x));
      const files = filesOf(keys);
      return {
        entry: manifest[k]!.src ?? k,
        files,
        gzip: files.reduce((n, f) => n + size(f).gzip, 0),
        raw: files.reduce((n, f) => n + size(f).raw, 0),
      };
    })
    .filter((l) => l.files.length > 0) // the start's own parts are in the first load
    .sort((a, b) => b.gzip - a.gzip);

  const bootKeys = new Set(firstKeys);
  for (const k of Object.keys(manifest)) {
    const src = manifest[k]!.src ?? k;
    if (src === 'src/app/routes/login.tsx' || /locales\/nb\/(common|auth|notifications)\.json$/.test(src))
      closure(k, bootKeys);
  }
  const bootFiles = ['index.html', ...filesOf(bootKeys)].map((file) => ({ file, ...size(file) }));
  const bootGzip = bootFiles.reduce((n, f) => n + f.gzip, 0);
  const sum = (files: { gzip: number }[]) => files.reduce((n, f) => n + f.gzip, 0);
  const bootJsGzip = sum(bootFiles.filter((f) => f.file.endsWith('.js')));
  const bootCssGzip = sum(bootFiles.filter((f) => f.file.endsWith('.css')));

  // Web Workers are not in Vite's manifest: find the worker scripts the page's scripts name, then the chunks they import.
  const workerFiles = new Set<string>();
  const scan = (file: string, pattern: RegExp) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(pattern)].map((m) => m[1]!);
  for (const f of bootFiles.filter((x) => x.file.endsWith('.js')))
    for (const w of scan(f.file, /["'`/](assets\/[\w.-]*worker[\w.-]*\.js)["'`]/g)) workerFiles.add(w);
  const importPattern = /(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g;
  for (const w of workerFiles) for (const imp of scan(w, importPattern)) workerFiles.add(`assets/${imp}`); // a Set iterates what it gains
  const worker = [...workerFiles].map((file) => ({ file, ...size(file) }));

  const allFiles = new Set([...firstFiles, ...lazy.flatMap((l) => l.files)]);
  const firstGzip = first.reduce((n, f) => n + f.gzip, 0);
  return {
    firstLoad: { files: first, gzip: firstGzip, raw: first.reduce((n, f) => n + f.raw, 0) },
    signInPage: {
      files: bootFiles,
      gzip: bootGzip,
      raw: bootFiles.reduce((n, f) => n + f.raw, 0),
      jsGzip: bootJsGzip,
      cssGzip: bootCssGzip,
    },
    worker: { files: worker, gzip: sum(worker), raw: worker.reduce((n, f) => n + f.raw, 0) },
    lazy,
    totalGzip: [...allFiles].reduce((n, f) => n + size(f).gzip, 0),
    overBudget: bootJsGzip > FIRST_LOAD_BUDGET_BYTES,
  };
}

async function benchBundle(): Promise<boolean> {
  const dist = join(ROOT, 'dist');
  let outDir = dist;
  let temp: string | null = null;
  if (flag('rebuild') || !distIsFresh(dist) || !existsSync(join(dist, '.vite/manifest.json'))) {
    temp = mkdtempSync(join(tmpdir(), 'saksportal-bench-'));
    outDir = temp;
    console.log(`Building into ${temp} (npx vite build --manifest) …`);
    await run('npx', ['vite', 'build', '--manifest', '--outDir', temp, '--emptyOutDir'], { quiet: true });
  } else {
    console.log('Using the fresh build in dist/');
  }
  try {
    const r = analyseBundle(outDir);
    console.log('\nBundle (gzip level 6, kB = 1000 bytes)');
    console.log('  first load:');
    for (const f of r.firstLoad.files)
      console.log(`    ${f.file.padEnd(48)} ${kB(f.raw).padStart(10)} ${kB(f.gzip).padStart(10)} gzip`);
    console.log(
      `    ${'total entry (app shell)'.padEnd(48)} ${kB(r.firstLoad.raw).padStart(10)} ${kB(r.firstLoad.gzip).padStart(10)} gzip`,
    );
    const js = r.signInPage.jsGzip;
    console.log(
      `  whole first load of the sign-in page (entry + the page's half of the mock backend + sign-in route + shell texts):\n` +
        `    ${`${r.signInPage.files.length} files`.padEnd(48)} ${kB(r.signInPage.raw).padStart(10)} ${kB(r.signInPage.gzip).padStart(10)} gzip\n` +
        `    ${"  of which the page's scripts".padEnd(48)} ${''.padStart(10)} ${kB(js).padStart(10)} gzip` +
        `   budget ${kB(FIRST_LOAD_BUDGET_BYTES)}: ${r.overBudget ? `OVER by ${kB(js - FIRST_LOAD_BUDGET_BYTES)}` : `OK (${kB(FIRST_LOAD_BUDGET_BYTES - js)} left)`}\n` +
        `    ${'  of which CSS'.padEnd(48)} ${''.padStart(10)} ${kB(r.signInPage.cssGzip).padStart(10)} gzip`,
    );
    console.log(`  the mock backend's Web Worker (store, rules, handlers, zod, msw core; not on the page):`);
    for (const f of r.worker.files)
      console.log(`    ${f.file.padEnd(48)} ${kB(f.raw).padStart(10)} ${kB(f.gzip).padStart(10)} gzip`);
    if (!r.worker.files.length) console.log('    none found (the backend runs on the page)');
    console.log(`  lazy chunks (own files beyond the first load):${r.lazy.length ? '' : ' none'}`);
    for (const l of r.lazy) {
      const note = l.entry.startsWith('mocks/')
        ? '   (mock backend: loaded at every start, counted in the whole first load)'
        : '';
      console.log(
        `    ${l.entry.padEnd(48)} ${kB(l.raw).padStart(10)} ${kB(l.gzip).padStart(10)} gzip   ${l.files.length} file(s)${note}`,
      );
    }
    console.log(
      `  ${'total JS+CSS+HTML (each file once)'.padEnd(50)} ${''.padStart(10)} ${kB(r.totalGzip).padStart(10)} gzip`,
    );
    return !r.overBudget;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: data
// ---------------------------------------------------------------------------------------------

/** 100,000 plain objects shaped like seeded cases (same field count, strings, dates, 0-4 tasks). */
function plainCases(n: number) {
  const statuses = ['open', 'on_hold', 'closed', 'cancelled'] as const;
  const rows: Record<string, unknown>[] = [];
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let seq = 1; seq <= n; seq++) {
    const createdAt = new Date(1_700_000_000_000 - Math.floor(next() * 540) * 86_400_000).toISOString();
    const taskCount = Math.floor(next() * 5);
    const tasks = [];
    for (let i = 0; i < taskCount; i++) {
      tasks.push({
        id: `case-${seq}-t${i + 1}`,
        type: 'drying',
        status: 'A',
        officeId: 'o-1',
        userId: null,
        cashOffer: false,
        budget: null,
        workItems: [],
      });
    }
    rows.push({
      id: `case-${seq}`,
      seq,
      portalId: 'p-1',
      insurerCompanyId: 'c-1',
      status: statuses[Math.floor(next() * 4)],
      closeReason: null,
      street: `Storgata ${seq % 120}`,
      postalCode: '0150',
      city: 'Oslo',
      lat: 59.9 + next() * 0.08,
      lng: 10.7 + next() * 0.16,
      customerName: `Kari ${seq}`,
      customerPhone: `9${String(seq).padStart(7, '0')}`,
      customerEmail: `kunde${seq}@example.test`,
      claimNumber: `9${String(seq * 7919).padStart(11, '0')}`,
      damageType: 'water',
      description: 'Lekkasje.',
      createdAt,
      createdById: 'u-3',
      caseHandlerId: 'u-3',
      claimDecision: null,
      externalOfficeId: null,
      externalUserId: null,
      inspectionAt: null,
      inspectionReport: false,
      inspectionCompanyId: null,
      inspectorId: null,
      projectManagerId: null,
      originalOfficeId: null,
      attention: next() < 0.15,
      compensationPreApproved: false,
      subcontractor: false,
      reminder: false,
      customerPageShared: false,
      invoiceCount: 0,
      remoteVideoCalls: 0,
      remoteVideoMedia: 0,
      remoteVideoInvitedByOwnCompany: false,
      tasks,
      version: 1,
    });
  }
  return rows;
}

/**
 * Timings of queries over `db.cases`, each beside the bare scan (`all().filter(status === 'open')`).
 * Later engineers: add the case-list filter/handler timings in the marked section below.
 */
export function benchCases(db: Db, runs = RUNS): Timing[] {
  const scan = timeRuns(() => db.cases.all().filter((c) => c.status === 'open'), runs);
  const bare: Timing = {
    name: "bare scan: cases.all().filter(status === 'open')",
    medianMs: median(scan.times),
    times: scan.times,
    note: `${scan.last.length} of ${db.cases.size} rows`,
  };
  const baseline = { name: 'bare scan', medianMs: bare.medianMs };
  const rows: Timing[] = [bare];
  const add = (name: string, fn: () => unknown, note?: (result: unknown) => string) => {
    const r = timeRuns(fn, runs);
    rows.push({ name, medianMs: median(r.times), times: r.times, baseline, ...(note ? { note: note(r.last) } : {}) });
  };

  add('cases.get(id) × 1000', () => {
    let found = 0;
    for (let i = 1; i <= 1000; i++) if (db.cases.get(`case-${i * 97}`)) found++;
    return found;
  });

  // The case list's filter and handler timings are in scripts/bench-cases.ts (run by main below).

  return rows;
}

async function benchData(): Promise<boolean> {
  const { createDb } = await import('../mocks/db/store');
  const config = { caseCount: BENCH_CASE_COUNT, seed: BENCH_SEED };
  console.log(
    `\nData: ${BENCH_CASE_COUNT.toLocaleString('en')} cases, seed ${BENCH_SEED}, median of ${RUNS} runs after a warm-up${gc ? '' : ' (GC not available: seeding numbers are noisier)'}`,
  );

  const plain = timeRuns(() => plainCases(BENCH_CASE_COUNT), RUNS, { gcEach: true });
  const plainMs = median(plain.times);
  plain.last.length = 0;
  // What a start does (the cases made on demand, see Table.loadOnDemand), then the same with every case made.
  const seed = timeRuns(() => createDb(config), RUNS, { gcEach: true });
  const whole = timeRuns(() => createDb(config).cases.all(), RUNS, { gcEach: true });
  whole.last = [];
  const db = createDb(config);
  db.cases.all();
  const baseline = { name: `${BENCH_CASE_COUNT} plain case-shaped objects in a loop`, medianMs: plainMs };
  printTimings('Seeding', [
    {
      name: `createDb({ caseCount: ${BENCH_CASE_COUNT} }), cases on demand`,
      medianMs: median(seed.times),
      times: seed.times,
      baseline,
      note: `${db.cases.size} cases, ${db.notifications.size} notifications`,
    },
    {
      name: `the same, then every case made (cases.all())`,
      medianMs: median(whole.times),
      times: whole.times,
      baseline,
    },
  ]);
  printTimings('Queries over cases', benchCases(db));
  return true;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const onlyBundle = flag('bundle');
  const onlyData = flag('data');
  const onlyBrowser = ['render', 'startup', 'lighthouse'].some(flag);
  let ok = true;
  if (!onlyData && !onlyBrowser) {
    try {
      ok = (await benchBundle()) && ok;
    } catch (e) {
      ok = false;
      console.error(`Bundle part failed: ${(e as Error).message}`);
    }
  }
  if (!onlyBundle && !onlyBrowser) {
    try {
      ok = (await benchData()) && ok;
      const { benchCaseList } = await import('./bench-cases.ts');
      for (const line of await benchCaseList({ runs: RUNS })) console.log(line);
    } catch (e) {
      ok = false;
      console.error(`Data part failed: ${(e as Error).stack ?? e}`);
    }
  }
  // Browser parts (Chromium, production build), each on the current build beside the baseline build of
  // the same run (scripts/bench-browser.ts). Add further browser benchmarks to this list.
  const browserParts: { flag: string; title: string; run: () => Promise<string[]> }[] = [
    { flag: 'render', title: 'Render', run: async () => (await import('./bench-render.ts')).benchCaseListRender() },
    {
      flag: 'startup',
      title: 'Start-up',
      run: async () => (await import('./bench-startup.ts')).benchStartup({ runs: Math.min(RUNS, 5) }),
    },
    {
      flag: 'lighthouse',
      title: 'Lighthouse',
      run: async () =>
        (await import('./bench-lighthouse.ts')).benchLighthouse({
          runs: Number(args.find((a) => a.startsWith('--lh-runs='))?.slice(10) ?? 1),
        }),
    },
  ];
  const only = browserParts.filter((p) => flag(p.flag));
  if (!onlyBundle && !onlyData) {
    for (const part of only.length ? only : browserParts) {
      if (flag(`no-${part.flag}`)) continue;
      try {
        for (const line of await part.run()) console.log(line);
      } catch (e) {
        ok = false;
        console.error(`${part.title} part failed: ${(e as Error).stack ?? e}`);
      }
    }
  }
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
