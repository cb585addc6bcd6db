import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '@/api/endpoints/session';
import type { GlobalPermission, SessionUser } from '@/api/contract';

/** The signed-in user (only used below the route guard, where a session is known to exist). */
export function useSessionUser(): SessionUser {
  const { data } = useQuery(sessionQuery());
  if (!data) throw new Error('useSessionUser outside a signed-in route');
  return data;
}

export function useCan(permission: GlobalPermission): boolean {
  const { data } = useQuery(sessionQuery());
  return Boolean(data?.permissions.includes(permission));
}
