import { apiRequest } from '@/api/client';
import { CaseDetail, type EscalateBudget } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/tasks/:taskId/budget/escalate: "Send til godkjenning hos <forsikringsselskap>" (issue 14; through useCaseMutation). */
export const escalateBudget = (caseId: string, taskId: string, body: EscalateBudget) =>
  apiRequest({
    method: 'POST',
    path: casePath(caseId, 'tasks', taskId, 'budget', 'escalate'),
    body,
    schema: CaseDetail,
  });
