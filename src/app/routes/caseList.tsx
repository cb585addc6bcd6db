import { RequirePermission } from '../guards';
import { CaseListPage } from '@/features/case-list/CaseListPage';

export function Component() {
  return <RequirePermission permission="cases:list"><CaseListPage /></RequirePermission>;
}
