import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/inspections (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const startInspection = (caseId: string, version: number) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'inspections'), body: { version }, schema: CaseDetail });
