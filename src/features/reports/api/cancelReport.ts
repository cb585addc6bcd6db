import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { CaseStatisticsReportMeta } from '@/api/contract';
import { reportKeys } from './keys';

/** DELETE /reports/case-statistics/:id: cancels a running report ("Avbryt"). */
export const cancelReport = (id: string) =>
  apiRequest({
    method: 'DELETE',
    path: `/reports/case-statistics/${encodeURIComponent(id)}`,
    schema: CaseStatisticsReportMeta.or(z.undefined()),
  });

export function useCancelReport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => cancelReport(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
