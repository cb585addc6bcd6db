import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseDocumentList } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/documents — Dokumenter. */
export const getDocuments = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'documents'), schema: CaseDocumentList, signal });

export const documentsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.documents(caseId), queryFn: ({ signal }) => getDocuments(caseId, signal) });

export const useDocuments = (caseId: string) => useQuery(documentsQuery(caseId));
