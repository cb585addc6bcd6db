import type { MemberListParams } from '@/api/contract';

/** Query keys of R2 Medlemmer: a save invalidates `memberKeys.all` and nothing else of the app. */
export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (params: MemberListParams) => [...memberKeys.lists(), params] as const,
  detail: (id: string) => [...memberKeys.all, 'detail', id] as const,
  settings: () => [...memberKeys.all, 'settings'] as const,
};
