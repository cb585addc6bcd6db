import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseDetail, type AssignExternalOffice, type AssignExternalUser } from '@/api/contract';
import { caseKeys, invalidateAfterCaseChange } from '@/api/endpoints/cases';

/** PUT /cases/:caseId/external-role/office — choose, move or (officeId null) remove the role. */
export const assignExternalCaseHandlerOffice = (caseId: string, body: AssignExternalOffice) =>
  apiRequest({ method: 'PUT', path: `/cases/${encodeURIComponent(caseId)}/external-role/office`, body, schema: CaseDetail });

/** PUT /cases/:caseId/external-role/user — assign (or with null remove) the office's user. */
export const assignExternalCaseHandlerUser = (caseId: string, body: AssignExternalUser) =>
  apiRequest({ method: 'PUT', path: `/cases/${encodeURIComponent(caseId)}/external-role/user`, body, schema: CaseDetail });

/** A change of the role invalidates the case, its log, the lists that show it and the notifications. */
function useExternalRoleMutation<V>(caseId: string, fn: (caseId: string, body: V) => Promise<CaseDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: V) => fn(caseId, body),
    onSuccess: (data) => qc.setQueryData(caseKeys.detail(caseId), data),
    onSettled: () => invalidateAfterCaseChange(qc, caseId),
  });
}

export const useAssignExternalOffice = (caseId: string) => useExternalRoleMutation(caseId, assignExternalCaseHandlerOffice);
export const useAssignExternalUser = (caseId: string) => useExternalRoleMutation(caseId, assignExternalCaseHandlerUser);
