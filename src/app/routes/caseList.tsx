import { RequirePermission } from '../guards';
import { CaseListPage } from '@/features/case-list/CaseListPage';
import { useRememberCaseListUrl } from '@/lib/caseListReturn';

export function Component() {
  // The case page's breadcrumb leads back to the list with these filters.
  useRememberCaseListUrl();
  return (
    <RequirePermission permission="cases:list">
      <CaseListPage />
    </RequirePermission>
  );
}
