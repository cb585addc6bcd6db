import { RequirePermission } from '../guards';
import { DashboardPage } from '@/features/dashboard/DashboardPage';

export function Component() {
  return (
    <RequirePermission permission="cases:list">
      <DashboardPage />
    </RequirePermission>
  );
}
