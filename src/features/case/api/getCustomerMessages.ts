import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CustomerMessageList } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/customer-messages — Tilgang til kundekontakt. */
export const getCustomerMessages = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'customer-messages'), schema: CustomerMessageList, signal });

export const customerMessagesQuery = (caseId: string) =>
  queryOptions({
    queryKey: caseWorkKeys.customerMessages(caseId),
    queryFn: ({ signal }) => getCustomerMessages(caseId, signal),
  });

export const useCustomerMessages = (caseId: string) => useQuery(customerMessagesQuery(caseId));
