import { apiRequest } from '@/api/client';
import { CaseDetail, type AddTask } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/tasks (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const addTask = (caseId: string, body: AddTask) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'tasks'), body, schema: CaseDetail });
