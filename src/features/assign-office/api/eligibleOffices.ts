import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { EligibleOfficeList, type EligibleOfficeScope } from '@/api/contract';
import { externalRoleKeys } from './externalRoleKeys';

/** GET /cases/:caseId/external-role/offices?scope= — recommended (nearest first) or all (by name). */
export const eligibleOfficesQuery = (caseId: string, scope: EligibleOfficeScope) =>
  queryOptions({
    queryKey: externalRoleKeys.offices(caseId, scope),
    queryFn: ({ signal }) =>
      apiRequest({ path: `/cases/${encodeURIComponent(caseId)}/external-role/offices`, query: { scope }, schema: EligibleOfficeList, signal }),
    // Eligibility is computed live: always ask again when the dialog opens.
    staleTime: 0,
  });
