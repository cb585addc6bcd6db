import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseDetail, CaseHandlerOptionList, type SetCaseHandler } from '@/api/contract';
import { caseKeys } from '@/api/endpoints/cases';
import type { CaseChange } from './caseMutation';

/** GET /cases/:caseId/case-handlers — who may be the case's Saksbehandler (below the case's key: refreshed with it). */
export const caseHandlerOptionsQuery = (caseId: string) =>
  queryOptions({
    queryKey: [...caseKeys.detail(caseId), 'caseHandlerOptions'] as const,
    queryFn: ({ signal }) =>
      apiRequest({ path: `/cases/${encodeURIComponent(caseId)}/case-handlers`, schema: CaseHandlerOptionList, signal }),
  });

/** PUT /cases/:caseId/case-handler */
export const setCaseHandler = (caseId: string, body: SetCaseHandler) =>
  apiRequest({ method: 'PUT', path: `/cases/${encodeURIComponent(caseId)}/case-handler`, body, schema: CaseDetail });

export const caseHandlerChange =
  (userId: string): CaseChange =>
  (c) =>
    setCaseHandler(c.id, { userId, version: c.version });
