import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { caseKeys } from '@/api/endpoints/cases';
import { Member, UnflagImpact, type UpdateMember } from '@/api/contract';
import { memberKeys } from './keys';

/**
 * PUT /members/:memberId ("Rediger medlem" -> Lagre). Answers 409 `stale_version` on an old version and
 * 409 `unflag_needs_confirmation` ({count}) when the member would lose the role in open cases not in
 * `confirmUnflagCaseIds` (the ids GET /members/:id/unflag-impact returned and the admin confirmed).
 */
export const updateMember = (id: string, body: UpdateMember) =>
  apiRequest({ method: 'PUT', path: `/members/${encodeURIComponent(id)}`, body, schema: Member });

export function useUpdateMember(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMember) => updateMember(id, body),
    onSuccess: async (member, body) => {
      qc.setQueryData(memberKeys.detail(id), member);
      const done = [qc.invalidateQueries({ queryKey: memberKeys.all })];
      // A confirmed un-flag took the member out of open cases: those cases changed too.
      if (body.confirmUnflagCaseIds?.length) done.push(qc.invalidateQueries({ queryKey: caseKeys.all }));
      await Promise.all(done);
    },
  });
}

/** GET /members/:memberId/unflag-impact for the values about to be saved: the open cases the member would leave. */
export const getUnflagImpact = (id: string, next: Pick<UpdateMember, 'externalCaseHandler' | 'status' | 'officeId'>) =>
  apiRequest({
    path: `/members/${encodeURIComponent(id)}/unflag-impact?${new URLSearchParams({
      externalCaseHandler: String(next.externalCaseHandler),
      status: next.status,
      officeId: next.officeId ?? '',
    }).toString()}`,
    schema: UnflagImpact,
  });
