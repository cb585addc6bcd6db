import { useCaseMutation, type CaseBasis } from '@/api/caseMutation';
import type { CaseDetail } from '@/api/contract';

/** One change of the case, given the case it is based on (its id and the version the user saw). */
export type CaseChange = (basis: CaseBasis) => Promise<CaseDetail>;

/**
 * The header's changes of a case, through the one case mutation hook (src/api/caseMutation.ts): pass the
 * case on screen for an action on the page, `useCaseAsOpened(caseDetail)` in a dialog.
 */
export function useCaseChange(basis: CaseBasis, options: { onSuccess?: (changed: CaseDetail) => void } = {}) {
  const mutation = useCaseMutation(basis, (change: CaseChange, c) => change(c), options);
  return {
    run: mutation.mutate,
    retry: () => mutation.retry(),
    reset: mutation.reset,
    isPending: mutation.isPending,
    error: mutation.error,
  };
}
