import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { Dashboard, type CaseScope } from '@/api/contract';

/** GET /dashboard: the widgets' counts, for every case the viewer sees or only those with the role (scope). */
export const getDashboard = (scope: CaseScope | null, signal?: AbortSignal) =>
  apiRequest({ path: '/dashboard', query: { scope }, schema: Dashboard, signal });

/** Under `caseKeys.all` so that any case change that invalidates the cases refreshes the widgets too. */
export const dashboardQuery = (scope: CaseScope | null) =>
  queryOptions({
    queryKey: [...caseKeys.all, 'dashboard', scope ?? 'all'] as const,
    queryFn: ({ signal }) => getDashboard(scope, signal),
  });

export const useDashboard = (scope: CaseScope | null) => useQuery(dashboardQuery(scope));
