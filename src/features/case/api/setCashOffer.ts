import { apiRequest } from '@/api/client';
import { CaseDetail, type TaskCashOffer } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** PUT /cases/:caseId/tasks/:taskId/cash-offer (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const setCashOffer = (caseId: string, taskId: string, body: TaskCashOffer) =>
  apiRequest({ method: 'PUT', path: casePath(caseId, 'tasks', taskId, 'cash-offer'), body, schema: CaseDetail });
