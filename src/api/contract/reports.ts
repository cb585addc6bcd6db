import { z } from 'zod';
import { CaseStatus, CloseReason, DamageType } from './cases';
import { IsoDay } from './caseList';
import { Id, Ore, Page } from './common';

/**
 * Saksstatistikkrapport (R7), under Selskapets admin -> Rapporter. A report is a SNAPSHOT: its rows are
 * written when it is generated, so the column "E-post ekstern saksbehandler" keeps the e-mail of the user
 * who held the role at that moment; a later re-assignment shows in the next report only.
 *
 * Generation runs in chunks: POST answers at once with the report's id, status and total; GET answers
 * with the progress until it is `done`; DELETE cancels a running report (or deletes a finished one).
 */
export const CaseStatisticsOptions = z.object({
  /** Include closed and cancelled cases (otherwise only open and on hold). */
  includeClosed: z.boolean().default(true),
  /** Only cases with the external case handler role (Saker med ekstern saksbehandler). */
  onlyWithExternalCaseHandler: z.boolean().default(false),
});
export type CaseStatisticsOptions = z.infer<typeof CaseStatisticsOptions>;

/** The period is the cases' creation date (Sakens opprettelsesdato), both days included, Norwegian time. */
/** A day of the period: empty is "required" (the form's first check), anything else must be a real date. */
const PeriodDay = z.string().min(1, { message: 'validation.required' }).pipe(IsoDay);

export const CaseStatisticsRequest = z
  .object({
    from: PeriodDay,
    to: PeriodDay,
    options: CaseStatisticsOptions.default({ includeClosed: true, onlyWithExternalCaseHandler: false }),
  })
  .refine((r) => r.from <= r.to, { message: 'validation.periodOrder', path: ['to'] });
export type CaseStatisticsRequest = z.input<typeof CaseStatisticsRequest>;

/** expired: a big report kept only in the mock server's memory, lost with a reload; generate it again. */
export const ReportStatus = z.enum(['running', 'done', 'cancelled', 'expired']);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const CaseStatisticsReportMeta = z.object({
  id: Id,
  status: ReportStatus,
  from: IsoDay,
  to: IsoDay,
  options: CaseStatisticsOptions,
  createdAt: z.string(),
  createdBy: z.string(),
  /** Cases in the period when generation started, and how many are written so far. */
  total: z.number().int(),
  processed: z.number().int(),
  finishedAt: z.string().nullable(),
});
export type CaseStatisticsReportMeta = z.infer<typeof CaseStatisticsReportMeta>;

/** One row per case, as it was when the report was generated. */
export const CaseStatisticsRow = z.object({
  caseId: Id,
  reference: z.string(),
  createdAt: z.string(),
  status: CaseStatus,
  closeReason: CloseReason.nullable(),
  damageType: DamageType,
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  claimNumber: z.string(),
  customerName: z.string(),
  caseHandlerName: z.string().nullable(),
  externalOfficeName: z.string().nullable(),
  externalUserName: z.string().nullable(),
  /** The e-mail of the user holding the external case handler role at generation time. */
  externalUserEmail: z.string().nullable(),
  taskCount: z.number().int(),
  /** øre in the API; the CSV keeps its NOK column ("12500,5"), as users' spreadsheets expect. */
  budgetTotal: Ore,
  invoiceCount: z.number().int(),
});
export type CaseStatisticsRow = z.infer<typeof CaseStatisticsRow>;

/** GET /reports/case-statistics/:id?page&pageSize: the report and (once done) a page of its rows. */
export const CaseStatisticsReport = CaseStatisticsReportMeta.extend({ rows: Page(CaseStatisticsRow) });
export type CaseStatisticsReport = z.infer<typeof CaseStatisticsReport>;

export const CaseStatisticsReportList = z.array(CaseStatisticsReportMeta);

/** The CSV's columns in order; headers are `reports:columns.<key>` in the requested language. */
export const CASE_STATISTICS_COLUMNS = [
  'reference',
  'createdAt',
  'status',
  'closeReason',
  'damageType',
  'street',
  'postalCode',
  'city',
  'claimNumber',
  'customerName',
  'caseHandlerName',
  'externalOfficeName',
  'externalUserName',
  'externalUserEmail',
  'taskCount',
  'budgetTotal',
  'invoiceCount',
] as const satisfies readonly (keyof CaseStatisticsRow)[];

/** A downloaded file as the client hands it over (`responseType: 'blob'`): the bytes and the server's file name. */
export const DownloadedFile = z.object({
  // Checked by shape: the Blob of fetch and the page's Blob may be different classes (jsdom, workers).
  blob: z.custom<Blob>((v) => typeof v === 'object' && v !== null && typeof (v as Blob).arrayBuffer === 'function'),
  filename: z.string().nullable(),
});
export type DownloadedFile = z.infer<typeof DownloadedFile>;
