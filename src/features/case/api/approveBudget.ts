import { apiRequest } from '@/api/client';
import { CaseDetail } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/tasks/:taskId/budget/approve (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const approveBudget = (caseId: string, taskId: string, version: number) =>
  apiRequest({
    method: 'POST',
    path: casePath(caseId, 'tasks', taskId, 'budget', 'approve'),
    body: { version },
    schema: CaseDetail,
  });
