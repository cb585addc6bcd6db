import { apiRequest } from '@/api/client';
import { CaseDetail, type AnswerBudgetEscalation } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/tasks/:taskId/budget/escalation/answer: the case handler's answer (issue 14; through useCaseMutation). */
export const answerBudgetEscalation = (caseId: string, taskId: string, body: AnswerBudgetEscalation) =>
  apiRequest({
    method: 'POST',
    path: casePath(caseId, 'tasks', taskId, 'budget', 'escalation', 'answer'),
    body,
    schema: CaseDetail,
  });
