/**
 * When the backend starts. Under the signed-in shell: at once (index.html's loader in the build has
 * started its worker before the first paint already), since that page's first data waits for it. On the
 * sign-in page, nothing needs it before the user acts: it starts once the page has replaced the boot
 * shell and the main thread is idle, or at the user's first key, click or tap if sooner. Started beside
 * the page's scripts, its start-up (its own scripts, zod, the store) took the two cores of a phone from
 * them: the form was usable later and the main thread's tasks took longer.
 */
export function backendMayStart(): Promise<void> {
  const root = document.getElementById('root');
  if (!root?.querySelector('.login.boot')) return Promise.resolve();
  return new Promise((resolve) => {
    const inputs = ['keydown', 'pointerdown', 'focusin'] as const;
    const go = () => {
      observer.disconnect();
      inputs.forEach((type) => window.removeEventListener(type, go, true));
      resolve();
    };
    inputs.forEach((type) => window.addEventListener(type, go, true));
    const whenIdle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(go, { timeout: 1000 }) : setTimeout(go, 0);
    const observer = new MutationObserver(() => {
      if (root.querySelector('.boot')) return;
      observer.disconnect();
      whenIdle();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
