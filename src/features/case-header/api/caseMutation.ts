import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '@/api/contract';
import { caseKeys, invalidateAfterCaseChange } from '@/api/endpoints/cases';

/** One change of the case, given the case as it is when the request is sent (for its current `version`). */
export type CaseChange = (current: CaseDetail) => Promise<CaseDetail>;

/**
 * Runs the header's changes of a case. The change is a function of the latest case, so that "Prøv igjen"
 * after a conflict (409) sends the version the refetch brought. Every change invalidates the case, its
 * log and the lists that show it (`invalidateAfterCaseChange`).
 */
export function useCaseChange(caseDetail: CaseDetail, options: { onSuccess?: (changed: CaseDetail) => void } = {}) {
  const qc = useQueryClient();
  const latest = useRef(caseDetail);
  latest.current = caseDetail;
  const mutation = useMutation({
    mutationFn: (change: CaseChange) => change(latest.current),
    onSuccess: (data) => {
      qc.setQueryData(caseKeys.detail(data.id), data);
      options.onSuccess?.(data);
    },
    onSettled: () => invalidateAfterCaseChange(qc, caseDetail.id),
  });
  return {
    run: (change: CaseChange) => mutation.mutate(change),
    retry: () => {
      if (mutation.variables) mutation.mutate(mutation.variables);
    },
    reset: mutation.reset,
    isPending: mutation.isPending,
    error: mutation.error,
  };
}
