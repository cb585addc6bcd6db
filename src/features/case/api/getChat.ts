import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { ChatThread } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/chat — the chat and the viewer's notification choice. */
export const getChat = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'chat'), schema: ChatThread, signal });

export const chatQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.chat(caseId), queryFn: ({ signal }) => getChat(caseId, signal) });

export const useChat = (caseId: string) => useQuery(chatQuery(caseId));
