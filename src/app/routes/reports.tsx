import { RequirePermission } from '../guards';
import { ReportsPage } from '@/features/reports/ReportsPage';

/** Selskapets admin -> Rapporter (R7): the company admin only (the API answers 403 to anyone else). */
export function Component() {
  return (
    <RequirePermission permission="reports:view">
      <ReportsPage />
    </RequirePermission>
  );
}
