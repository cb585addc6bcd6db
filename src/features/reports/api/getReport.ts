import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseStatisticsReport } from '@/api/contract';
import { reportKeys } from './keys';

export const PAGE_SIZE = 50;
const POLL_MS = 250;

/** GET /reports/case-statistics/:id: a report and a page of its rows. */
export const getReport = (id: string, page: number, signal?: AbortSignal) =>
  apiRequest({
    path: `/reports/case-statistics/${encodeURIComponent(id)}`,
    query: { page, pageSize: PAGE_SIZE },
    schema: CaseStatisticsReport,
    signal,
  });

/** Polled while the report is being generated. */
export const reportQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: reportKeys.detail(id, page),
    queryFn: ({ signal }) => getReport(id, page, signal),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? POLL_MS : false),
  });

/** The report shown (`?report=`), or nothing while none is chosen. */
export const useReport = (id: string | null, page: number) =>
  useQuery({ ...reportQuery(id ?? '', page), enabled: id !== null });
