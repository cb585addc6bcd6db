import {
  CASE_FILTER_KEYS,
  CASE_FILTERS,
  CASE_SORT_KEYS,
  caseListHref,
  caseListQueryToSearch,
  isCalendarDay,
  parseCaseListQuery,
  type CaseSort,
} from '@/api/contract';
import { db, IDS } from '../db';
import type { CaseRow } from '../db/schema';
import { createDb } from '../db/store';
import { caseColumns } from './caseColumns';
import {
  caseFilterTest,
  compileCaseFilter,
  countCases,
  dayRangeBounds,
  osloDayStart,
  queryCases,
  scanCases,
  scanColumns,
  sortMatches,
} from './caseFilters';

/**
 * Each filter against the seed (240 cases, seed 20240224): the expected count comes from a plain,
 * independent predicate over the rows, and a few literal numbers pin the seed so the test can fail.
 */
const rows = () => db().cases.all();
/** The filter's count over the rows, checked against the same filter over the columns (what GET /cases uses). */
function run(qs: string, viewerId: string = IDS.jornService, r: readonly CaseRow[] = rows()) {
  const filter = parseCaseListQuery(new URLSearchParams(qs)).filter;
  const byRow = scanCases(r, compileCaseFilter(filter, { viewerId }));
  const cols = caseColumns(r);
  const byColumn = scanColumns(cols, caseFilterTest(filter, { viewerId }, cols));
  expect(byColumn.positions.subarray(0, byColumn.count)).toEqual(byRow.positions.subarray(0, byRow.count));
  return countCases(r, compileCaseFilter(filter, { viewerId }));
}
const expected = (pred: (c: CaseRow) => boolean) => rows().filter(pred).length;

const budget = (c: CaseRow) =>
  c.tasks.reduce((s, t) => s + (t.budget && t.budget.status !== 'rejected' ? t.budget.amount : 0), 0);
const involves = (c: CaseRow, u: string) => c.externalUserId === u || c.tasks.some((t) => t.userId === u);
const inOslo = (iso: string | null, from: string, to: string) => {
  if (!iso) return false;
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(iso)); // YYYY-MM-DD
  return day >= from && day <= to;
};

