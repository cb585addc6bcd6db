import { RequirePermission } from '../guards';
import { RoleDefinitionPage } from '@/features/role-definition/RoleDefinitionPage';

export function Component() {
  return (
    <RequirePermission permission="roleDefinition:edit">
      <RoleDefinitionPage />
    </RequirePermission>
  );
}
