import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { CaseStatisticsReportMeta, type CaseStatisticsRequest } from '@/api/contract';
import { reportKeys } from './keys';

/** POST /reports/case-statistics ("Generer rapport"): answers at once with the report's id; generation runs on. */
export const createReport = (body: CaseStatisticsRequest) =>
  apiRequest({ method: 'POST', path: '/reports/case-statistics', body, schema: CaseStatisticsReportMeta });

export function useCreateReport(
  options: { onSuccess?: (meta: CaseStatisticsReportMeta) => void; onError?: (error: unknown) => void } = {},
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createReport,
    onSuccess: (meta) => {
      void qc.invalidateQueries({ queryKey: reportKeys.list() });
      options.onSuccess?.(meta);
    },
    onError: options.onError,
  });
}