const U = IDS.jornService;
const CASES: [string, (c: CaseRow) => boolean][] = [
  [
    'office=o-hansjorn-oslo',
    (c) => c.externalOfficeId === IDS.hansJornOslo || c.tasks.some((t) => t.officeId === IDS.hansJornOslo),
  ],
  ['inspectionFrom=2026-01-01&inspectionTo=2026-06-30', (c) => inOslo(c.inspectionAt, '2026-01-01', '2026-06-30')],
  [`user=${U}`, (c) => involves(c, U)],
  ['user=u-jorn-service&user=u-12', (c) => involves(c, U) || involves(c, 'u-12')],
  [
    `member=${IDS.caseHandler}`,
    (c) =>
      [c.createdById, c.caseHandlerId, c.inspectorId, c.projectManagerId, c.externalUserId].includes(IDS.caseHandler) ||
      c.tasks.some((t) => t.userId === IDS.caseHandler || t.budget?.addedById === IDS.caseHandler),
  ],
  [
    'member=u-35',
    (c) =>
      [c.createdById, c.caseHandlerId, c.inspectorId, c.projectManagerId, c.externalUserId].includes('u-35') ||
      c.tasks.some((t) => t.userId === 'u-35' || t.budget?.addedById === 'u-35'),
  ],
  ['createdBy=u-7', (c) => c.createdById === 'u-7'],
  ['caseHandler=u-saksbehandler', (c) => c.caseHandlerId === 'u-saksbehandler'],
  ['inspector=u-35', (c) => c.inspectorId === 'u-35'],
  ['projectManager=u-8', (c) => c.projectManagerId === 'u-8'],
  ['craftsman=u-12', (c) => c.tasks.some((t) => t.userId === 'u-12')],
  ['status=open&status=on_hold', (c) => c.status === 'open' || c.status === 'on_hold'],
  ['budgetMin=10000&budgetMax=50000', (c) => budget(c) >= 1_000_000 && budget(c) <= 5_000_000],
  ['budgetMin=100000', (c) => budget(c) >= 10_000_000],
  ['budgetMin=10000.5', (c) => budget(c) >= 1_000_050],
  ['damageType=fire', (c) => c.damageType === 'fire'],
  ['inspectionCompany=c-nordtakst', (c) => c.inspectionCompanyId === 'c-nordtakst'],
  ['originalOffice=o-vestbygg-bergen', (c) => c.originalOfficeId === 'o-vestbygg-bergen'],
  ['city=Bergen&city=Tromsø', (c) => c.city === 'Bergen' || c.city === 'Tromsø'],
  ['createdFrom=2026-01-01&createdTo=2026-03-31', (c) => inOslo(c.createdAt, '2026-01-01', '2026-03-31')],
  ['createdFrom=2026-11-01', (c) => inOslo(c.createdAt, '2026-11-01', '9999-12-31')],
  ['invoice=with', (c) => c.invoiceCount > 0],
  ['invoice=without', (c) => c.invoiceCount === 0],
  ['remoteVideoCalls=with', (c) => c.remoteVideoCalls > 0],
  ['remoteVideoMedia=with', (c) => c.remoteVideoMedia > 0],
  ['remoteVideoOwnCompany=with', (c) => c.remoteVideoInvitedByOwnCompany],
  ['adv=myTask', (c) => involves(c, U)],
  ['adv=attention', (c) => c.attention],
  ['adv=noAssignedTasks', (c) => c.tasks.every((t) => t.officeId === null)],
  ['adv=ongoingTasks', (c) => c.tasks.some((t) => t.status !== 'C' && t.status !== 'A')],
  ['adv=noOngoingTasks', (c) => !c.tasks.some((t) => t.status !== 'C' && t.status !== 'A')],
  ['adv=closedNormally', (c) => c.status === 'closed' && c.closeReason === 'normal'],
  ['adv=cashOfferAccepted', (c) => c.status === 'closed' && c.closeReason === 'cash_offer_accepted'],
  ['adv=onHold', (c) => c.status === 'on_hold'],
  ['adv=compensationPreApproved', (c) => c.compensationPreApproved],
  ['adv=subcontractor', (c) => c.subcontractor],
  ['adv=noInspectionReport', (c) => !c.inspectionReport],
  ['adv=withWorkItems', (c) => c.tasks.some((t) => t.workItems.length > 0)],
  ['adv=withExternalCaseHandler', (c) => c.externalOfficeId !== null],
  // all / any
  [`user=${U}&adv=withExternalCaseHandler`, (c) => involves(c, U) && c.externalOfficeId !== null],
  [`user=${U}&adv=withExternalCaseHandler&match=any`, (c) => involves(c, U) || c.externalOfficeId !== null],
  ['status=closed&adv=attention&adv=subcontractor', (c) => c.status === 'closed' && c.attention && c.subcontractor],
  [
    'status=closed&adv=attention&adv=subcontractor&match=any',
    (c) => c.status === 'closed' || c.attention || c.subcontractor,
  ],
  // a "without" (a negated flag) among several filters, all and any
  ['invoice=without&status=open', (c) => c.invoiceCount === 0 && c.status === 'open'],
  ['invoice=without&status=closed&match=any', (c) => c.invoiceCount === 0 || c.status === 'closed'],
  // an added filter with no value does not narrow the list
  ['status=&adv=', () => true],
];

describe('case list filters over the seed', () => {
  it.each(CASES)('%s', (qs, pred) => {
    const want = expected(pred);
    expect(run(qs)).toBe(want);
  });

  it('pins known seed numbers', () => {
    expect(rows()).toHaveLength(240);
    // Jørn Service holds the role in 4 cases and has a task in 3 more ("Bruker" includes both).
    expect(run(`user=${U}`)).toBe(7);
    expect(run('adv=myTask')).toBe(7);
    expect(expected((c) => c.externalUserId === U)).toBe(4);
    expect(run('adv=withExternalCaseHandler')).toBe(62);
    expect(run(`user=${U}&adv=withExternalCaseHandler`)).toBe(4);
    expect(run(`user=${U}&adv=withExternalCaseHandler&match=any`)).toBe(65);
    expect(run('adv=attention')).toBe(40);
    expect(run('adv=onHold')).toBe(14);
    expect(run('city=Bergen')).toBe(15);
  });

  it('"Min oppgave" follows the signed-in user', () => {
    expect(run('adv=myTask', 'u-12')).toBe(expected((c) => involves(c, 'u-12')));
    expect(run('adv=myTask', IDS.caseHandler)).toBe(0); // insurer staff hold neither the role nor partner tasks
  });
});

