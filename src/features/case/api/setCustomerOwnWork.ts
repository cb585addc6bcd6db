import { apiRequest } from '@/api/client';
import { CaseDetail, type CustomerOwnWork } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** PUT /cases/:caseId/tasks/:taskId/work-items/:itemId/customer-own-work (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const setCustomerOwnWork = (caseId: string, taskId: string, itemId: string, body: CustomerOwnWork) =>
  apiRequest({
    method: 'PUT',
    path: casePath(caseId, 'tasks', taskId, 'work-items', itemId, 'customer-own-work'),
    body,
    schema: CaseDetail,
  });
