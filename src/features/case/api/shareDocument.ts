import { apiRequest } from '@/api/client';
import { CaseDocument } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/documents/:documentId/share (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const shareDocument = (caseId: string, documentId: string) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'documents', documentId, 'share'), schema: CaseDocument });