describe('the columns follow the rows', () => {
  // A store of its own: these tests write.
  const store = () => createDb({ caseCount: 240, seed: 20240224 });
  const query = (r: readonly CaseRow[], qs: string) =>
    queryCases(r, parseCaseListQuery(new URLSearchParams(qs)), { viewerId: U });

  it('a case updated in place is filtered and sorted by its new values at the next query', () => {
    const d = store();
    const newest = query(d.cases.all(), '').rows[0] as CaseRow;
    const other = d.cases.all()[100] as CaseRow;
    expect(other.id).not.toBe(newest.id);
    const inTromso = run('city=Tromsø', U, d.cases.all());

    d.cases.update(other.id, (c) => ({ ...c, createdAt: '2027-01-01T00:00:00.000Z', city: 'Tromsø' }));
    expect(query(d.cases.all(), '').rows[0]?.id).toBe(other.id);
    expect(run('city=Tromsø', U, d.cases.all())).toBe(inTromso + (other.city === 'Tromsø' ? 0 : 1));
    expect(query(d.cases.all(), 'createdFrom=2026-12-31').rows.map((c) => c.id)).toEqual([other.id]);

    // A task for Jørn Service: "Bruker" finds the case; its budget sorts it first by Saksbudsjett.
    expect(query(d.cases.all(), `user=${U}&pageSize=1000`).rows.map((c) => c.id)).not.toContain(other.id);
    d.cases.update(other.id, (c) => ({
      ...c,
      tasks: [
        ...c.tasks,
        {
          id: 't-new',
          type: (c.tasks[0]?.type ?? 'repair') as CaseRow['tasks'][number]['type'],
          status: 'B',
          officeId: IDS.hansJornOslo,
          userId: U,
          cashOffer: false,
          budget: { amount: 900_000_000, status: 'approved', addedById: U },
          workItems: [],
        },
      ],
    }));
    expect(query(d.cases.all(), `user=${U}&pageSize=1000`).rows.map((c) => c.id)).toContain(other.id);
    expect(query(d.cases.all(), 'sort=-budget').rows[0]?.id).toBe(other.id);
  });

  it('a new rows array (a case added) keeps the columns of the rows it shares and adds the new case', () => {
    const d = store();
    for (const [qs] of CASES) run(qs, U, d.cases.all());
    const before = run('city=Bergen&adv=withExternalCaseHandler&match=any', U, d.cases.all());
    const src = d.cases.all()[3] as CaseRow;
    d.cases.insert({ ...src, id: 'case-new', seq: 999, city: 'Bergen', createdAt: '2027-02-01T00:00:00.000Z' });
    expect(run('city=Bergen&adv=withExternalCaseHandler&match=any', U, d.cases.all())).toBe(before + 1);
    for (const [qs, pred] of CASES) expect(run(qs, U, d.cases.all())).toBe(d.cases.all().filter(pred).length);
    expect(query(d.cases.all(), '').rows[0]?.id).toBe('case-new');
    expect(query(d.cases.all(), 'sort=-reference').rows[0]?.id).toBe('case-new');
  });

  it('every filter agrees with the rows after many updates', () => {
    const d = store();
    const all = d.cases.all();
    for (const qs of CASES.map(([q]) => q)) run(qs, U, all);
    // Enough updates of the task lists, each one seen by a query, that their column is compacted on the way.
    for (let k = 0; k < 3000; k++) {
      const c = all[k % 40] as CaseRow;
      d.cases.update(c.id, (row) => ({
        ...row,
        status: k % 3 ? 'open' : 'on_hold',
        tasks: row.tasks.map((t) => ({ ...t, userId: k % 2 ? U : 'u-12' })),
      }));
      expect(run(`user=${U}`, U, d.cases.all())).toBe(d.cases.all().filter((r) => involves(r, U)).length);
    }
    for (const [qs, pred] of CASES) expect(run(qs, U, d.cases.all())).toBe(d.cases.all().filter(pred).length);
  });
});

