import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
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
