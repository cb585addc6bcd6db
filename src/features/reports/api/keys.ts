/** Query keys of R7 Rapporter: generating or cancelling a report invalidates `reportKeys.all`. */
export const reportKeys = {
  all: ['reports', 'case-statistics'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  detail: (id: string, page: number) => [...reportKeys.all, 'detail', id, page] as const,
};
