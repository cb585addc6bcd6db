import { caseKeys } from '@/api/endpoints/cases';

/**
 * Query keys of the case work (R5), below the case's own key: the one case mutation hook
 * (src/api/caseMutation.ts) invalidates `caseKeys.detail(id)` and with it all of these.
 */
export const caseWorkKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'work'] as const,
  chat: (caseId: string) => [...caseWorkKeys.all(caseId), 'chat'] as const,
  documents: (caseId: string) => [...caseWorkKeys.all(caseId), 'documents'] as const,
  customerMessages: (caseId: string) => [...caseWorkKeys.all(caseId), 'customerMessages'] as const,
  rfqs: (caseId: string) => [...caseWorkKeys.all(caseId), 'rfqs'] as const,
  offices: (caseId: string, all: boolean, category: string) =>
    [...caseWorkKeys.all(caseId), 'offices', { all, category }] as const,
  inspections: (caseId: string) => [...caseWorkKeys.all(caseId), 'inspections'] as const,
  remoteVideo: (caseId: string) => [...caseWorkKeys.all(caseId), 'remoteVideo'] as const,
  invoices: (caseId: string) => [...caseWorkKeys.all(caseId), 'invoices'] as const,
};

/** `/cases/:caseId` and its sub-paths, each segment encoded. */
export const casePath = (caseId: string, ...segments: string[]) =>
  [`/cases/${encodeURIComponent(caseId)}`, ...segments.map((s) => encodeURIComponent(s))].join('/');
