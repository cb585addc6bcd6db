import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '@/api/client';
import {
  CASE_STATISTICS_COLUMNS,
  CaseStatisticsRequest,
  type CaseStatisticsReport,
  type CaseStatisticsRow,
} from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Field';
import { DateField } from '@/components/ui/DateField';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useErrorMessage } from '@/lib/errors';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import { useContractForm } from '@/lib/forms';
import { useCancelReport } from './api/cancelReport';
import { useCreateReport } from './api/createReport';
import { useDownloadReportCsv } from './api/downloadReportCsv';
import { useReport } from './api/getReport';
import { useReports } from './api/getReports';

const day = (d: string) => formatDate(`${d}T12:00:00Z`);
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());

function useCell() {
  const { t } = useTranslation('reports');
  return (row: CaseStatisticsRow, key: (typeof CASE_STATISTICS_COLUMNS)[number]) => {
    switch (key) {
      case 'createdAt':
        return formatDateTime(row.createdAt);
      case 'status':
        return t(`values.status.${row.status}`);
      case 'closeReason':
        return row.closeReason ? t(`values.closeReason.${row.closeReason}`) : '';
      case 'damageType':
        return t(`values.damageType.${row.damageType}`);
      case 'budgetTotal':
        return formatMoney(row.budgetTotal);
      case 'reference':
        return <Link to={`/cases/${encodeURIComponent(row.caseId)}`}>{row.reference}</Link>;
      default:
        return row[key] ?? '';
    }
  };
}

