import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { CaseList, caseListQueryToSearch, type CaseListQuery } from '@/api/contract';

type QueryParams = Record<string, string[]>;

/** The query string as the typed client wants it: repeated keys become arrays; empty (value-less) filters are left out. */
export function toQueryParams(q: CaseListQuery): QueryParams {
  const out: QueryParams = {};
  for (const [k, v] of caseListQueryToSearch(q)) if (v !== '') (out[k] ??= []).push(v);
  return out;
}

/** GET /cases: filtering, sorting and paging are the handler's job. */
export const getCases = (params: QueryParams, signal?: AbortSignal) =>
  apiRequest({ path: '/cases', query: params, schema: CaseList, signal });

/** The previous page stays shown while the next loads. */
export const casesQuery = (q: CaseListQuery) => {
  const params = toQueryParams(q);
  return queryOptions({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => getCases(params, signal),
    placeholderData: keepPreviousData,
  });
};

export const useCases = (q: CaseListQuery) => useQuery(casesQuery(q));
