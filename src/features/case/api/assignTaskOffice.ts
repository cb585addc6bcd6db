import { apiRequest } from '@/api/client';
import { CaseDetail, type AssignTaskOffice } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** PUT /cases/:caseId/tasks/:taskId/office (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const assignTaskOffice = (caseId: string, taskId: string, body: AssignTaskOffice) =>
  apiRequest({ method: 'PUT', path: casePath(caseId, 'tasks', taskId, 'office'), body, schema: CaseDetail });
