import type { QueryClient } from '@tanstack/react-query';

/**
 * Changes made in one tab reach the others: the mock backend's shared store posts on this channel after
 * every persisted write (and after a reset), the other tabs' stores catch up, and each page refetches
 * what it shows. A form being edited is never reset by this: forms keep their own values (and the
 * version they were read at), so a conflicting change is learnt on save, as a 409.
 */
export const CROSS_TAB_CHANNEL = 'saksportal.changes';

export interface CrossTabMessage {
  type: 'changed' | 'reset';
  epoch: string;
  rev: number;
  /** The tab whose request made the change (its own page already knows). */
  origin?: string;
}

/** Per page load: sent with every request so that a tab ignores the news of its own writes. */
export const TAB_ID = `tab-${Math.random().toString(36).slice(2, 10)}`;

export function listenForChanges(qc: QueryClient, ownTab: string = TAB_ID): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CROSS_TAB_CHANNEL);
  channel.onmessage = (e: MessageEvent<CrossTabMessage>) => {
    // Only writes made by a request of another tab: this tab's own, and a store's background work, are known here.
    if (!e.data?.origin || e.data.origin === ownTab) return;
    void qc.invalidateQueries();
  };
  return () => channel.close();
}
