import { defineConfig, type IndexHtmlTransformContext, type PreviewServer, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import {
  afterFirstPaintScript,
  bootScript,
  bootShellHtml,
  START_MODULES,
  type BootKind,
  type BootTexts,
} from './src/app/bootShell.ts';
import { EARLY_BACKEND_GLOBAL, earlyBackendScript } from './mocks/earlyStart.ts';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The boot shell's texts, from the same locale files the app uses. */
function bootTexts(lng: 'nb' | 'en'): BootTexts {
  const read = (ns: string) => JSON.parse(readFileSync(r(`./locales/${lng}/${ns}.json`), 'utf8'));
  const common = read('common');
  const auth = read('auth');
  return {
    appName: common.appName,
    loading: common.states.loading,
    signInTitle: auth.title,
    email: auth.email,
    password: auth.password,
    submit: auth.submit,
    demoAccounts: auth.demoAccounts,
    demoHint: auth.demoHint,
  };
}

/**
 * The chunks of START_MODULES and everything they import, as URLs: preloaded with the entry, so that
 * splitting the start into parts that run one after the other costs no extra round trips. (Rolldown's
 * chunk info lists no dynamic imports for the HTML entry, so the chunks are found by their module.)
 */
function startChunks(bundle: Rolldown.OutputBundle): string[] {
  const chunks = new Map(
    Object.values(bundle)
      .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
      .map((c) => [c.fileName, c]),
  );
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    for (const i of chunks.get(file)?.imports ?? []) visit(i);
  };
  for (const m of START_MODULES) {
    const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(`/${m}`));
    if (!chunk) throw new Error(`index.html: no chunk for the start module ${m}`);
    visit(chunk.fileName);
  }
  return [...found].map((f) => `/${f}`);
}

/**
 * index.html: paints the boot shell (src/app/bootShell.ts) before any module script has run and, in the
 * build, starts the mock backend's worker (mocks/earlyStart.ts) and the page's scripts right after that
 * first paint (afterFirstPaintScript). Runs after the bundle is written ('post'), when the worker's and
 * the entry's file names are known.
 */
const indexHtml = () => ({
  name: 'saksportal-index-html',
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: IndexHtmlTransformContext) {
      const workerFile = Object.keys(ctx.bundle ?? {}).find((f) => /(^|\/)backend\.worker-[\w-]+\.js$/.test(f));
      const variant = (lng: 'nb' | 'en') => {
        const t = bootTexts(lng);
        return Object.fromEntries((['signIn', 'app'] as BootKind[]).map((k) => [k, bootShellHtml(k, t)])) as Record<
          BootKind,
          string
        >;
      };
      const boot = `<script>${bootScript({ nb: variant('nb'), en: variant('en') })}</script>`;
      if (!workerFile) return html.replace('<!--boot-shell-->', boot);
      // The build: the entry script and its preloads move into the after-first-paint loader, with the
      // backend's early start (see afterFirstPaintScript).
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
      const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
      if (!entry) throw new Error('index.html: no entry script to load after the first paint');
      let out = html.replace(entry[0], '');
      for (const p of preloads) out = out.replace(p[0], '');
      const loader = afterFirstPaintScript(
        { start: earlyBackendScript(`/${workerFile}`), global: EARLY_BACKEND_GLOBAL },
        entry[1]!,
        [...new Set([...preloads.map((p) => p[1]!), ...startChunks(ctx.bundle ?? {})])],
      );
      return out.replace('<!--boot-shell-->', `${boot}<script>${loader}</script>`);
    },
  },
});

/**
 * The demo server (`npm run preview`) serves the build's hashed files (`/assets/*`: a changed file gets a
 * new name) as a production server would: cacheable for a year, never revalidated. Without this, every
 * start of a returning user asked the server again for each of its ~40 scripts (a 304 each, one round
 * trip per step of the import chain). index.html and the service worker keep `no-cache`.
 */
const immutableAssets = () => ({
  name: 'saksportal-immutable-assets',
  configurePreviewServer(server: PreviewServer) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      next();
    });
  },
});

export default defineConfig({
  plugins: [react(), indexHtml(), immutableAssets()],
  resolve: {
    alias: {
      '@': r('./src'),
      '@mocks': r('./mocks'),
      '@test': r('./test'),
      '@locales': r('./locales'),
      // MSW's cookie emulation is unused (bearer tokens): keep tough-cookie out of the browser bundle.
      ...(process.env.VITEST ? {} : { 'tough-cookie': r('./mocks/shims/tough-cookie.ts') }),
    },
  },
  // The mock backend runs in a module Web Worker (mocks/backend.worker.ts), with its own chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // index.html preloads the entry's imports (the loader adds them after the first paint). A lazy page's
    // imports are not preloaded by script: Vite's helper adds a <link rel=modulepreload> per import at every
    // dynamic import, and adding them cost the main thread ~25 ms at start-up (~95 ms at Lighthouse's ×4);
    // the browser finds those imports when it parses the page's chunk, which is one round trip more.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
