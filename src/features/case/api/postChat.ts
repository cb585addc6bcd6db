import { apiRequest } from '@/api/client';
import { ChatThread } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** POST /cases/:caseId/chat (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const postChat = (caseId: string, text: string) =>
  apiRequest({ method: 'POST', path: casePath(caseId, 'chat'), body: { text }, schema: ChatThread });
