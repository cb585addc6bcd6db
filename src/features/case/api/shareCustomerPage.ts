import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/customer-page/share (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const shareCustomerPage = (caseId: string, version: number) =>
  apiRequest({
    method: 'POST',
    path: casePath(caseId, 'customer-page', 'share'),
    body: { version },
    schema: CaseDetail,
  });
