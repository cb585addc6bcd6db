/**
 * Case list benchmark (issue #5): handler-side time of representative filter combinations over
 * 100,000 seeded cases, each beside a baseline measured in the same run: a bare scan of the same
 * records, `cases.filter(c => c.status === 'open').length`. Target: a filter within 3x the bare scan.
 *
 *   import { benchCaseList } from './bench-cases.ts';
 *   for (const line of await benchCaseList()) console.log(line);
 *
 * or on its own: `node --import tsx scripts/bench-cases.ts [--runs=N]`.
 *
 * Three levels are timed: the pure filter (compile + one pass, counting), the handler function
 * `listCases` (access rule + filter + sort + page + serialisation of one page), and the real handler
 * through msw/node (`setupServer`) and `fetch`, which adds Request/Response and JSON.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCaseListQuery } from '../src/api/contract';
import { IDS } from '../mocks/db/ids';
import type { Db } from '../mocks/db/store';
import type { CaseRow, UserRow } from '../mocks/db/schema';
import { allOf, compileCaseFilter, compileCaseSearch, countCases, scanCases } from '../mocks/rules/caseFilters';
import { median } from './stats.ts';

const CASE_COUNT = 100_000;
const SEED = 20240224;
const TARGET_RATIO = 3;

async function timeMedian<T>(fn: () => T | Promise<T>, runs: number): Promise<{ ms: number; last: T }> {
  let last = await fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), last };
}

const fmt = (ms: number) =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;

/** The filter combinations timed, as the case list's URL would hold them. */
export const BENCH_FILTERS: [label: string, query: string][] = [
  ['Status = Åpen (same test as the bare scan)', 'status=open'],
  ['Bruker = Jørn Service', `user=${IDS.jornService}`],
  [
    'Bruker = Jørn Service + Saker med ekstern saksbehandler (alle)',
    `user=${IDS.jornService}&adv=withExternalCaseHandler`,
  ],
  [
    'Bruker = Jørn Service + Saker med ekstern saksbehandler (minst ett)',
    `user=${IDS.jornService}&adv=withExternalCaseHandler&match=any`,
  ],
  ['Min oppgave + Handling kreves + Saker med pågående oppgaver', 'adv=myTask&adv=attention&adv=ongoingTasks'],
  [
    'Poststed Oslo/Bergen + Sakens opprettelsesdato 2026 + Saksbudsjett 10–50k',
    'city=Oslo&city=Bergen&createdFrom=2026-01-01&createdTo=2026-12-31&budgetMin=10000&budgetMax=50000',
  ],
  ['Saksrelaterte medlemmer = Siri Saksbehandler', `member=${IDS.caseHandler}`],
  ['Kontor = Hans & Jørn Oslo + Status åpen/på vent', `office=${IDS.hansJornOslo}&status=open&status=on_hold`],
];

