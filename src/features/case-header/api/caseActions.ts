import { apiRequest } from '@/api/client';
import { CaseDetail, type CaseActionKind, type CloseReason } from '@/api/contract';
import type { CaseChange } from './caseMutation';

/** POST /cases/:caseId/actions — Sakstiltak: Vent / Gjenoppta / Lukk / Avbryt. */
export const performCaseAction = (
  caseId: string,
  body: { action: CaseActionKind; version: number; closeReason?: CloseReason },
) => apiRequest({ method: 'POST', path: `/cases/${encodeURIComponent(caseId)}/actions`, body, schema: CaseDetail });

export const caseActionChange =
  (action: CaseActionKind, closeReason?: CloseReason): CaseChange =>
  (c) =>
    performCaseAction(c.id, { action, version: c.version, ...(closeReason ? { closeReason } : {}) });
