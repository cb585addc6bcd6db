import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { casePath } from './caseWorkKeys';

/** The answer has no body (204). */
const Empty = z.undefined();

/** DELETE /cases/:caseId/tasks/:taskId (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const removeTask = (caseId: string, taskId: string, version: number) =>
  apiRequest({ method: 'DELETE', path: casePath(caseId, 'tasks', taskId), query: { version }, schema: Empty });
