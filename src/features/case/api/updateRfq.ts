import { apiRequest } from '@/api/client';
import { Rfq, type UpdateRfq } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** PATCH /cases/:caseId/rfqs/:rfqId (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const updateRfq = (caseId: string, rfqId: string, body: UpdateRfq) =>
  apiRequest({ method: 'PATCH', path: casePath(caseId, 'rfqs', rfqId), body, schema: Rfq });
