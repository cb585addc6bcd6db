import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { API_BASE, ApiError, apiRequest, sessionToken } from '@/api/client';
import {
  CaseStatisticsReport,
  CaseStatisticsReportList,
  CaseStatisticsReportMeta,
  ErrorBody,
  type CaseStatisticsRequest,
} from '@/api/contract';

export const reportKeys = {
  all: ['reports', 'case-statistics'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  detail: (id: string, page: number) => [...reportKeys.all, 'detail', id, page] as const,
};

export const PAGE_SIZE = 50;
const POLL_MS = 250;

export const reportListQuery = () =>
  queryOptions({
    queryKey: reportKeys.list(),
    queryFn: ({ signal }) => apiRequest({ path: '/reports/case-statistics', schema: CaseStatisticsReportList, signal }),
  });

/** A report and a page of its rows; polled while it is being generated. */
export const reportQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: reportKeys.detail(id, page),
    queryFn: ({ signal }) =>
      apiRequest({ path: `/reports/case-statistics/${encodeURIComponent(id)}`, query: { page, pageSize: PAGE_SIZE }, schema: CaseStatisticsReport, signal }),
    refetchInterval: (q) => (q.state.data?.status === 'running' ? POLL_MS : false),
  });

export const createReport = (body: CaseStatisticsRequest) =>
  apiRequest({ method: 'POST', path: '/reports/case-statistics', body, schema: CaseStatisticsReportMeta });

export const cancelReport = (id: string) =>
  apiRequest({ method: 'DELETE', path: `/reports/case-statistics/${encodeURIComponent(id)}`, schema: CaseStatisticsReportMeta.or(z.undefined()) });

/**
 * The CSV as bytes (a Blob keeps the UTF-8 BOM that makes Excel read æøå right; `text()` would drop it),
 * with the file name the server suggests.
 */
export async function fetchReportCsv(id: string, lang: string): Promise<{ blob: Blob; filename: string }> {
  const headers: Record<string, string> = { Accept: 'text/csv' };
  const token = sessionToken.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(new URL(`${API_BASE}/reports/case-statistics/${encodeURIComponent(id)}/csv?lang=${lang === 'en' ? 'en' : 'nb'}`, window.location.origin), { headers });
  } catch (e) {
    throw new ApiError(0, { code: 'network', message: (e as Error).message });
  }
  if (!res.ok) {
    const body = ErrorBody.safeParse(await res.json().catch(() => null));
    throw new ApiError(res.status, body.success ? body.data : { code: `http_${res.status}` });
  }
  const bytes = await res.arrayBuffer();
  const filename = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'saksstatistikk.csv';
  return { blob: new Blob([bytes], { type: 'text/csv;charset=utf-8' }), filename };
}

/** Saves a Blob as a file through a temporary object URL. */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
