/**
 * Gives the main thread back to the browser (input, painting) before going on: `scheduler.yield()` where
 * the browser has it, else a new task.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
