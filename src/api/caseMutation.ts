import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { CaseDetail } from './contract';
import { caseKeys, invalidateAfterCaseChange } from './endpoints/cases';

/**
 * The one way to change a case (docs/decisions/006-case-mutation-hook.md).
 *
 * - It sends the version of the case the user was looking at when they acted: the `basis` given to the
 *   hook. An action on the page passes the case on screen; a dialog or form passes the case as it
 *   opened (`useCaseAsOpened`), so a change made meanwhile, in this tab or another, answers 409 instead
 *   of being overwritten. "Prøv igjen" after an error is the user's choice to act on the case as it is
 *   now: `retry` sends the version the refetch brought.
 * - A returned case is written into the cache at once (no wait for the refetch).
 * - When the server has answered (a 409 also means our copy is stale) it invalidates the case's one key tree
 *   (`caseKeys.detail(id)`: the case, its log, its work lists, its role lists) and the lists, counts and
 *   notifications that show the case (`invalidateAfterCaseChange`). No caller lists keys by hand.
 */

/** What a change is based on: the case's id and the version the user saw. */
export interface CaseBasis {
  id: string;
  version: number;
}

export interface CaseMutateOptions<TResult> {
  onSuccess?: (result: TResult) => void;
  onError?: (error: Error) => void;
  onSettled?: () => void;
}

/** For a dialog or form: the case as it was when it opened; saves are based on its version. */
export function useCaseAsOpened(caseDetail: CaseBasis): CaseBasis {
  const [opened] = useState(() => ({ id: caseDetail.id, version: caseDetail.version }));
  return opened;
}

const serverFailed = (error: Error | null) =>
  error !== null && (!isApiError(error) || error.status === 0 || error.status >= 500);

const isCaseAnswer = (result: unknown, id: string): result is CaseDetail =>
  typeof result === 'object' &&
  result !== null &&
  (result as { id?: unknown }).id === id &&
  CaseDetail.safeParse(result).success;

export function useCaseMutation<TVars = void, TResult = CaseDetail>(
  basis: CaseBasis,
  change: (vars: TVars, basis: CaseBasis) => Promise<TResult>,
  options: { onSuccess?: (result: TResult) => void } = {},
) {
  const qc = useQueryClient();
  const caseId = basis.id;
  const mutation = useMutation({
    mutationFn: (v: { vars: TVars; basis: CaseBasis }) => change(v.vars, v.basis),
    onSuccess: (result) => {
      if (isCaseAnswer(result, caseId)) qc.setQueryData(caseKeys.detail(caseId), result);
      options.onSuccess?.(result);
    },
    // A server that failed (5xx) or could not be reached tells nothing new about the case: refetching
    // everything then only fills the page with the same failure. Any answer (2xx, 403, 404, 409, 422) does.
    onSettled: (_result, error) => (serverFailed(error) ? undefined : invalidateAfterCaseChange(qc, caseId)),
  });
  const { mutate: send, variables, ...state } = mutation;
  return {
    ...state,
    /** Runs the change on the version of `basis` (what the user saw when they acted). */
    mutate: (vars: TVars, callbacks?: CaseMutateOptions<TResult>) =>
      send({ vars, basis: { id: caseId, version: basis.version } }, callbacks),
    /** Runs the last change again on the case as the cache now holds it (after the refetch that followed the error). */
    retry: (callbacks?: CaseMutateOptions<TResult>) => {
      if (!variables) return;
      const now = qc.getQueryData<CaseDetail>(caseKeys.detail(caseId));
      send(
        { vars: variables.vars, basis: { id: caseId, version: now?.version ?? variables.basis.version } },
        callbacks,
      );
    },
    variables: variables?.vars,
  };
}
