import { apiRequest } from '@/api/client';
import { CaseDetail, type AddBudgetInput } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/tasks/:taskId/budget (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const addBudget = (caseId: string, taskId: string, body: AddBudgetInput) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'tasks', taskId, 'budget'), body, schema: CaseDetail });
