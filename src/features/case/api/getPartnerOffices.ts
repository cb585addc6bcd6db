import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { PartnerOfficeList } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/partner-offices — offices of the insurer's partner network a task or an RFQ can go to. */
export const getPartnerOffices = (caseId: string, all: boolean, category: string, signal?: AbortSignal) =>
  apiRequest({
    path: casePath(caseId, 'partner-offices'),
    query: { all: all || undefined, category },
    schema: PartnerOfficeList,
    signal,
  });

export const partnerOfficesQuery = (caseId: string, all: boolean, category: string) =>
  queryOptions({
    queryKey: caseWorkKeys.offices(caseId, all, category),
    queryFn: ({ signal }) => getPartnerOffices(caseId, all, category, signal),
  });

export const usePartnerOffices = (caseId: string, all: boolean, category: string) =>
  useQuery(partnerOfficesQuery(caseId, all, category));
