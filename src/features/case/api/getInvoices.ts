import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseInvoices } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/invoices — Faktura. */
export const getInvoices = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'invoices'), schema: CaseInvoices, signal });

export const invoicesQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.invoices(caseId), queryFn: ({ signal }) => getInvoices(caseId, signal) });

export const useInvoices = (caseId: string) => useQuery(invoicesQuery(caseId));
