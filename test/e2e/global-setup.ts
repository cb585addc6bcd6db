/**
 * Vitest globalSetup of the `e2e` project (runs once, in the main process, only when e2e files run).
 *
 * 1. Builds the app with `npx vite build` when `dist/` is missing, older than the sources, or when
 *    E2E_REBUILD=1. (Only vite build: type errors are the typecheck's job, not the browser tests'.)
 * 2. Serves it with `npx vite preview` on 127.0.0.1:4173 (E2E_PORT overrides the port), in its own
 *    process group, and waits until it answers 200.
 * 3. Provides the base URL to tests: `inject('baseURL')` (or `baseURL()` from ./browser).
 *
 * E2E_BASE_URL=http://host:port skips 1 and 2 and runs the journeys against a server you started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SERVER_TIMEOUT_MS = 60_000;

/** What goes into the build: a change to any of these makes `dist/` stale. */
const BUILD_INPUTS = [
  'src',
  'mocks',
  'locales',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
];

function newestMtime(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when `<outDir>/index.html` exists and is newer than every build input. */
export function distIsFresh(outDir = join(ROOT, 'dist')): boolean {
  const html = join(outDir, 'index.html');
  if (!existsSync(html)) return false;
  const built = statSync(html).mtimeMs;
  return BUILD_INPUTS.every((p) => newestMtime(join(ROOT, p)) <= built);
}

/**
 * The environment for vite build/preview: vitest sets NODE_ENV=test (and VITEST*), which would make
 * `vite build` bundle React's development build. The journeys must run the production build.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const k of Object.keys(env)) if (k === 'TEST' || k.startsWith('VITEST')) delete env[k];
  return env;
}

/** Runs a command in the repo root (production env), streaming its output; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], opts: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: productionEnv(),
      stdio: opts.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            `\`${cmd} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`})${out ? `:\n${out.slice(-4000)}` : ''}`,
          ),
        );
    });
  });
}

export async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer().catch(() => undefined);
    return res.status === 200;
  } catch {
    return false;
  }
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: npx, node vite, anything they spawned
  } catch {
    /* already gone */
  }
}

/** Builds `dist/` with `npx vite build --manifest` when it is stale (or E2E_REBUILD=1). */
export async function ensureFreshBuild(log: (line: string) => void = console.log): Promise<void> {
  if (process.env.E2E_REBUILD === '1' || !distIsFresh()) {
    log('[e2e] building the app: npx vite build --manifest');
    const t0 = Date.now();
    // --manifest lets `npm run bench` reuse this build; it changes nothing the browser loads.
    await run('npx', ['vite', 'build', '--manifest']);
    log(`[e2e] built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } else {
    log('[e2e] dist/ is fresh: not rebuilding (E2E_REBUILD=1 forces it)');
  }
}

export interface PreviewServer {
  baseURL: string;
  /** Stops the server's whole process group (idempotent). */
  stop(): Promise<void>;
}

/**
 * Serves `dist/` with `npx vite preview` on 127.0.0.1:<port> in its own process group and resolves once
 * it answers 200. Used by the globalSetup below and by the capture scripts (`npm run screens`, `npm run review`).
 */
export async function startPreview(port: number = PORT): Promise<PreviewServer> {
  const baseURL = `http://${HOST}:${port}`;
  if (await answers200(`${baseURL}/`)) {
    throw new Error(`Something already answers on ${baseURL}: stop it, or set E2E_PORT, or E2E_BASE_URL to use it.`);
  }
  const server = spawn('npx', ['vite', 'preview', '--host', HOST, '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    env: productionEnv(),
    detached: true, // own process group, killed as a whole in teardown
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited: string | null = null;
  server.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  server.on('error', (e) => (exited = String(e)));
  // If the process dies without calling stop(), do not leave the server behind.
  const onExit = () => killGroup(server);
  process.once('exit', onExit);

  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (!(await answers200(`${baseURL}/`))) {
    if (exited !== null || Date.now() > deadline) {
      killGroup(server);
      process.off('exit', onExit);
      throw new Error(
        `vite preview did not answer 200 on ${baseURL}/ ${exited !== null ? `(it ended: ${exited})` : `within ${SERVER_TIMEOUT_MS / 1000} s`}\n${log}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  const stop = async () => {
    process.off('exit', onExit);
    if (exited !== null) return;
    const gone = new Promise<void>((r) => server.once('exit', () => r()));
    killGroup(server);
    const timer = setTimeout(() => {
      try {
        if (server.pid !== undefined) process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5_000);
    await Promise.race([gone, new Promise((r) => setTimeout(r, 8_000))]);
    clearTimeout(timer);
  };
  return { baseURL, stop };
}

export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL?.replace(/\/+$/, '');
  if (external) {
    if (!(await answers200(`${external}/`))) throw new Error(`E2E_BASE_URL=${external} does not answer 200`);
    project.provide('baseURL', external);
    return;
  }
  await ensureFreshBuild();
  const server = await startPreview();
  console.log(`[e2e] vite preview serves ${server.baseURL}`);
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
