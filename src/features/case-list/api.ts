import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { CaseFilterOptions, CaseList, caseListQueryToSearch, type CaseListQuery } from '@/api/contract';

type QueryParams = Record<string, string[]>;

/** The query string as the typed client wants it: repeated keys become arrays; empty (value-less) filters are left out. */
export function toQueryParams(q: CaseListQuery): QueryParams {
  const out: QueryParams = {};
  for (const [k, v] of caseListQueryToSearch(q)) if (v !== '') (out[k] ??= []).push(v);
  return out;
}

/** GET /cases: filtering, sorting and paging are the handler's job; the previous page stays shown while the next loads. */
export const caseListQuery = (q: CaseListQuery) => {
  const params = toQueryParams(q);
  return queryOptions({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => apiRequest({ path: '/cases', query: params, schema: CaseList, signal }),
    placeholderData: keepPreviousData,
  });
};

/** Where the values of the server-side choice filters stand (GET /cases/filter-options). */
export interface FilterOptionsState {
  data: CaseFilterOptions | undefined;
  isError: boolean;
  error: unknown;
  retry: () => void;
}

export const filterOptionsQuery = () =>
  queryOptions({
    queryKey: [...caseKeys.all, 'filter-options'] as const,
    queryFn: ({ signal }) => apiRequest({ path: '/cases/filter-options', schema: CaseFilterOptions, signal }),
    staleTime: 60_000,
  });
