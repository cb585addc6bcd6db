import { queryOptions } from '@tanstack/react-query';
import { apiRequest, lazySchema, sessionToken } from '../client';

const schemas = () => import('../systemStatus');
const SystemStatus = lazySchema(() => schemas().then((m) => m.SystemStatus));
export const Clock = lazySchema(() => schemas().then((m) => m.Clock));

export const systemStatusKey = ['system', 'status'] as const;

/**
 * The demo backend's status, one query for the demo panel, the demo clock and the storage notice (each
 * reads its part), so that a page load asks once. Refetched after the demo's own actions.
 */
export const systemStatusQuery = () =>
  queryOptions({
    queryKey: systemStatusKey,
    queryFn: ({ signal }) => apiRequest({ path: '/system/status', schema: SystemStatus, signal }),
    retry: false,
    staleTime: 60_000,
  });

const Anything = lazySchema(() => schemas().then((m) => m.Anything));

/** "Tilbakestill demodata": every change forgotten, in every tab; this tab is signed out. */
export async function resetDemoData() {
  await apiRequest({ method: 'POST', path: '/system/reset', body: {}, schema: SystemStatus });
  sessionToken.set(null);
}

/** The demo's latency and failure switch. */
export const setBackendChaos = (body: { latencyMs: number; failRate: number }) =>
  apiRequest({ method: 'PUT', path: '/system/chaos', schema: Anything, body });
