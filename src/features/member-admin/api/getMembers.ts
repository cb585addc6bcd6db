import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { MemberList, type MemberListParams } from '@/api/contract';
import { memberKeys } from './keys';

/** GET /members: the "Medlemmer" list with search, filters and paging. */
export const getMembers = (params: MemberListParams, signal?: AbortSignal) =>
  apiRequest({ path: '/members', query: { ...params }, schema: MemberList, signal });

export const membersQuery = (params: MemberListParams) =>
  queryOptions({
    queryKey: memberKeys.list(params),
    queryFn: ({ signal }) => getMembers(params, signal),
    placeholderData: keepPreviousData,
  });

export const useMembers = (params: MemberListParams, options: { enabled?: boolean } = {}) =>
  useQuery({ ...membersQuery(params), ...options });
