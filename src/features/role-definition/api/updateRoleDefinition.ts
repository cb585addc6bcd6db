import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { RoleDefinition, type UpdateRoleDefinition } from '@/api/contract';
import { roleDefinitionKeys } from './keys';

type UpdateRoleDefinitionBody = z.output<typeof UpdateRoleDefinition>;

/** PUT /portal/role-definition: 409 `stale_version` when someone saved in between, 422 with field errors. */
export const updateRoleDefinition = (body: UpdateRoleDefinitionBody) =>
  apiRequest({ method: 'PUT', path: '/portal/role-definition', body, schema: RoleDefinition });

export function useUpdateRoleDefinition() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateRoleDefinition,
    onSuccess: async (def) => {
      qc.setQueryData(roleDefinitionKeys.all, def);
      await qc.invalidateQueries({ queryKey: roleDefinitionKeys.all });
    },
  });
}
