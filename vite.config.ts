import { defineConfig, type IndexHtmlTransformContext } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { bootScript, bootShellHtml, type BootKind, type BootTexts } from './src/app/bootShell.ts';
import { earlyBackendScript } from './mocks/earlyStart.ts';

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
 * index.html: paints the boot shell (src/app/bootShell.ts) before any module script has run and, in the
 * build, starts the mock backend's worker first thing (mocks/earlyStart.ts). Runs after the bundle is
 * written ('post'), when the worker's file name is known.
 */
const indexHtml = () => ({
  name: 'saksportal-index-html',
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: IndexHtmlTransformContext) {
      const workerFile = Object.keys(ctx.bundle ?? {}).find((f) => /(^|\/)backend\.worker-[\w-]+\.js$/.test(f));
      const early = workerFile ? `<script>${earlyBackendScript(`/${workerFile}`)}</script>` : '';
      const variant = (lng: 'nb' | 'en') => {
        const t = bootTexts(lng);
        return Object.fromEntries((['signIn', 'app'] as BootKind[]).map((k) => [k, bootShellHtml(k, t)])) as Record<
          BootKind,
          string
        >;
      };
      return html
        .replace('<!--early-backend-->', early)
        .replace('<!--boot-shell-->', `<script>${bootScript({ nb: variant('nb'), en: variant('en') })}</script>`);
    },
  },
});

export default defineConfig({
  plugins: [react(), indexHtml()],
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
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
