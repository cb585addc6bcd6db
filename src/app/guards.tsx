import { useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { isApiError, onUnauthorized, sessionToken } from '@/api/client';
import { sessionKeys, sessionPageView, sessionQuery } from '@/api/endpoints/session';
import type { GlobalPermission } from '@/api/contract';
import { Forbidden } from './Forbidden';

/**
 * Renders its routes only with a session; without one (or when it expires) goes to sign-in and back after.
 * While the session is being asked for, or cannot be reached, the shell (its child) is shown already:
 * the layout shows the session's loading or error state in its main area.
 */
export function RequireSession() {
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  // Before the page's own queries mount: they ask for the session again once per page view.
  sessionPageView(location.key);
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

  const signedOut =
    !sessionToken.get() ||
    session.data === null ||
    (session.isError && isApiError(session.error) && session.error.status === 401);
  if (signedOut) {
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
