import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseStatisticsReportList } from '@/api/contract';
import { reportKeys } from './keys';

/** GET /reports/case-statistics: "Tidligere rapporter", newest first. */
export const getReports = (signal?: AbortSignal) =>
  apiRequest({ path: '/reports/case-statistics', schema: CaseStatisticsReportList, signal });

export const reportsQuery = () =>
  queryOptions({ queryKey: reportKeys.list(), queryFn: ({ signal }) => getReports(signal) });

export const useReports = () => useQuery(reportsQuery());
