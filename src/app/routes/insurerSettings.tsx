import { RequirePermission } from '../guards';
import { InsurerSettingsPage } from '@/features/insurer-settings/InsurerSettingsPage';

/** Innstillinger (the insurer's settings, its partner network): the insurer's staff only (the API answers 403 to anyone else). */
export function Component() {
  return (
    <RequirePermission permission="partnerNetwork:view">
      <InsurerSettingsPage />
    </RequirePermission>
  );
}
