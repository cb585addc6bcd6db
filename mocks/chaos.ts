/**
 * Latency and failure injection for the mock backend ("chaos switch"). Set it with URL parameters
 * `?mockLatency=800&mockFailRate=0.3` (kept for the browser tab) or from the demo panel.
 */
export interface Chaos {
  latencyMs: number;
  failRate: number;
}
const KEY = 'saksportal.chaos';
let current: Chaos = { latencyMs: 0, failRate: 0 };

export function readChaosFromLocation(search: string, storage: Storage | undefined = globalThis.sessionStorage) {
  const sp = new URLSearchParams(search);
  const stored = storage?.getItem(KEY);
  if (stored) {
    try {
      current = { ...current, ...(JSON.parse(stored) as Partial<Chaos>) };
    } catch {
      storage?.removeItem(KEY);
    }
  }
  if (sp.has('mockLatency') || sp.has('mockFailRate')) {
    setChaos(
      {
        latencyMs: Math.max(0, Number(sp.get('mockLatency') ?? current.latencyMs) || 0),
        failRate: Math.min(1, Math.max(0, Number(sp.get('mockFailRate') ?? current.failRate) || 0)),
      },
      storage,
    );
  }
}

export function setChaos(next: Chaos, storage: Storage | undefined = globalThis.sessionStorage) {
  current = next;
  storage?.setItem(KEY, JSON.stringify(next));
  for (const l of listeners) l(next);
}

type Listener = (chaos: Chaos) => void;
const listeners = new Set<Listener>();
/** The backend's worker tells the page when the switch changes (a worker has no sessionStorage). */
export function onChaosChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getChaos = (): Chaos => current;
