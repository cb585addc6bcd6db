import { apiRequest } from '@/api/client';
import { ChatThread } from '@/api/contract';
import { casePath } from './caseWorkKeys';

/** PUT /cases/:caseId/chat/subscription (a case change: call it through useCaseMutation, src/api/caseMutation.ts). */
export const setChatSubscription = (caseId: string, subscribed: boolean) =>
  apiRequest({
    method: 'PUT',
    path: casePath(caseId, 'chat', 'subscription'),
    body: { subscribed },
    schema: ChatThread,
  });
