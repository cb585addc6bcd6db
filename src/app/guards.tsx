import { useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { onUnauthorized } from '@/api/client';
import { sessionKeys, sessionQuery } from '@/api/endpoints/session';
import type { GlobalPermission } from '@/api/contract';
import { ErrorState } from '@/components/ui/States';
import { Forbidden } from './Forbidden';
import { BootShell } from './BootShell';

/** Renders its routes only with a valid session; otherwise (or when it expires) goes to sign-in and back after. */
export function RequireSession() {
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const session = useQuery(sessionQuery());

  useEffect(
    () =>
      onUnauthorized(() => {
        qc.setQueryData(sessionKeys.all, null);
        const next = window.location.pathname + window.location.search;
        void navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
      }),
    [navigate, qc],
  );

  if (session.isPending) return <BootShell />;
  if (session.isError && (session.error as { status?: number }).status !== 401) {
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Hides a page from users without the permission. Security is the API's job; this is courtesy. */
export function RequirePermission({ permission, children }: { permission: GlobalPermission; children: ReactNode }) {
  const session = useQuery(sessionQuery());
  if (!session.data?.permissions.includes(permission)) return <Forbidden />;
  return <>{children}</>;
}
