import { afterFirstPaintScript } from './bootShell';

/** Runs the loader of index.html as the browser would (after the first frame) and waits for its steps. */
async function runLoader(script: string, { stepMs }: { stepMs: number }) {
  let clock = 0;
  const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += stepMs));
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
  // A mutation observer is told once per task (at its end) of all that task's appends.
  const tasks: string[][] = [];
  const observer = new MutationObserver((records) => {
    tasks.push(
      records.flatMap((r) =>
        [...r.addedNodes].map((n) => {
          const el = n as HTMLLinkElement & HTMLScriptElement;
          return el.tagName === 'LINK' ? `${el.rel} ${el.href}` : `script ${el.src}`;
        }),
      ),
    );
  });
  observer.observe(document.head, { childList: true });
  new Function(script)();
  // Until nothing more comes for a while.
  for (let seen = -1; seen !== tasks.length;) {
    seen = tasks.length;
    await new Promise((r) => setTimeout(r, 50));
  }
  observer.disconnect();
  now.mockRestore();
  vi.unstubAllGlobals();
  return tasks;
}

describe("index.html's loader", () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    (window as unknown as { started?: number }).started = 0;
  });

  const script = afterFirstPaintScript('window.started++;', '/assets/entry.js', [
    '/assets/a.js',
    '/assets/b.js',
    '/assets/c.js',
  ]);
  const all = [
    'modulepreload http://localhost:3000/assets/a.js',
    'modulepreload http://localhost:3000/assets/b.js',
    'modulepreload http://localhost:3000/assets/c.js',
    'script http://localhost:3000/assets/entry.js',
  ].map((s) => s.replace('http://localhost:3000', window.location.origin));

  it('starts the backend once and adds every preload, then the entry, in that order', async () => {
    const tasks = await runLoader(script, { stepMs: 0.1 });
    expect(tasks.flat()).toEqual(all);
    expect((window as unknown as { started: number }).started).toBe(1);
  });

  it('on a slow device spreads the steps over several tasks, still all of them and in order', async () => {
    // Every step takes longer than a task's budget: one step per task.
    const tasks = await runLoader(script, { stepMs: 5 });
    expect(tasks.flat()).toEqual(all);
    expect(tasks.length).toBeGreaterThan(1);
  });
});
