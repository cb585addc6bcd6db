import { queryOptions } from '@tanstack/react-query';
import { apiRequest, lazySchema, sessionToken } from '../client';
import type { LoginRequest } from '../contract/auth';

// The sign-in page and the session check are on the first screen: their schemas (and zod) load with the
// first request instead of before the first paint.
const auth = () => import('../contract/auth');
const SessionUser = lazySchema(() => auth().then((m) => m.SessionUser));
const DemoAccountList = lazySchema(() => auth().then((m) => m.DemoAccountList));
const LoginResponse = lazySchema(() => auth().then((m) => m.LoginResponse));
const NoContent = lazySchema(() => import('../noContent').then((m) => m.NoContent));

export const sessionKeys = {
  all: ['session'] as const,
  demoAccounts: ['session', 'demo-accounts'] as const,
};

export const getSession = (signal?: AbortSignal) => apiRequest({ path: '/auth/session', schema: SessionUser, signal });

/** The page view under way: its location's key, and when it began (0 for the first, see below). */
let view: { key: string; since: number } | null = null;

/**
 * Called as each page view begins (RequireSession renders for every location of the signed-in pages).
 * The first view counts from the page load, so the session that start-up asked for (src/app/start.tsx)
 * serves it.
 */
export function sessionPageView(locationKey: string) {
  if (view?.key === locationKey) return;
  view = { key: locationKey, since: view ? Date.now() : 0 };
}

export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => (sessionToken.get() ? getSession(signal) : null),
    // Asked for again on every page view (it is tiny): a user flagged or un-flagged by the insurer sees it
    // at the next navigation, and an expired session is noticed there. Once per view: the guards and the
    // page mounting at start-up use start-up's answer (it was asked for twice at every cold start).
    staleTime: (query) => (query.state.dataUpdatedAt > (view?.since ?? 0) ? Infinity : 0),
  });

export const demoAccountsQuery = () =>
  queryOptions({
    queryKey: sessionKeys.demoAccounts,
    queryFn: ({ signal }) => apiRequest({ path: '/auth/demo-accounts', schema: DemoAccountList, signal }),
    staleTime: Infinity,
  });

export async function login(input: LoginRequest) {
  const res = await apiRequest({ method: 'POST', path: '/auth/login', body: input, schema: LoginResponse });
  sessionToken.set(res.token);
  return res;
}

export async function logout() {
  try {
    await apiRequest({ method: 'POST', path: '/auth/logout', schema: NoContent });
  } finally {
    sessionToken.set(null);
  }
}
