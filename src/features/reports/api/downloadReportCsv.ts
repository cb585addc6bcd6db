import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/api/client';
import { DownloadedFile } from '@/api/contract';

/**
 * GET /reports/case-statistics/:id/csv through the one client (session, errors, 401 sign-out): the CSV as
 * bytes (a Blob keeps the UTF-8 BOM that makes Excel read æøå right; `text()` would drop it).
 */
export const getReportCsv = (id: string, lang: string) =>
  apiRequest({
    path: `/reports/case-statistics/${encodeURIComponent(id)}/csv`,
    query: { lang: lang === 'en' ? 'en' : 'nb' },
    schema: DownloadedFile,
    responseType: 'blob',
  });

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

/** "Last ned CSV": fetches the report's CSV in the page's language and saves it. */
export const useDownloadReportCsv = (id: string, lang: string) =>
  useMutation({
    mutationFn: () => getReportCsv(id, lang),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename ?? 'saksstatistikk.csv'),
  });