describe('sorting and paging', () => {
  const sorted = (sort: CaseSort) => {
    const r = rows();
    const m = scanCases(r, () => true);
    return [...sortMatches(r, m, sort)].map((p) => r[p] as CaseRow);
  };

  it.each(CASE_SORT_KEYS.flatMap((key) => (['asc', 'desc'] as const).map((dir) => ({ key, dir }))))(
    "a page selected without a full sort is the full sort's first rows ($key $dir)",
    (sort) => {
      const r = rows();
      const m = scanCases(r, (c) => c.status !== 'cancelled');
      const full = [...sortMatches(r, m, sort)];
      for (const limit of [0, 1, 7, 50]) expect([...sortMatches(r, m, sort, limit)]).toEqual(full.slice(0, limit));
    },
  );

  it('sorts by creation time, newest first by default, and by reference both ways', () => {
    const byDate = sorted({ key: 'createdAt', dir: 'desc' });
    for (let i = 1; i < byDate.length; i++) expect(byDate[i - 1]!.createdAt >= byDate[i]!.createdAt).toBe(true);
    expect(sorted({ key: 'reference', dir: 'asc' }).map((c) => c.seq)).toEqual(
      [...rows()].map((c) => c.seq).sort((a, b) => a - b),
    );
    expect(sorted({ key: 'reference', dir: 'desc' })[0]!.seq).toBe(240);
  });

  it('sorts places in Norwegian order and budgets by amount', () => {
    const cities = sorted({ key: 'city', dir: 'asc' }).map((c) => c.city);
    const distinct = [...new Set(cities)];
    expect(distinct.at(-1)).toBe('Ålesund'); // å comes last in Norwegian
    expect(distinct.indexOf('Tromsø')).toBeLessThan(distinct.indexOf('Ålesund'));
    const budgets = sorted({ key: 'budget', dir: 'desc' }).map(budget);
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
  });

  it('puts cases without inspection last when sorting by inspection time', () => {
    const list = sorted({ key: 'inspectionAt', dir: 'asc' });
    const firstNull = list.findIndex((c) => c.inspectionAt === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(list.slice(firstNull).every((c) => c.inspectionAt === null)).toBe(true);
  });

  it('sorts a case updated in place, or added, by its new values at the next query', () => {
    const d = createDb({ caseCount: 240, seed: 20240224 }); // a store of its own: this test writes
    const first = (qs: string) =>
      queryCases(d.cases.all(), parseCaseListQuery(new URLSearchParams(qs)), { viewerId: U }).rows[0]?.id;
    const target = d.cases.all().find((c, i) => i >= 100 && c.tasks.length > 0) as CaseRow;
    expect(first('')).not.toBe(target.id);
    d.cases.update(target.id, (c) => ({ ...c, createdAt: '2027-01-01T00:00:00.000Z' }));
    expect(first('')).toBe(target.id);
    expect(first('sort=-budget')).not.toBe(target.id);
    d.cases.update(target.id, (c) => ({
      ...c,
      tasks: c.tasks.map((t, i) =>
        i === 0 ? { ...t, budget: { amount: 900_000_000, status: 'approved', addedById: U } } : t,
      ),
    }));
    expect(first('sort=-budget')).toBe(target.id);
    d.cases.insert({ ...target, id: 'case-new', seq: 999, createdAt: '2027-02-01T00:00:00.000Z' });
    expect(first('')).toBe('case-new');
    expect(first('sort=-reference')).toBe('case-new');
    expect(first('sort=reference')).toBe(d.cases.all().find((c) => c.seq === 1)?.id);
  });

  it('pages through the sorted matches without gaps or repeats', () => {
    const q = parseCaseListQuery(new URLSearchParams('status=open&sort=reference&pageSize=50'));
    const ids: string[] = [];
    const total = queryCases(rows(), q, { viewerId: U }).total;
    for (let page = 1; (page - 1) * 50 < total; page++)
      ids.push(...queryCases(rows(), { ...q, page }, { viewerId: U }).rows.map((c) => c.id));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(total).toBe(expected((c) => c.status === 'open'));
  });

  it('applies a visibility predicate in the same pass', () => {
    const r = rows();
    const m = scanCases(
      r,
      () => true,
      (c) => c.city === 'Oslo',
    );
    expect(m.count).toBe(expected((c) => c.city === 'Oslo'));
  });
});

describe('query string', () => {
  it('round-trips every kind of filter and leaves defaults out', () => {
    const qs =
      'office=o-hansjorn-oslo&inspectionFrom=2026-01-01&inspectionTo=2026-02-01&user=u-jorn-service&status=&budgetMin=100&budgetMax=2000&createdFrom=2026-01-01&invoice=with&remoteVideoOwnCompany=&adv=myTask&adv=withExternalCaseHandler&match=any&sort=city&page=3&pageSize=50';
    const q = parseCaseListQuery(new URLSearchParams(qs));
    expect(q.filter.values.status).toEqual([]);
    expect(q.filter.values.remoteVideoOwnCompany).toBeNull();
    expect(q.filter.values.advanced).toEqual(['myTask', 'withExternalCaseHandler']);
    expect(q.sort).toEqual({ key: 'city', dir: 'asc' });
    expect(parseCaseListQuery(caseListQueryToSearch(q))).toEqual(q);
    expect(caseListQueryToSearch(parseCaseListQuery(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores what it does not understand', () => {
    const q = parseCaseListQuery(
      new URLSearchParams('status=bogus&status=open&adv=nope&page=-4&pageSize=7&sort=-hack&createdFrom=yesterday'),
    );
    expect(q.filter.values.status).toEqual(['open']);
    expect(q.filter.values.advanced).toEqual([]);
    expect(q.page).toBe(1);
    expect(q.pageSize).toBe(100);
    expect(q.sort).toEqual({ key: 'createdAt', dir: 'desc' });
    expect(q.filter.values.createdAt).toEqual({ from: null, to: null });
  });

  it('drops impossible or out-of-range days from a link instead of failing', () => {
    for (const day of [
      '2026-99-99',
      '2026-02-31',
      '2026-02-29',
      '0000-00-00',
      '9999-12-31',
      '1899-12-31',
      '2101-01-01',
      '2026-1-01',
      '+10000-01-01',
    ]) {
      expect(isCalendarDay(day)).toBe(false);
      const q = parseCaseListQuery(new URLSearchParams(`createdFrom=${day}&inspectionTo=${day}`));
      expect(q.filter.values.createdAt).toEqual({ from: null, to: null });
      expect(q.filter.values.inspectionAt).toEqual({ from: null, to: null });
    }
    for (const day of ['1900-01-01', '2024-02-29', '2026-12-31', '2100-12-31']) expect(isCalendarDay(day)).toBe(true);
    const kept = parseCaseListQuery(new URLSearchParams('createdFrom=2026-01-01&createdTo=9999-12-31'));
    expect(kept.filter.values.createdAt).toEqual({ from: '2026-01-01', to: null });
  });

  it('keeps the free-text search in `q`, normalised and bounded', () => {
    const q = parseCaseListQuery(new URLSearchParams('q=%20%20Edwards%20%20Munchs%20&status=open'));
    expect(q.search).toBe('Edwards Munchs');
    expect(caseListQueryToSearch(q).toString()).toBe('status=open&q=Edwards+Munchs');
    expect(parseCaseListQuery(new URLSearchParams(`q=${'x'.repeat(500)}`)).search).toHaveLength(100);
    expect(caseListQueryToSearch(parseCaseListQuery(new URLSearchParams('q=%20'))).toString()).toBe('');
  });

  it("builds the dashboard's links with the same codec", () => {
    expect(caseListHref()).toBe('/cases');
    expect(caseListHref({ values: { status: ['open'] }, scope: 'externalCaseHandler' })).toBe(
      '/cases?status=open&scope=externalCaseHandler',
    );
    expect(caseListHref({ values: { advanced: ['attention'] } })).toBe('/cases?adv=attention');
  });

  it('the registry owns every query parameter once', () => {
    const params = CASE_FILTER_KEYS.flatMap((k) => CASE_FILTERS[k].params);
    expect(new Set(params).size).toBe(params.length);
    for (const reserved of ['match', 'q', 'scope', 'sort', 'page', 'pageSize']) expect(params).not.toContain(reserved);
  });

  it('reads days in Norwegian time (winter +01:00, summer +02:00)', () => {
    expect(osloDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(osloDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(dayRangeBounds({ from: null, to: '2026-07-15' }).hi).toBe('2026-07-15T22:00:00.000Z');
  });
});
