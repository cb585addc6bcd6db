import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { RfqList } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/rfqs — RFQ (forespørsel om tilbud). */
export const getRfqs = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'rfqs'), schema: RfqList, signal });

export const rfqsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.rfqs(caseId), queryFn: ({ signal }) => getRfqs(caseId, signal) });

export const useRfqs = (caseId: string) => useQuery(rfqsQuery(caseId));
