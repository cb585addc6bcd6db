import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseLog, type LogTopic } from '@/api/contract';
import { caseKeys } from '@/api/endpoints/cases';

/**
 * GET /cases/:caseId/log?topic= — Logg, the whole log or one header row's entries (the server decides
 * which entry belongs to which row). Below the case's key: refreshed with every change of the case.
 */
export const getCaseLog = (caseId: string, topic: LogTopic | null, signal?: AbortSignal) =>
  apiRequest({
    path: `/cases/${encodeURIComponent(caseId)}/log`,
    query: topic ? { topic } : undefined,
    schema: CaseLog,
    signal,
  });

export const caseLogQuery = (caseId: string, topic: LogTopic | null) =>
  queryOptions({
    queryKey: [...caseKeys.log(caseId), topic ?? 'all'] as const,
    queryFn: ({ signal }) => getCaseLog(caseId, topic, signal),
  });
