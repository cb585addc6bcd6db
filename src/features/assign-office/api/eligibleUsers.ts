import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { EligibleUserList } from '@/api/contract';
import { externalRoleKeys } from './externalRoleKeys';

/** GET /cases/:caseId/external-role/users — the flagged, active users of the office holding the role. */
export const eligibleUsersQuery = (caseId: string) =>
  queryOptions({
    queryKey: externalRoleKeys.users(caseId),
    queryFn: ({ signal }) =>
      apiRequest({
        path: `/cases/${encodeURIComponent(caseId)}/external-role/users`,
        schema: EligibleUserList,
        signal,
      }),
    staleTime: 0,
  });
