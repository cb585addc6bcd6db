import { apiRequest } from '@/api/client';
import { Rfq, type CreateRfq } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/rfqs (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const createRfq = (caseId: string, body: CreateRfq) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'rfqs'), body, schema: Rfq });
