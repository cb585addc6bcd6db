import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { Dashboard, type CaseScope } from '@/api/contract';

/** Under `caseKeys.all` so that any case change that invalidates the cases refreshes the widgets too. */
export const dashboardQuery = (scope: CaseScope | null) =>
  queryOptions({
    queryKey: [...caseKeys.all, 'dashboard', scope ?? 'all'] as const,
    queryFn: ({ signal }) => apiRequest({ path: '/dashboard', query: { scope }, schema: Dashboard, signal }),
  });
