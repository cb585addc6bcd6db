import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { PartnerOfficeList, type EligibleOfficeScope } from '@/api/contract';
import { externalRoleKeys } from './externalRoleKeys';

/**
 * GET /cases/:caseId/external-role/offices?scope= — recommended (nearest first) or all (by name). The answer
 * has the task picker's shape ({ offices, categories }); this query hands the dialog its offices.
 */
export const eligibleOfficesQuery = (caseId: string, scope: EligibleOfficeScope) =>
  queryOptions({
    queryKey: externalRoleKeys.offices(caseId, scope),
    queryFn: ({ signal }) =>
      apiRequest({
        path: `/cases/${encodeURIComponent(caseId)}/external-role/offices`,
        query: { scope },
        schema: PartnerOfficeList,
        signal,
      }).then((r) => r.offices),
    // Eligibility is computed live: always ask again when the dialog opens.
    staleTime: 0,
  });
