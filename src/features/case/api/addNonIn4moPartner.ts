import { apiRequest } from '@/api/client';
import { Rfq, type AddNonIn4moPartner } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/rfqs/:rfqId/external-partners (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const addNonIn4moPartner = (caseId: string, rfqId: string, body: AddNonIn4moPartner) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'rfqs', rfqId, 'external-partners'), body, schema: Rfq });
