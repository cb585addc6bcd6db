import { caseKeys } from '@/api/endpoints/cases';
import type { EligibleOfficeScope } from '@/api/contract';

/**
 * The role's lists hang below the case's key, so the one invalidation of `caseKeys.detail(id)` after any
 * change of the case (a user flagged elsewhere shows on the next open of the dialog) refreshes them too.
 */
export const externalRoleKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'externalRole'] as const,
  offices: (caseId: string, scope: EligibleOfficeScope) => [...externalRoleKeys.all(caseId), 'offices', scope] as const,
  users: (caseId: string) => [...externalRoleKeys.all(caseId), 'users'] as const,
};
