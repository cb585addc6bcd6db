import { apiRequest } from '@/api/client';
import { CaseDetail, type DecideRfq } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/rfqs/:rfqId/decision (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const decideRfq = (caseId: string, rfqId: string, body: DecideRfq) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'rfqs', rfqId, 'decision'), body, schema: CaseDetail });
