import { afterFirstPaintScript } from './bootShell';

/**
 * The production loader under the signed-in boot shell (index.html): the page's scripts wait for the
 * backend's worker, and start at once when it says it is seeding many cases.
 */
const ENTRY = '/assets/index-test.js';
let worker: EventTarget;

function runLoader() {
  document.head.querySelectorAll('script, link').forEach((e) => e.remove());
  document.body.innerHTML = '<div id="root"><div class="shell boot"></div></div>';
  worker = new EventTarget();
  (window as unknown as { __testStart: () => void }).__testStart = () => {
    (window as unknown as { __testBackend: unknown }).__testBackend = { worker, queue: [], failed: false };
  };
  const script = afterFirstPaintScript({ start: 'window.__testStart()', global: '__testBackend' }, ENTRY, [
    '/assets/chunk-test.js',
  ]);
  new Function(script)();
}
const entryAdded = () => document.head.querySelector(`script[src="${ENTRY}"]`) !== null;
const say = (data: unknown) => worker.dispatchEvent(new MessageEvent('message', { data }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the signed-in loader starts the page when the backend', () => {
  it('is ready, and not at its other messages', () => {
    runLoader();
    say({ type: 'storage', key: 'k', value: 'v' });
    say({ type: 'chaos', chaos: {} });
    expect(entryAdded()).toBe(false);
    say({ type: 'ready', ms: 5 });
    expect(entryAdded()).toBe(true);
    expect(document.head.querySelector('link[rel="modulepreload"][href="/assets/chunk-test.js"]')).not.toBeNull();
  });

  it('says it is seeding many cases: the scripts start beside the seeding', () => {
    runLoader();
    say({ type: 'seeding', caseCount: 100_000 });
    expect(entryAdded()).toBe(true);
    say({ type: 'ready', ms: 900 });
    expect(document.head.querySelectorAll(`script[src="${ENTRY}"]`)).toHaveLength(1);
  });

  it('says nothing for 3 s: the scripts start anyway', () => {
    runLoader();
    vi.advanceTimersByTime(2_900);
    expect(entryAdded()).toBe(false);
    vi.advanceTimersByTime(200);
    expect(entryAdded()).toBe(true);
  });
});
