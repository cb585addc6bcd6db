import { apiRequest } from '@/api/client';
import { useCaseMutation, type CaseBasis } from '@/api/caseMutation';
import { CaseDetail, type AssignExternalOffice, type AssignExternalUser } from '@/api/contract';

/** PUT /cases/:caseId/external-role/office — choose, move or (officeId null) remove the role. */
export const assignExternalCaseHandlerOffice = (caseId: string, body: AssignExternalOffice) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${encodeURIComponent(caseId)}/external-role/office`,
    body,
    schema: CaseDetail,
  });

/** PUT /cases/:caseId/external-role/user — assign (or with null remove) the office's user. */
export const assignExternalCaseHandlerUser = (caseId: string, body: AssignExternalUser) =>
  apiRequest({
    method: 'PUT',
    path: `/cases/${encodeURIComponent(caseId)}/external-role/user`,
    body,
    schema: CaseDetail,
  });

/** Changes of the role go through the one case mutation hook, which adds the version of `basis`. */
export const useAssignExternalOffice = (basis: CaseBasis) =>
  useCaseMutation(basis, (body: Omit<AssignExternalOffice, 'version'>, c) =>
    assignExternalCaseHandlerOffice(c.id, { ...body, version: c.version }),
  );
export const useAssignExternalUser = (basis: CaseBasis) =>
  useCaseMutation(basis, (body: Omit<AssignExternalUser, 'version'>, c) =>
    assignExternalCaseHandlerUser(c.id, { ...body, version: c.version }),
  );
