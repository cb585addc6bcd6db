/**
 * Main-thread CPU time of page loads, robust to a busy machine: `node --import tsx scripts/bench-cpu.ts
 * <dist> [<dist>…] [--paths=/,/cases,/cases/case-1] [--runs=3] [--signed-out]`.
 * `--signed-out`: a first visit to each path without signing in (a new browser profile each run), e.g.
 * `--paths=/login`. Beside the main thread, the CPU time of the mock backend's worker thread (its start-up
 * and its answers during the load) is reported too.
 * Each build is served (BENCH_PORT and on, 4325 unless set), signed in, and each path loaded with a
 * Chromium trace; the figures are the renderer main thread's *thread* time (CPU time, not wall time, so
 * other processes on the machine do not inflate it): all of it until the network is idle + 2 s, and an
 * estimated blocking time, Σ max(0, 4 × task − 50 ms) like Lighthouse's 4× CPU slowdown. Builds are
 * interleaved; medians of the runs. For before/after comparisons while the machine is shared.
 */
import { readFileSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, serve, signIn } from './bench-browser.ts';
import { median } from './stats.ts';

const argv = process.argv.slice(2);
const opt = (n: string) => argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
const dists = argv.filter((a) => !a.startsWith('--'));
const paths = (opt('paths') ?? '/,/cases,/cases/case-1').split(',');
const RUNS = Number(opt('runs') ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4325);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
const SIGNED_OUT = argv.includes('--signed-out');

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const served = await Promise.all(dists.map((dir, k) => serve({ label: dir, dir }, PORT + k)));
const results = new Map<string, { cpu: number[]; tbt: number[]; worker: number[] }>();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [k, { base }] of served.entries()) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      if (!SIGNED_OUT) await signIn(page, base);
      for (const path of paths) {
        if (!SIGNED_OUT) {
          await page.goto(`${base}/login`);
          await page.waitForTimeout(500);
        }
        const file = `/tmp/bench-cpu-${process.pid}.json`;
        await browser.startTracing(page, {
          path: file,
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
        });
        await page.goto(`${base}${path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(2000);
        await browser.stopTracing();
        const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };
        if (!process.env.KEEP_TRACE) rmSync(file);
        // The renderer's main thread that parsed this document.
        const parse = traceEvents.filter((e) => e.name === 'ParseHTML')[0]!;
        const tasks = traceEvents.filter(
          (e) =>
            e.pid === parse.pid &&
            e.tid === parse.tid &&
            e.ph === 'X' &&
            e.name === 'RunTask' &&
            e.ts >= parse.ts - 1000,
        );
        const cpu = tasks.reduce((s, t) => s + (t.tdur ?? t.dur ?? 0), 0) / 1000;
        const tbt = tasks.reduce((s, t) => s + Math.max(0, (4 * (t.tdur ?? t.dur ?? 0)) / 1000 - 50), 0);
        // The backend's dedicated worker (the page's only one) in the same renderer process.
        const workerThreads = new Set(
          traceEvents
            .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === parse.pid)
            .filter((e) => e.args?.name === 'DedicatedWorker thread')
            .map((e) => e.tid),
        );
        const worker =
          traceEvents
            .filter((e) => e.pid === parse.pid && workerThreads.has(e.tid) && e.ph === 'X' && e.name === 'RunTask')
            .reduce((s, t) => s + (t.tdur ?? t.dur ?? 0), 0) / 1000;
        const key = `${k}|${path}`;
        const r = results.get(key) ?? { cpu: [], tbt: [], worker: [] };
        r.cpu.push(cpu);
        r.tbt.push(tbt);
        r.worker.push(worker);
        results.set(key, r);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  served.forEach((s) => s.stop());
}
console.log(
  `main-thread CPU until idle (ms) / estimated TBT at 4× (ms) / the backend worker's CPU (ms), median of ${RUNS}:`,
);
for (const path of paths) {
  for (const [k, dir] of dists.entries()) {
    const r = results.get(`${k}|${path}`)!;
    console.log(
      `  ${path.padEnd(16)} ${dir.padEnd(48)} cpu ${median(r.cpu).toFixed(0).padStart(5)}  tbt ${median(r.tbt).toFixed(0).padStart(6)}  worker ${median(r.worker).toFixed(0).padStart(5)}   (cpu ${r.cpu.map((x) => x.toFixed(0)).join(', ')}; worker ${r.worker.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }
}
