import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { InspectionList } from '@/api/contract';
import { casePath, caseWorkKeys } from './caseWorkKeys';

/** GET /cases/:caseId/inspections — Start besiktigelse. */
export const getInspections = (caseId: string, signal?: AbortSignal) =>
  apiRequest({ path: casePath(caseId, 'inspections'), schema: InspectionList, signal });

export const inspectionsQuery = (caseId: string) =>
  queryOptions({ queryKey: caseWorkKeys.inspections(caseId), queryFn: ({ signal }) => getInspections(caseId, signal) });

export const useInspections = (caseId: string) => useQuery(inspectionsQuery(caseId));