function ReportView({
  report,
  page,
  onPage,
}: {
  report: CaseStatisticsReport;
  page: number;
  onPage: (p: number) => void;
}) {
  const { t, i18n } = useTranslation('reports');
  const errorText = useErrorMessage('reports');
  const cell = useCell();
  const cancel = useCancelReport(report.id);
  const download = useDownloadReportCsv(report.id, i18n.language);

  if (report.status === 'running') {
    const pct = report.total ? Math.round((report.processed / report.total) * 100) : 0;
    return (
      <div className="report-progress">
        <div
          role="progressbar"
          aria-label={t('caseStatistics.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={report.total}
          aria-valuenow={report.processed}
          aria-valuetext={t('caseStatistics.progressText', {
            processed: formatNumber(report.processed),
            total: formatNumber(report.total),
          })}
          className="progress"
        >
          <div className="progress-bar" style={{ width: `${pct}%` }} />
        </div>
        <p>
          {t('caseStatistics.progressText', {
            processed: formatNumber(report.processed),
            total: formatNumber(report.total),
          })}
        </p>
        <Button onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          {t('caseStatistics.cancel')}
        </Button>
        {cancel.isError && (
          <p role="alert" className="form-error">
            {errorText(cancel.error)}
          </p>
        )}
      </div>
    );
  }
  // Cancelled and expired are said by the page's persistent status line.
  if (report.status === 'cancelled' || report.status === 'expired') return null;

  const rows = report.rows;
  const pages = Math.max(1, Math.ceil(rows.total / rows.pageSize));
  return (
    <div className="report-result">
      <p>
        {t('caseStatistics.generatedAt', {
          at: formatDateTime(report.finishedAt ?? report.createdAt),
          by: report.createdBy,
          count: report.total,
          formattedCount: formatNumber(report.total),
          from: day(report.from),
          to: day(report.to),
        })}
      </p>
      <Button variant="primary" onClick={() => download.mutate()} disabled={download.isPending || rows.total === 0}>
        {download.isPending ? t('caseStatistics.downloading') : t('caseStatistics.download')}
      </Button>
      {download.isError && (
        <p role="alert" className="form-error">
          {errorText(download.error)}
        </p>
      )}
      {rows.total === 0 ? (
        <Empty>{t('caseStatistics.empty')}</Empty>
      ) : (
        <>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('caseStatistics.tableLabel', { from: day(report.from), to: day(report.to) })}
          >
            <table>
              <caption className="visually-hidden">
                {t('caseStatistics.tableLabel', { from: day(report.from), to: day(report.to) })}
              </caption>
              <thead>
                <tr>
                  {CASE_STATISTICS_COLUMNS.map((k) => (
                    <th key={k} scope="col">
                      {t(`columns.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.items.map((r) => (
                  <tr key={r.caseId}>
                    {CASE_STATISTICS_COLUMNS.map((k) => (
                      <td key={k}>{cell(r, k)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav
              className="pager"
              aria-label={t('caseStatistics.tableLabel', { from: day(report.from), to: day(report.to) })}
            >
              <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
                {t('caseStatistics.previous')}
              </Button>
              <span>{t('caseStatistics.pageOf', { page, pages })}</span>
              <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
                {t('caseStatistics.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

/** Selskapets admin -> Rapporter -> Saksstatistikkrapport (R7). The report shown lives in the URL (?report=…). */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const errorText = useErrorMessage('reports');
  const [params, setParams] = useSearchParams();
  const reportId = params.get('report');
  const page = Math.max(1, Number(params.get('page')) || 1);
  // The period and options are checked by the contract's CaseStatisticsRequest (the server runs the same schema).
  const form = useContractForm(
    CaseStatisticsRequest,
    {
      defaultValues: {
        from: `${today().slice(0, 4)}-01-01`,
        to: today(),
        options: { includeClosed: true, onlyWithExternalCaseHandler: false },
      },
    },
    'reports',
  );

  const list = useReports();
  const report = useReport(reportId, page);
  const create = useCreateReport({
    onSuccess: (meta) => setParams({ report: meta.id }),
    onError: (e) => form.applyServerErrors(e),
  });

  const running = report.data?.status === 'running';
  // "Generer rapport" stays focusable while a report is made (disabling it would drop focus to <body>); clicks are ignored.
  const busy = create.isPending || running;
  const submit = form.handleSubmit((body) => {
    if (!busy) create.mutate(body);
  });

  // One live region for the whole generation: it exists before the first report, so every change is announced.
  const statusText = create.isPending
    ? t('caseStatistics.generating')
    : reportId === null || !report.data
      ? ''
      : report.data.status === 'running'
        ? t('caseStatistics.generating')
        : report.data.status === 'done'
          ? t('caseStatistics.finished', { count: report.data.total, formattedCount: formatNumber(report.data.total) })
          : t(`caseStatistics.${report.data.status}`);
  return (
    <section className="page reports">
      <h1>{t('title')}</h1>
      <section aria-labelledby="case-statistics-title" className="report-section">
        <h2 id="case-statistics-title">{t('caseStatistics.title')}</h2>
        <p className="muted">{t('caseStatistics.intro')}</p>
        <form onSubmit={submit} noValidate className="report-form">
          <fieldset>
            <legend>{t('caseStatistics.period')}</legend>
            <div className="report-period">
              {(['from', 'to'] as const).map((name) => (
                <Controller
                  key={name}
                  control={form.control}
                  name={name}
                  render={({ field }) => (
                    <DateField
                      label={t(`caseStatistics.${name}`)}
                      value={field.value}
                      required
                      error={form.fieldError(name)}
                      onChange={field.onChange}
                    />
                  )}
                />
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('caseStatistics.options')}</legend>
            <Checkbox label={t('caseStatistics.includeClosed')} {...form.register('options.includeClosed')} />
            <Checkbox
              label={t('caseStatistics.onlyWithExternalCaseHandler')}
              {...form.register('options.onlyWithExternalCaseHandler')}
            />
          </fieldset>
          <Button variant="primary" type="submit" aria-disabled={busy || undefined}>
            {t('caseStatistics.generate')}
          </Button>
          {create.isError && !(isApiError(create.error) && create.error.status === 422) && (
            <p role="alert" className="form-error">
              {errorText(create.error)}
            </p>
          )}
        </form>

        <p role="status" aria-live="polite" className="report-status">
          {statusText}
        </p>
        {reportId !== null &&
          (report.isPending ? (
            <Loading />
          ) : report.isError ? (
            <ErrorState error={report.error} onRetry={() => void report.refetch()} ns="reports" />
          ) : (
            <ReportView
              report={report.data}
              page={page}
              onPage={(p) => setParams({ report: reportId, page: String(p) })}
            />
          ))}
      </section>

      <section aria-labelledby="earlier-reports" className="report-section">
        <h2 id="earlier-reports">{t('caseStatistics.earlier')}</h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} ns="reports" />
        ) : list.data.length === 0 ? (
          <p>{t('caseStatistics.none')}</p>
        ) : (
          <ul>
            {list.data.map((r) => (
              <li key={r.id}>
                <Link to={`?report=${encodeURIComponent(r.id)}`}>
                  {t('caseStatistics.open', { from: day(r.from), to: day(r.to), at: formatDateTime(r.createdAt) })}
                </Link>{' '}
                <span className="muted">({formatNumber(r.total)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
