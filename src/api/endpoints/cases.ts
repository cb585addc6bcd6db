import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { CaseDetail, CaseLog } from '../contract';

/**
 * The case detail is shared by the case header and the case tabs, so its query lives here, not in a feature.
 * Every mutation of a case invalidates `caseKeys.detail(id)` (and the log) only.
 */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (params: Record<string, unknown>) => [...caseKeys.lists(), params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  log: (id: string) => [...caseKeys.all, 'detail', id, 'log'] as const,
};

export const getCase = (id: string, signal?: AbortSignal) => apiRequest({ path: `/cases/${encodeURIComponent(id)}`, schema: CaseDetail, signal });

export const caseQuery = (id: string) =>
  queryOptions({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => getCase(id, signal) });

export const caseLogQuery = (id: string) =>
  queryOptions({
    queryKey: caseKeys.log(id),
    queryFn: ({ signal }) => apiRequest({ path: `/cases/${encodeURIComponent(id)}/log`, schema: CaseLog, signal }),
  });
