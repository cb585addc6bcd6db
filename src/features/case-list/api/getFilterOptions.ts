import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { CaseFilterOptions } from '@/api/contract';

/** Where the values of the server-side choice filters stand, as the panel and its editors need it. */
export interface FilterOptionsState {
  data: CaseFilterOptions | undefined;
  isError: boolean;
  error: unknown;
  retry: () => void;
}

/** GET /cases/filter-options: the values of the choice filters the viewer may choose from. */
export const getFilterOptions = (signal?: AbortSignal) =>
  apiRequest({ path: '/cases/filter-options', schema: CaseFilterOptions, signal });

export const filterOptionsQuery = () =>
  queryOptions({
    queryKey: [...caseKeys.all, 'filter-options'] as const,
    queryFn: ({ signal }) => getFilterOptions(signal),
    staleTime: 60_000,
  });

export const useFilterOptions = () => useQuery(filterOptionsQuery());
