import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
            setupFiles: ['./test/setup.ts'],
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.e2e.ts'],
            globalSetup: ['./test/e2e/global-setup.ts'],
            testTimeout: 90_000,
            // A browser journey can lose a race with a busy 2-core CI machine; one retry, reported by vitest.
            retry: 1,
            hookTimeout: 240_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
