import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { Member } from '@/api/contract';
import { memberKeys } from './keys';

/** GET /members/:memberId: one member for "Rediger medlem". */
export const getMember = (id: string, signal?: AbortSignal) =>
  apiRequest({ path: `/members/${encodeURIComponent(id)}`, schema: Member, signal });

export const memberQuery = (id: string) =>
  queryOptions({ queryKey: memberKeys.detail(id), queryFn: ({ signal }) => getMember(id, signal) });

export const useMember = (id: string) => useQuery(memberQuery(id));
