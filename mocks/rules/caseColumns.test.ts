import { parseCaseListQuery } from '@/api/contract';
import { IDS } from '../db';
import type { Db } from '../db';
import { createDb } from '../db/store';
import { dashboard, listCases } from '../handlers/caseList';
import { dueEvents } from '../handlers/timeEvents';
import { caseColumns, casePrimer, primeCaseColumns, primedFacts, type CaseColumns, type Fact } from './caseColumns';

/**
 * The backend's worker primes the columns the first answers read, in one pass over the cases. Two stores
 * from the same seed, one primed and one whose columns are made as they are first asked for, must give
 * the same answers, before and after cases change.
 */
const SEED = { caseCount: 2_000, seed: 20240224 };
const VIEWERS = [IDS.caseHandler, IDS.jornService, IDS.companyAdmin];

const query = (qs: string) => parseCaseListQuery(new URLSearchParams(qs));

function answers(d: Db) {
  const perViewer = VIEWERS.map((id) => {
    const viewer = d.users.get(id)!;
    return {
      dashboard: dashboard(d, viewer, null),
      asExternal: viewer.externalCaseHandler ? dashboard(d, viewer, 'externalCaseHandler') : null,
      newest: listCases(d, viewer, query('')),
      attention: listCases(d, viewer, query('advanced=attention')),
    };
  });
  return { perViewer, due: dueEvents(d) };
}

test('primed columns give the same answers as columns made when first asked for, also after cases change', () => {
  const primedDb = createDb(SEED);
  const lazyDb = createDb(SEED);
  primeCaseColumns(primedDb.cases.all());
  const before = answers(primedDb);
  expect(before).toEqual(answers(lazyDb));

  // Close the first ten open cases and flag two for attention, in both stores.
  const open = lazyDb.cases
    .all()
    .filter((c) => c.status === 'open')
    .slice(0, 10)
    .map((c) => c.id);
  const quiet = lazyDb.cases
    .all()
    .filter((c) => !c.attention)
    .slice(0, 2)
    .map((c) => c.id);
  for (const d of [primedDb, lazyDb]) {
    for (const id of open) d.cases.update(id, (c) => ({ ...c, status: 'closed' }));
    for (const id of quiet) d.cases.update(id, (c) => ({ ...c, attention: true }));
  }
  const after = answers(primedDb);
  expect(after).toEqual(answers(lazyDb));

  const insurer = (a: ReturnType<typeof answers>) => a.perViewer[0]!.dashboard;
  expect(insurer(after).countsByStatus.open).toBe(insurer(before).countsByStatus.open - 10);
  expect(insurer(after).countsByStatus.closed).toBe(insurer(before).countsByStatus.closed + 10);
  expect(insurer(after).attention.total).toBe(insurer(before).attention.total + 2);
});

test('a store whose cases are made on demand, with columns made as the seeding drew them, answers as one made whole', () => {
  const onDemand = createDb(SEED, casePrimer(SEED.caseCount));
  const whole = createDb(SEED);
  whole.cases.all(); // every case made
  const asHandler = (d: Db) => {
    const viewer = d.users.get(IDS.caseHandler)!;
    return { dashboard: dashboard(d, viewer, null), newest: listCases(d, viewer, query('')), due: dueEvents(d) };
  };
  expect(asHandler(onDemand)).toEqual(asHandler(whole));
  // The insurer's first answers made no more than the rows they show.
  const madeSoFar = () => onDemand.cases.rowsSoFar().filter(Boolean).length;
  expect(onDemand.cases.partlyMade).toBe(true);
  expect(madeSoFar()).toBeLessThanOrEqual(125); // a page of 100, 5 + 20 on the dashboard

  // Changes while the other cases are still to be made: an update, and one from another tab.
  const open = whole.cases
    .all()
    .filter((c) => c.status === 'open')
    .slice(0, 3)
    .map((c) => c.id);
  for (const d of [onDemand, whole]) {
    d.cases.update(open[0]!, (c) => ({ ...c, status: 'closed' }));
    d.cases.applyPersisted(open[1]!, { ...d.cases.get(open[1]!)!, status: 'on_hold', attention: true });
  }
  expect(asHandler(onDemand)).toEqual(asHandler(whole));
  expect(onDemand.cases.partlyMade).toBe(true);

  // Half made in the background, a change, then the rest; and a partner's answers, which read every case.
  onDemand.cases.makeSome(SEED.caseCount / 2);
  for (const d of [onDemand, whole]) d.cases.update(open[2]!, (c) => ({ ...c, attention: true }));
  expect(answers(onDemand)).toEqual(answers(whole));
  expect(onDemand.cases.partlyMade).toBe(false);

  // A new case (a new rows array): the columns carry over and take it in.
  for (const d of [onDemand, whole])
    d.cases.insert({ ...d.cases.get(open[0]!)!, id: 'case-new', seq: SEED.caseCount + 1, status: 'open' });
  expect(answers(onDemand)).toEqual(answers(whole));
  const handler = answers(onDemand).perViewer[0]!.dashboard;
  expect(handler.total).toBe(SEED.caseCount + 1);
});

