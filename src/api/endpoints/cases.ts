import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { CaseDetail } from '../contract';

/**
 * The case detail is shared by the case header and the case tabs, so its query lives here, not in a feature.
 * Every mutation of a case invalidates `caseKeys.detail(id)` (and the log) only.
 */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (params: Record<string, unknown>) => [...caseKeys.lists(), params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  /** The case log (its query lives in the case header feature). */
  log: (id: string) => [...caseKeys.all, 'detail', id, 'log'] as const,
};

export const getCase = (id: string, signal?: AbortSignal) =>
  apiRequest({ path: `/cases/${encodeURIComponent(id)}`, schema: CaseDetail, signal });

export const caseQuery = (id: string) =>
  queryOptions({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => getCase(id, signal) });

/** Notifications change with cases (a role assigned resolves one): their key lives beside the case keys. */
export const notificationKeys = { all: ['notifications'] as const };

/**
 * After any change of a case: the case and its log now, and every list, count and notification that may
 * show it (case list, dashboard, bell) when next shown. Other cases' details are not refetched.
 */
export function invalidateAfterCaseChange(qc: QueryClient, caseId: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
    qc.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
    qc.invalidateQueries({ queryKey: notificationKeys.all }),
  ]);
}
