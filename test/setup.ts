// IndexedDB for the mock backend's shared store (jsdom has none); first, before Dexie is loaded.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '@mocks/node';
import { openDb, resetDb } from '@mocks/db';
import { onInternalError } from '@mocks/handlers/http';
import { internalErrorsExpected } from './api';
import { setChaos } from '@mocks/chaos';
import { initI18n } from '@/lib/i18n';
import { allResources } from './locales';

await initI18n('nb', allResources);
// Screens are tested on the memory-only store; tests of the store itself open it on IndexedDB (onIndexedDb).
await openDb({ persist: false });

// jsdom 29 has <dialog> but not showModal/close: the smallest stand-in that opens, closes and says so.
// (The browser's top layer and inert page are checked by the browser journeys, not here.)
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
// CI has two cores shared by jsdom and lazy route chunks: give findBy* more than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  setChaos({ latencyMs: 0, failRate: 0 });
  await resetDb();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

// A test that logs an error has a bug somewhere: fail it instead of scrolling past the noise.
// Errors are collected and reported after the test; throwing inside console.error would abort
// React's own work and turn one problem into a confusing other one. React's act() notices are
// timing noise of asynchronous screens (every query resolves outside act), so they are not counted.
const originalError = console.error;
let loggedErrors: string[] = [];
beforeEach(() => {
  loggedErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('not wrapped in act(')) return;
    originalError(...args);
    loggedErrors.push(text.slice(0, 500));
  });
});
afterEach(() => {
  if (loggedErrors.length) throw new Error(`console.error was called:\n${loggedErrors.join('\n')}`);
});

// A 500 is a bug in a handler: a test fails on any it did not ask for (`expectInternalErrors()` in test/api.ts).
let internalErrors: string[] = [];
beforeEach(() => {
  internalErrors = [];
  internalErrorsExpected.value = false;
});
onInternalError((error, request) => {
  if (!internalErrorsExpected.value)
    internalErrors.push(`${request.method} ${request.url}: ${String((error as Error)?.stack ?? error).slice(0, 800)}`);
});
afterEach(() => {
  if (internalErrors.length) throw new Error(`The mock backend answered 500:\n${internalErrors.join('\n')}`);
});