test("the columns made from the seeding's sketches are those of the cases themselves, for every primed fact", () => {
  // Each primed fact's values by position, ids as the values they stand for.
  const valuesOf = (cols: CaseColumns, fact: Fact): unknown[] => {
    switch (fact.kind) {
      case 'id':
        return Array.from(cols.ids(fact), (id) => cols.name(id));
      case 'ids': {
        const { start, end, data } = cols.idLists(fact);
        return Array.from(start, (s, i) => Array.from(data.subarray(s, end[i]), (id) => cols.name(id)));
      }
      case 'flag':
        return Array.from(cols.flags(fact));
      case 'number':
        return Array.from(cols.numbers(fact));
      case 'text':
        return [...cols.texts(fact)];
    }
  };
  // The facts are registered when the modules that declare them load (the handlers above).
  expect(primedFacts().length).toBeGreaterThanOrEqual(6);
  const onDemand = createDb(SEED, casePrimer(SEED.caseCount));
  const fromSketches = caseColumns(onDemand.cases);
  const fromCases = caseColumns(createDb(SEED).cases.all());
  for (const fact of primedFacts()) expect(valuesOf(fromSketches, fact)).toEqual(valuesOf(fromCases, fact));
  expect(onDemand.cases.partlyMade).toBe(true); // the sketches' columns were read, not made again
});

test("a later start takes the columns stored with the seed's index, and makes them again when they do not fit", () => {
  const whole = createDb(SEED);
  whole.cases.all();
  const first = createDb(SEED, casePrimer(SEED.caseCount));
  const stored = structuredClone(first.seedIndex!);
  expect(stored).toBeTruthy();
  // A primer that counts the cases it is shown (drawn) rather than given (taken from the index).
  const start = (index: typeof stored | null) => {
    const primer = casePrimer(SEED.caseCount);
    let visits = 0;
    const d = createDb(SEED, { ...primer, visit: (p, c) => (visits++, primer.visit(p, c)) }, index);
    return { d, visits };
  };
  const taken = start(stored);
  expect(taken.visits).toBe(0);
  expect(taken.d.seedIndex).toBeNull(); // nothing drawn, nothing to store
  expect(answers(taken.d)).toEqual(answers(whole));

  // The guide case's (always checked) sort key by date moved a second: not taken, made again.
  const changed = structuredClone(stored) as typeof stored & { made: { columns: unknown[] } };
  const dates = changed.made.columns.find((c) => Object.prototype.toString.call(c) === '[object Float64Array]');
  (dates as Float64Array)[0]! += 1000;
  // Columns of another shape, or no columns at all.
  const shorter = structuredClone(stored) as typeof stored & { made: { columns: Int32Array[] } };
  shorter.made.columns = shorter.made.columns.map((c) => c.slice(1));
  const garbage = { ...structuredClone(stored), made: { names: ['x'], columns: 'none' } };
  for (const [what, index] of Object.entries({ changed, shorter, garbage })) {
    const again = start(index);
    expect(again.visits, what).toBe(SEED.caseCount);
    expect(again.d.seedIndex, what).not.toBeNull();
    expect(answers(again.d), what).toEqual(answers(whole));
  }
});
