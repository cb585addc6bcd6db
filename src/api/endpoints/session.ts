import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, sessionToken } from '../client';
import { DemoAccountList, LoginResponse, SessionUser, type LoginRequest } from '../contract';

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
    await apiRequest({ method: 'POST', path: '/auth/logout', schema: z.undefined() });
  } finally {
    sessionToken.set(null);
  }
}
