import { HttpResponse } from 'msw';
import {
  CASE_STATISTICS_COLUMNS,
  oreToDecimal,
  CaseStatisticsRequest,
  type CaseStatisticsReport,
  type CaseStatisticsReportMeta,
  type CaseStatisticsRow,
} from '@/api/contract';
import nbReports from '@locales/nb/reports.json';
import enReports from '@locales/en/reports.json';
import { commitDb, db as currentDb, type Db } from '../db';
import type { CaseRow, PortalRow, ReportRow, UserRow } from '../db/schema';
import { globalPermissions } from '../rules/access';
import { caseBudgetTotal, dayRangeBounds } from '../rules/caseFilters';
import { conflict, forbidden, HttpError, notFound, parseBody, route } from './http';
import { caseParties, caseReference, fullName } from './serialize';
import { nowIso } from '../clock';

/**
 * Saksstatistikkrapport (R7). POST takes a snapshot of the cases created in the period: the lines are
 * written once, in chunks (so a big period shows progress and can be cancelled), and never rewritten,
 * so the e-mail of the external case handler is the one of the user holding the role at generation time.
 */

/** Cases written per step, and the pause between steps (the mock server yields, as a real server's job would). */
const DEFAULT_PACING = { chunk: 1000, tickMs: 10 };
let pacing = { ...DEFAULT_PACING };
/** Tests slow generation down to see progress and cancel it; no argument restores the default. */
export function setReportPacing(p: Partial<typeof DEFAULT_PACING> = DEFAULT_PACING) {
  pacing = { ...DEFAULT_PACING, ...p };
}
/** Bigger reports stay in the mock server's memory only: 100,000 lines do not fit in localStorage. */
export const REPORT_PERSIST_LIMIT = 5000;
const MAX_PAGE_SIZE = 500;

interface Working {
  caseIds: string[];
  lines: CaseStatisticsRow[];
}
/** Per store (a reset forgets it): the data of in-memory reports, and the jobs running now. */
const memory = new WeakMap<Db, Map<string, Working>>();
const jobs = new WeakMap<Db, Set<string>>();
const memOf = (d: Db) => memory.get(d) ?? (memory.set(d, new Map()), memory.get(d)!);
const jobsOf = (d: Db) => jobs.get(d) ?? (jobs.set(d, new Set()), jobs.get(d)!);

function requireReports(viewer: UserRow, portal: PortalRow) {
  if (!globalPermissions(viewer, portal).includes('reports:view'))
    throw forbidden('forbidden', { permission: 'reports:view' });
}

function working(d: Db, r: ReportRow): Working | null {
  return r.inMemory ? (memOf(d).get(r.id) ?? null) : r;
}

export function caseStatisticsLine(d: Db, c: CaseRow): CaseStatisticsRow {
  return {
    caseId: c.id,
    reference: caseReference(c),
    createdAt: c.createdAt,
    status: c.status,
    closeReason: c.closeReason,
    damageType: c.damageType,
    street: c.street,
    postalCode: c.postalCode,
    city: c.city,
    claimNumber: c.claimNumber,
    customerName: c.customerName,
    ...caseParties(d, c),
    taskCount: c.tasks.length,
    budgetTotal: caseBudgetTotal(c),
    invoiceCount: c.invoiceCount,
  };
}

/** Writes the next chunk of lines; returns true when the report is finished. */
function step(d: Db, id: string): boolean {
  const r = d.reports.get(id);
  if (!r || r.status !== 'running') return true;
  const w = working(d, r);
  if (!w) return true;
  const end = Math.min(r.total, r.processed + pacing.chunk);
  const chunk: CaseStatisticsRow[] = [];
  for (let i = r.processed; i < end; i++) {
    const c = d.cases.get(w.caseIds[i] as string);
    if (c) chunk.push(caseStatisticsLine(d, c));
  }
  w.lines.push(...chunk); // the lines array is the report's own: appended, never rewritten
  const done = end >= r.total;
  d.reports.update(id, (x) => ({
    ...x,
    processed: end,
    ...(done ? { status: 'done' as const, finishedAt: nowIso(d) } : {}),
  }));
  return done;
}

/** Runs the remaining chunks one per macrotask, so the UI (and other requests) go on meanwhile. */
function startJob(d: Db, id: string) {
  const running = jobsOf(d);
  if (running.has(id)) return;
  running.add(id);
  const tick = () => {
    const r = d.reports.get(id);
    // Cancelled, deleted, or the demo data was reset: stop.
    if (!r || r.status !== 'running' || currentDb() !== d) {
      running.delete(id);
      return;
    }
    if (step(d, id)) {
      running.delete(id);
      commitDb();
      return;
    }
    setTimeout(tick, pacing.tickMs);
  };
  setTimeout(tick, pacing.tickMs);
}

function toMeta(d: Db, r: ReportRow): CaseStatisticsReportMeta {
  const by = d.users.get(r.createdById);
  return {
    id: r.id,
    status: r.status,
    from: r.from,
    to: r.to,
    options: r.options,
    createdAt: r.createdAt,
    createdBy: by ? fullName(by) : '',
    total: r.total,
    processed: r.processed,
    finishedAt: r.finishedAt,
  };
}

/** A report of the viewer's company, with a running one resumed (or expired) after a reload of the mock server. */
function loadReport(d: Db, viewer: UserRow, id: string): ReportRow {
  const r = d.reports.get(id);
  if (!r || r.companyId !== viewer.companyId) throw notFound();
  if ((r.status === 'running' || r.status === 'done') && !working(d, r)) {
    return d.reports.update(id, (x) => ({ ...x, status: 'expired' }));
  }
  if (r.status === 'running') startJob(d, id);
  return r;
}

