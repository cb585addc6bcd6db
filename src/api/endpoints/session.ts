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

export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => (sessionToken.get() ? getSession(signal) : null),
    // Refreshed on every page view (it is tiny): a user flagged or un-flagged by the insurer sees it at once,
    // and an expired session is noticed on the next navigation.
    staleTime: 0,
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
