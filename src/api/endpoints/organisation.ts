import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../client';
import { Organisation } from '../contract';

export const organisationKeys = { all: ['organisation'] as const };

/** Companies and offices rarely change: cached for the session. */
export const organisationQuery = () =>
  queryOptions({
    queryKey: organisationKeys.all,
    queryFn: ({ signal }) => apiRequest({ path: '/organisation', schema: Organisation, signal }),
    staleTime: 10 * 60_000,
  });
