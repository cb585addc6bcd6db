import { whenBackendReady } from './api/client';
import { yieldToMain } from './lib/yieldToMain';
import { backendMayStart } from './app/backendStart';
import './styles.css';
// The toasts' styles with the page's (their component loads with the app part below).
import './components/ui/Toast.css';

// The backend of this product is Mock Service Worker, in dev and in the production demo alike: a service
// worker, and the store seeded in its own Web Worker. Nothing on screen waits for it, only the API calls do.
whenBackendReady(backendMayStart().then(() => import('../mocks/browser').then((m) => m.startMockBackend())));

/**
 * The page's code in two parts, React DOM and the app (router, React Query, i18next, the shell), fetched
 * at once (index.html preloads both, see vite.config.ts) and each evaluated in a task of its own, with the
 * main thread given back before the app starts. Run as one, the scripts' first evaluation was the longest
 * task of a page load (~100 ms, and ~400 ms on a phone-speed CPU, without a code cache: every function
 * compiled as first called); in parts, input and painting can come between them.
 */
async function boot() {
  const reactDom = import('react-dom/client');
  const app = import('./app/start');
  const { createRoot } = await reactDom;
  await yieldToMain();
  const { start } = await app;
  await yieldToMain();
  await start(createRoot);
}

void boot();
