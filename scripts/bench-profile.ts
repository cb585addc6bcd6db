/**
 * Where does the main thread's time go? `node --import tsx scripts/bench-profile.ts [path…] [--throttle=4] [--top=30]`
 * Serves dist/ (BENCH_PORT, 4320 unless set), signs in, then loads each path (default /, /cases, /cases/case-1)
 * with the CPU slowed down like Lighthouse's mobile preset, records a JS sampling profile of the page's main
 * thread and its long tasks, and prints the heaviest functions by self time and by script.
 * `--stretches=N` details the N longest busy stretches (3 unless set).
 * `--signed-out` profiles without signing in (for /login).
 * For finding hot spots; the figures to compare builds come from `npm run bench`.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, LONG_TASK_OBSERVER, serve, signIn } from './bench-browser.ts';
import { ROOT } from '../test/e2e/global-setup.ts';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const argv = process.argv.slice(2);
const opt = (n: string, d: number) => Number(argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3) ?? d);
const paths = argv.filter((a) => !a.startsWith('--'));
const THROTTLE = opt('throttle', 4);
const TOP = opt('top', 30);
const PORT = Number(process.env.BENCH_PORT ?? 4320);
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const maps = new Map<string, TraceMap | null>();
/** The source file of a position, when the build has source maps (`vite build --sourcemap`). */
function sourceOf(file: string, line: number, column: number): string {
  if (!maps.has(file)) {
    const m = join(DIST, file + '.map');
    maps.set(file, existsSync(m) ? new TraceMap(readFileSync(m, 'utf8')) : null);
  }
  const map = maps.get(file);
  if (!map || line < 0) return file;
  const src = originalPositionFor(map, { line: line + 1, column }).source;
  return src ? src.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(\.pnpm\/)?/, '~') : file;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const { base, stop } = await serve({ label: 'current', dir: DIST }, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page = await context.newPage();
  if (!argv.includes('--signed-out')) await signIn(page, base);
  for (const path of paths.length ? paths : ['/', '/cases', '/cases/case-1']) {
    await page.goto(`${base}/login`); // leave the page, keep the session
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const longTasks = await page.evaluate(() =>
      (window as unknown as { __longTasks: [number, number][] }).__longTasks.map(
        ([s, d]) => `${Math.round(s)}+${Math.round(d)}`,
      ),
    );
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const fn = new Map<string, number>();
    const script = new Map<string, number>();
    for (const [id, t] of self) {
      const f = byId.get(id)!.callFrame;
      const file = f.url.replace(base, '') || '(native)';
      const src = f.url ? sourceOf(file, f.lineNumber, f.columnNumber) : file;
      const key = `${f.functionName || '(anon)'}  ${src}`;
      fn.set(key, (fn.get(key) ?? 0) + t);
      const mod = src.startsWith('~')
        ? src
            .split('/')
            .slice(0, src.startsWith('~@') ? 2 : 1)
            .join('/')
        : src;
      script.set(mod, (script.get(mod) ?? 0) + t);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
        .join('\n');
    console.log(`\n=== ${path} (CPU ×${THROTTLE}) long tasks [start+ms]: ${longTasks.join(' ')}`);
    console.log(`by script:\n${top(script, 25)}\nby function (self):\n${top(fn, TOP)}`);
    // The longest busy stretches (samples between two idle ones) and what they spent their time in, inclusive.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const segs: { t: number; ids: number[]; dts: number[] }[] = [];
    let cur: { t: number; ids: number[]; dts: number[] } | null = null;
    profile.samples.forEach((id, i) => {
      const name = byId.get(id)!.callFrame.functionName;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (name === '(idle)') {
        if (cur) segs.push(cur);
        cur = null;
        return;
      }
      cur ??= { t: 0, ids: [], dts: [] };
      cur.t += dt;
      cur.ids.push(id);
      cur.dts.push(dt);
    });
    if (cur) segs.push(cur);
    for (const seg of segs.sort((a, b) => b.t - a.t).slice(0, opt('stretches', 3))) {
      const incl = new Map<string, number>();
      seg.ids.forEach((id, i) => {
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = byId.get(n)!.callFrame;
          if (!f.url) continue;
          const key = `${f.functionName || '(anon)'} ${sourceOf(f.url.replace(base, ''), f.lineNumber, f.columnNumber)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          incl.set(key, (incl.get(key) ?? 0) + seg.dts[i]!);
        }
      });
      const selfIn = new Map<string, number>();
      seg.ids.forEach((id, i) => {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url ? sourceOf(f.url.replace(base, ''), f.lineNumber, f.columnNumber) : '(native)'}`;
        selfIn.set(key, (selfIn.get(key) ?? 0) + seg.dts[i]!);
      });
      console.log(`busy stretch ${seg.t.toFixed(0)} ms, inclusive:\n${top(incl, TOP)}\n  self:\n${top(selfIn, 8)}`);
    }
    await cdp.detach();
  }
} finally {
  await browser.close();
  stop();
}