export function createCaseStatisticsReport(d: Db, viewer: UserRow, input: CaseStatisticsRequest): ReportRow {
  const req = CaseStatisticsRequest.parse(input);
  const { lo, hi } = dayRangeBounds({ from: req.from, to: req.to });
  const caseIds: string[] = [];
  for (const c of d.cases.all()) {
    if (c.insurerCompanyId !== viewer.companyId || c.createdAt < lo || c.createdAt >= hi) continue;
    if (!req.options.includeClosed && (c.status === 'closed' || c.status === 'cancelled')) continue;
    if (req.options.onlyWithExternalCaseHandler && c.externalOfficeId === null) continue;
    caseIds.push(c.id);
  }
  const inMemory = caseIds.length > REPORT_PERSIST_LIMIT;
  const id = d.nextId('report');
  const row: ReportRow = {
    id,
    companyId: viewer.companyId,
    createdById: viewer.id,
    createdAt: nowIso(d),
    from: req.from,
    to: req.to,
    options: req.options,
    status: 'running',
    total: caseIds.length,
    processed: 0,
    finishedAt: null,
    inMemory,
    caseIds: inMemory ? [] : caseIds,
    lines: [],
  };
  if (inMemory) memOf(d).set(id, { caseIds, lines: [] });
  d.reports.insert(row);
  // A small period is written at once; a big one goes on in the background.
  if (!step(d, id)) startJob(d, id);
  return d.reports.get(id) as ReportRow;
}

// ---------- CSV ----------

type Lang = 'nb' | 'en';
const LOCALES = { nb: nbReports, en: enReports } as const;
const osloDateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * One CSV field as Norwegian Excel reads it: `;`-separated, quoted when it holds `;`, `"`, a line break
 * or edge spaces (quotes doubled); text that Excel would run as a formula gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function caseStatisticsCsv(lines: readonly CaseStatisticsRow[], lang: Lang): string {
  const L = LOCALES[lang];
  const cell = (row: CaseStatisticsRow, key: (typeof CASE_STATISTICS_COLUMNS)[number]): string | number | null => {
    switch (key) {
      case 'createdAt':
        return osloDateTime.format(new Date(row.createdAt));
      case 'status':
        return L.values.status[row.status];
      case 'closeReason':
        return row.closeReason ? L.values.closeReason[row.closeReason] : null;
      case 'damageType':
        return L.values.damageType[row.damageType];
      // The column stays NOK as before øre ("12500,5"): users' spreadsheets read it so. Exact, no float.
      case 'budgetTotal':
        return oreToDecimal(row.budgetTotal).replace('.', ',');
      default:
        return row[key];
    }
  };
  const out: string[] = [CASE_STATISTICS_COLUMNS.map((k) => csvField(L.columns[k])).join(';')];
  for (const row of lines) out.push(CASE_STATISTICS_COLUMNS.map((k) => csvField(cell(row, k))).join(';'));
  // The BOM makes Excel read the file as UTF-8 (æøå); CRLF is what it writes itself.
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

// ---------- routes ----------

type IdParams = { id: string };

export const reportHandlers = [
  route('get', '/reports/case-statistics', ({ db, viewer, portal }) => {
    requireReports(viewer, portal);
    return db.reports
      .where((r) => r.companyId === viewer.companyId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, 20)
      .map((r) => toMeta(db, r));
  }),

  route('post', '/reports/case-statistics', ({ db, viewer, portal, body }) => {
    requireReports(viewer, portal);
    const input = parseBody(CaseStatisticsRequest, body);
    return toMeta(db, createCaseStatisticsReport(db, viewer, input));
  }),

  route<IdParams>(
    'get',
    '/reports/case-statistics/:id',
    ({ db, viewer, portal, params, url }): CaseStatisticsReport => {
      requireReports(viewer, portal);
      const r = loadReport(db, viewer, params.id);
      const lines = working(db, r)?.lines ?? [];
      const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(Number(url.searchParams.get('pageSize')) || 50)));
      const page = Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1));
      const shown = r.status === 'done' ? lines : [];
      return {
        ...toMeta(db, r),
        rows: { items: shown.slice((page - 1) * pageSize, page * pageSize), total: shown.length, page, pageSize },
      };
    },
  ),

  route<IdParams>('get', '/reports/case-statistics/:id/csv', ({ db, viewer, portal, params, url }) => {
    requireReports(viewer, portal);
    const r = loadReport(db, viewer, params.id);
    if (r.status === 'expired') throw new HttpError(410, 'report_expired');
    if (r.status !== 'done') throw conflict('report_not_ready', { status: r.status });
    const lang: Lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nb';
    const csv = caseStatisticsCsv(working(db, r)?.lines ?? [], lang);
    return new HttpResponse(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="saksstatistikk-${r.from}-${r.to}.csv"`,
      },
    });
  }),

  /** Cancels a running report (it stays listed as cancelled) or deletes a finished one. */
  route<IdParams>('delete', '/reports/case-statistics/:id', ({ db, viewer, portal, params }) => {
    requireReports(viewer, portal);
    const r = db.reports.get(params.id);
    if (!r || r.companyId !== viewer.companyId) throw notFound();
    if (r.status === 'running') {
      jobsOf(db).delete(r.id);
      memOf(db).delete(r.id);
      const cancelled = db.reports.update(r.id, (x) => ({
        ...x,
        status: 'cancelled',
        caseIds: [],
        lines: [],
        finishedAt: nowIso(db),
      }));
      return toMeta(db, cancelled);
    }
    memOf(db).delete(r.id);
    db.reports.delete(r.id);
    return undefined;
  }),
];
