/**
 * Shared by the browser benchmarks (bench-render, bench-startup, bench-lighthouse; a search bench can use
 * the same): builds to measure, a server for each, Chromium, signing in, 100,000 cases.
 *
 * Every browser figure stands beside a baseline from the same run. The baseline of the *build* is the
 * app as it was before the speed work (`BASELINE_REF`, built from `git archive` into a temporary
 * directory and cached there by commit), served and measured exactly like the current build. Pass
 * `--baseline=<ref>` to compare with another commit, `--no-baseline` to measure the current build only.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { answers200, distIsFresh, productionEnv, ROOT, run } from '../test/e2e/global-setup.ts';

/** main before issue 12 (mock backend on the page, nothing painted before it was ready). */
export const BASELINE_REF = '229d98f';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const BENCH_CASES = 100_000;

export interface Build {
  /** "current" or "baseline <ref>". */
  label: string;
  dir: string;
}

export const argv = process.argv.slice(2);
export const argValue = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

let snapshot: string | null = null;

/**
 * The current build (dist/, built when stale, measured from a copy so that a rebuild of dist/ by the
 * journeys meanwhile cannot mix two builds) and, unless --no-baseline, the baseline build.
 */
export async function buildsToMeasure(): Promise<Build[]> {
  if (!snapshot) {
    if (!distIsFresh()) await run('npx', ['vite', 'build', '--manifest'], { quiet: true });
    snapshot = join(mkdtempSync(join(tmpdir(), 'saksportal-bench-current-')), 'dist');
    cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
    const dir = snapshot;
    process.once('exit', () => rmSync(join(dir, '..'), { recursive: true, force: true }));
  }
  const builds: Build[] = [{ label: 'current', dir: snapshot }];
  if (!argv.includes('--no-baseline')) {
    const ref = argValue('baseline') ?? BASELINE_REF;
    try {
      builds.push({ label: `baseline ${ref}`, dir: await baselineBuild(ref) });
    } catch (e) {
      console.error(`(no baseline build of ${ref}: ${(e as Error).message.split('\n')[0]})`);
    }
  }
  return builds;
}

/** Builds `ref` once into $TMPDIR/saksportal-bench-<sha>/dist (sources from git archive, this node_modules). */
export async function baselineBuild(ref: string): Promise<string> {
  const sha = execFileSync('git', ['rev-parse', '--short=12', `${ref}^{commit}`], { cwd: ROOT })
    .toString()
    .trim();
  const dir = join(tmpdir(), `saksportal-bench-${sha}`);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C '${dir}'`], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  console.log(`Building the baseline ${ref} (${sha}) into ${dist} …`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--manifest'], {
      cwd: dir,
      env: productionEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`baseline build failed: ${err.slice(-2000)}`)),
    );
  });
  return dist;
}

/** Serves a build with `vite preview --outDir` (the same server for every build); stop() kills it. */
export async function serve(build: Build, port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  if (await answers200(`${base}/`)) throw new Error(`Something already answers on ${base}`);
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', build.dir],
    {
      cwd: ROOT,
      env: productionEnv(),
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  };
  const deadline = Date.now() + 60_000;
  while (!(await answers200(`${base}/`))) {
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${base} did not answer 200`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The mock backend answers (its service worker controls the page and the store is seeded). The demo
 * accounts of the sign-in page are fetched through it in every build, so their appearance tells it.
 */
export async function waitForBackend(page: Page) {
  await page.getByText('admin@jorn6.test').first().waitFor();
}

/** Signs in through the form (the page must show /login). */
export async function signIn(page: Page, base: string, email = 'saksbehandler@jorn6.test') {
  await page.goto(`${base}/login`);
  await waitForBackend(page);
  await page.getByLabel(/^(E-postadresse|E-mail address)$/).fill(email);
  await page.getByLabel(/^(Passord|Password)$/).fill('demo');
  await page.getByRole('button', { name: /^(Logg inn|Sign in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Reseeds the mock backend with `caseCount` cases (kept across reloads); the page must show /login. Signs out. */
export async function reseed(page: Page, base: string, caseCount: number) {
  await page.goto(`${base}/login`);
  await waitForBackend(page);
  await page.evaluate(async (count) => {
    const json = { 'Content-Type': 'application/json' };
    const login = await fetch('/api/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'saksbehandler@jorn6.test', password: 'demo' }),
    });
    if (!login.ok) throw new Error(`login: ${login.status}`);
    const { token } = (await login.json()) as { token: string };
    const r = await fetch('/api/system/reset', {
      method: 'POST',
      headers: { ...json, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ caseCount: count }),
    });
    if (!r.ok) throw new Error(`reset: ${r.status}`);
    // Signed out again (the reset forgets sessions; the page must not think it has one).
    for (const k of ['saksportal.session.token', 'saksportal.session.last']) {
      localStorage.removeItem(k);
      sessionStorage.removeItem(k);
    }
  }, caseCount);
}

/**
 * Installed before any page script: records main-thread long tasks (> 50 ms) with their start times, so a
 * bench can ask for those that overlap a span (`longTasksBetween`).
 */
export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  window.__longTasks = tasks;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no Long Tasks API */ }
})()`;

export const longTasksBetween = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]) =>
      ((window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [])
        .filter(([s, d]) => s + d > a && s < b)
        .map(([, d]) => d),
    [from, to] as const,
  );

export const fmtMs = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
