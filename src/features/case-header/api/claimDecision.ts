import { apiRequest } from '@/api/client';
import { CaseDetail, type ClaimDecision, type SetClaimDecision } from '@/api/contract';
import type { CaseChange } from './caseMutation';

/** POST /cases/:caseId/claim-decision — Erstatningsbeslutning. */
export const setClaimDecision = (caseId: string, body: SetClaimDecision) =>
  apiRequest({ method: 'POST', path: `/cases/${encodeURIComponent(caseId)}/claim-decision`, body, schema: CaseDetail });

export const claimDecisionChange =
  (decision: ClaimDecision): CaseChange =>
  (c) =>
    setClaimDecision(c.id, { decision, version: c.version });
