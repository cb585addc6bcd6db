import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { RoleDefinition } from '@/api/contract';
import { roleDefinitionKeys } from './keys';

/** GET /portal/role-definition: the portal's rights for the external case handler (platform administrator only). */
export const getRoleDefinition = (signal?: AbortSignal) =>
  apiRequest({ path: '/portal/role-definition', schema: RoleDefinition, signal });

export const roleDefinitionQuery = () =>
  queryOptions({ queryKey: roleDefinitionKeys.all, queryFn: ({ signal }) => getRoleDefinition(signal) });

export const useRoleDefinition = () => useQuery(roleDefinitionQuery());
