import { apiRequest } from '@/api/client';
import { CaseDocument, type UploadDocument } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/documents (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const uploadDocument = (caseId: string, body: UploadDocument) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'documents'), body, schema: CaseDocument });
