/**
 * The worker's side channel to the page, and localStorage inside the worker (a worker has none; MSW and
 * the store expect one). Imported first by mocks/backend.worker.ts, so it exists before MSW loads.
 */
import type { FromBackend, ToBackend } from './protocol';

interface WorkerScope {
  postMessage(message: FromBackend, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToBackend>) => void): void;
}
export const scope = self as unknown as WorkerScope;
export const post = (message: FromBackend, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/**
 * localStorage inside the worker (a worker has none): starts from the page's entries and mirrors every
 * write back to the page, so the store's persisted changes survive a reload as before. Chromium's
 * localStorage holds about 5 million characters per origin; past that, writes fail like the real one.
 */
export class MirroredStorage implements Storage {
  private map = new Map<string, string>();
  /** The page's entries, sent with the worker's `init` message. */
  load(entries: [string, string][]) {
    this.map = new Map(entries);
  }
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let chars = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) chars += k.length + v.length;
    if (chars > 5_000_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, String(value));
    post({ type: 'storage', key, value: String(value) });
  }
  removeItem(key: string) {
    if (this.map.delete(key)) post({ type: 'storage', key, value: null });
  }
  clear() {
    for (const key of [...this.map.keys()]) this.removeItem(key);
  }
}

export const mirroredStorage = new MirroredStorage();
Object.defineProperty(globalThis, 'localStorage', { value: mirroredStorage, configurable: true });