export async function benchCaseList(options: { runs?: number; http?: boolean } = {}): Promise<string[]> {
  const runs = options.runs ?? 7;
  const lines: string[] = [];
  const { resetDb } = await import('../mocks/db');
  const t0 = performance.now();
  const db: Db = await resetDb({ caseCount: CASE_COUNT, seed: SEED });
  const rows = db.cases.all();
  lines.push(
    `Case list (Saksliste) over ${rows.length.toLocaleString('en')} cases, seeded in ${fmt(performance.now() - t0)}; median of ${runs} runs after a warm-up`,
  );

  const bare = await timeMedian(() => rows.filter((c: CaseRow) => c.status === 'open').length, runs);
  const w = 78;
  lines.push(`  ${'what'.padEnd(w)} ${'median'.padStart(9)} ${'bare scan'.padStart(9)}  ratio  rows`);
  const row = (what: string, ms: number, note: string, target = false) => {
    const ratio = ms / bare.ms;
    const verdict = target ? (ratio <= TARGET_RATIO ? '  OK' : `  OVER ${TARGET_RATIO}x`) : '';
    lines.push(
      `  ${what.padEnd(w)} ${fmt(ms).padStart(9)} ${fmt(bare.ms).padStart(9)}  ${ratio.toFixed(2).padStart(5)}x ${note}${verdict}`,
    );
  };
  row("bare scan: cases.filter(c => c.status === 'open').length", bare.ms, String(bare.last));

  const insurer = db.users.get(IDS.caseHandler) as UserRow;
  const jorn = db.users.get(IDS.jornService) as UserRow;

  lines.push('  pure filter: compile once + one pass (mocks/rules/caseFilters.ts), target within 3x:');
  for (const [label, qs] of BENCH_FILTERS) {
    const q = parseCaseListQuery(new URLSearchParams(qs));
    const r = await timeMedian(() => countCases(rows, compileCaseFilter(q.filter, { viewerId: insurer.id })), runs);
    row(`  ${label}`, r.ms, String(r.last), true);
  }
  {
    const q = parseCaseListQuery(new URLSearchParams(`user=${IDS.jornService}&adv=withExternalCaseHandler&match=any`));
    const r = await timeMedian(
      () => scanCases(rows, compileCaseFilter(q.filter, { viewerId: insurer.id })).count,
      runs,
    );
    row('  the same pass keeping positions (scanCases, Bruker + ekstern, minst ett)', r.ms, String(r.last), true);
  }

  await benchCaseSearch(lines, rows, bare.ms, insurer.id, runs, row);

  const { listCases } = await import('../mocks/handlers/caseList');
  lines.push('  handler function listCases(): access rule + filter + sort + page of 100 + serialisation:');
  const handlerCases: [string, UserRow, string][] = [
    ['insurer, no filter, newest first', insurer, ''],
    [
      'insurer, Bruker = Jørn Service + ekstern (minst ett), newest first',
      insurer,
      `user=${IDS.jornService}&adv=withExternalCaseHandler&match=any`,
    ],
    ['insurer, Status åpen, sorted by Poststed', insurer, 'status=open&sort=city'],
    [
      'insurer, Min oppgave + Handling kreves + pågående, by Saksbudsjett',
      insurer,
      'adv=myTask&adv=attention&adv=ongoingTasks&sort=-budget',
    ],
    ['partner (Jørn Service, caseRelation per case), no filter', jorn, ''],
  ];
  for (const [label, viewer, qs] of handlerCases) {
    const q = parseCaseListQuery(new URLSearchParams(qs));
    const r = await timeMedian(() => listCases(db, viewer, q).total, runs);
    row(`  ${label}`, r.ms, String(r.last));
  }

  if (options.http !== false) {
    const { setupServer } = await import('msw/node');
    const { handlers } = await import('../mocks/handlers');
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'bypass' });
    try {
      const token = `bench-${Date.now()}`;
      db.sessions.insert({ id: token, userId: insurer.id, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      lines.push('  real handler through msw/node + fetch (GET /api/cases, JSON of one page of 100):');
      for (const [label, qs] of [
        ['no filter', ''],
        [
          'Bruker = Jørn Service + Saker med ekstern saksbehandler',
          `user=${IDS.jornService}&adv=withExternalCaseHandler`,
        ],
        [
          'Poststed + opprettelsesdato + Saksbudsjett, by Poststed',
          'city=Oslo&city=Bergen&createdFrom=2026-01-01&budgetMin=10000&sort=city',
        ],
      ] as const) {
        const r = await timeMedian(async () => {
          const res = await fetch(`http://localhost/api/cases?${qs}`, {
            headers: { Authorization: `Bearer ${token}` },
          });
          const body = (await res.json()) as { total: number };
          return body.total;
        }, runs);
        row(`  ${label}`, r.ms, String(r.last));
      }
    } finally {
      server.close();
    }
  }
  lines.push(
    `  (target: each pure filter within ${TARGET_RATIO}x the bare scan; the handler rows add sorting, paging and serialisation)`,
  );
  return lines;
}

/**
 * The free-text search (Saksliste's `?q=`, issue #11) over the same rows, beside the same bare scan.
 * The first search over a fresh store also builds each row's lower-cased search text (cached by row
 * object); that cold pass is timed once, the rest as medians.
 */
async function benchCaseSearch(
  lines: string[],
  rows: readonly CaseRow[],
  bareMs: number,
  viewerId: string,
  runs: number,
  row: (what: string, ms: number, note: string, target?: boolean) => void,
): Promise<void> {
  lines.push('  free-text search (compileCaseSearch, one pass counting), target within 3x:');
  const guide = rows.find((c) => c.seq === 1) as CaseRow;
  const searches: [label: string, text: string][] = [
    ['q=oslo (poststed, many matches)', 'oslo'],
    ['q=munchs vei (two words of a street)', 'munchs vei'],
    ['q=000001 (case number)', '000001'],
    [`q=${guide.claimNumber} (skadenummer)`, guide.claimNumber],
    ['q=nordmann (customer)', 'nordmann'],
  ];
  const t0 = performance.now();
  const coldCount = countCases(rows, compileCaseSearch('oslo') ?? (() => true));
  const coldMs = performance.now() - t0;
  for (const [label, text] of searches) {
    const r = await timeMedian(() => countCases(rows, compileCaseSearch(text) ?? (() => true)), runs);
    row(`  ${label}`, r.ms, String(r.last), true);
  }
  const q = parseCaseListQuery(new URLSearchParams('status=open&q=oslo'));
  const combined = await timeMedian(
    () => countCases(rows, allOf(compileCaseSearch(q.search), compileCaseFilter(q.filter, { viewerId }))),
    runs,
  );
  row('  q=oslo + Status = Åpen', combined.ms, String(combined.last), true);
  lines.push(
    `    (first search over a fresh store, building every row's search text once: ${fmt(coldMs)}, ${(coldMs / bareMs).toFixed(1)}x; ${coldCount} rows)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
  for (const line of await benchCaseList({ runs })) console.log(line);
}
