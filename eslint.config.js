import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/**
 * Feature folders may not import each other (route modules in src/app compose them). The zones are
 * computed from the folder list, so a new feature is covered without editing this file.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const featureZones = features.map((f) => ({
  files: [`src/features/${f}/**/*.{ts,tsx}`],
  // Tests may reach into the mock store (simulate a reload, make a version stale).
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features
              .filter((o) => o !== f)
              .flatMap((o) => [`@/features/${o}`, `@/features/${o}/*`, `**/features/${o}/*`]),
            message: 'Features do not import each other; compose them in src/app.',
          },
          { group: ['@mocks/*', '**/mocks/*'], message: 'The app talks to the backend through src/api only.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The full recommended set (rules of hooks, exhaustive deps, the React Compiler's purity and ref rules).
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@mocks/*', '**/mocks/*'], message: 'The app talks to the backend through src/api only.' },
          ],
        },
      ],
    },
  },
  // Accessibility of the markup: every control named, interactive roles focusable, no tabindex on static content.
  { files: ['src/**/*.tsx'], ...jsxA11y.configs.recommended },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrolling table box is a named region that must take keyboard focus to be scrolled (WCAG 2.1.1).
      'jsx-a11y-x/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
    },
  },
  ...featureZones,
);
