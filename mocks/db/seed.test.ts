import { createHash } from 'node:crypto';
import { INDEX_SAMPLES, isoSeconds, seedDatabase, seedOnDemand, SEED_NOW, type SeedIndex } from './seed';
import type { CaseRow } from './schema';

const DAY = 86_400_000;
const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('isoSeconds', () => {
  it('writes what Date#toISOString writes, across the seed range and calendar edges', () => {
    const samples = [
      SEED_NOW,
      SEED_NOW - 540 * DAY - 86_399_000,
      SEED_NOW + 20 * DAY,
      0,
      -1000,
      Date.UTC(2024, 1, 29, 23, 59, 59), // a leap day
      Date.UTC(2100, 1, 28, 12), // 2100 is not a leap year
      Date.UTC(2000, 1, 29), // 2000 is
      Date.UTC(2026, 11, 31, 23, 59, 59),
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59),
    ];
    for (let ms = SEED_NOW - 600 * DAY; ms < SEED_NOW + 30 * DAY; ms += 37_777_000) samples.push(ms);
    for (const ms of samples) expect(isoSeconds(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('falls back to Date for milliseconds and for years outside 1000-9999', () => {
    for (const ms of [SEED_NOW + 1, SEED_NOW - 999, Date.UTC(999, 11, 31), Date.UTC(10_000, 0, 1), -62_198_755_200_000])
      expect(isoSeconds(ms), String(ms)).toBe(new Date(ms).toISOString());
  });
});

describe('seedDatabase', () => {
  // The journeys and tests rely on particular seeded cases: a change of the generated data (the order of
  // a row's fields, a value, or one more or fewer random draw) must be deliberate. Update these hashes
  // only when the seed is meant to change.
  it('gives the same data, byte for byte, as before', () => {
    expect(sha256(seedDatabase({ caseCount: 240, seed: 20240224 }))).toBe(
      '595eaacf7e92d4c6000239437dfac686f0f111752741c516480a1599f3d0fc15',
    );
    expect(sha256(seedDatabase({ caseCount: 5000, seed: 20240224 }))).toBe(
      'b9f5d94ff7f6545f4e61005c433291e3f343f1af6a887fb740ed60e313295ed7',
    );
  });
});

describe('seedOnDemand', () => {
  it.each([1, 2, 3, 3000])('makes, at each position, the case seedDatabase puts there (%s cases)', (caseCount) => {
    const config = { caseCount, seed: 20240224 };
    const eager = seedDatabase(config);
    // The generated cases are shown as sketches, one object written over: what they hold is read at once.
    const sketched = (c: CaseRow) => {
      const { id, seq, status, createdAt, attention, externalOfficeId, externalUserId, insurerCompanyId } = c;
      return { id, seq, status, createdAt, attention, externalOfficeId, externalUserId, insurerCompanyId };
    };
    const visited: unknown[] = [];
    const { tables, cases } = seedOnDemand(config, (p, c) => (visited[p] = p < 2 ? structuredClone(c) : sketched(c)));
    expect(cases.length).toBe(eager.cases.length);
    expect(visited).toEqual(eager.cases.map((c, p) => (p < 2 ? c : sketched(c))));
    // Out of order, and twice: each case is drawn from where the random numbers stood before it.
    const order = eager.cases.map((_, p) => p).reverse();
    for (const p of [...order, ...order.slice(0, 5)]) expect(cases.at(p), String(p)).toEqual(eager.cases[p]);
    for (const [p, c] of eager.cases.entries()) expect(cases.positionOf(c.id)).toBe(p);
    const { cases: _eagerCases, ...eagerOthers } = eager;
    expect(tables).toEqual({ ...eagerOthers, cases: [] });
  });

  it('takes a stored index instead of drawing the cases again, and draws them when it does not fit', () => {
    const config = { caseCount: 3000, seed: 20240224 };
    const first = seedOnDemand(config);
    expect(first.drawn).toBe(true);
    const positions = [0, 1, 2, 50, 1234, 2999];
    const fromIndex = (index: SeedIndex, check: (p: number) => boolean = () => true) => {
      let visits = 0;
      const checked = new Set<number>();
      const s = seedOnDemand(config, () => visits++, { index, check: (p) => (checked.add(p), check(p)) });
      // Whether taken or drawn, the same cases and tables.
      for (const p of positions) expect(s.cases.at(p), String(p)).toEqual(first.cases.at(p));
      expect(s.tables).toEqual(first.tables);
      return { drawn: s.drawn, visits, checked };
    };
    const taken = fromIndex(structuredClone(first.index));
    expect(taken).toMatchObject({ drawn: false, visits: 0 });
    // The two cases written by hand, and samples spread over the others, first and last among them.
    expect(taken.checked.size).toBe(INDEX_SAMPLES + 2);
    for (const p of [0, 1, 2, 2999]) expect(taken.checked.has(p)).toBe(true);

    // Position 50 is the second sample: where its numbers start, moved; the case must be drawn.
    const moved = structuredClone(first.index);
    moved.saved[50] = moved.saved[50]! + 1;
    // A sampled case's notification left out, and one moved to another case.
    const sampledNote = [...first.index.notes.seq].findIndex((p) => taken.checked.has(p));
    expect(sampledNote).toBeGreaterThanOrEqual(0);
    const without = <A extends Int32Array | Uint16Array | Float64Array>(a: A) =>
      a.filter((_, i) => i !== sampledNote) as A;
    const { seq, office, createdMs } = first.index.notes;
    const missingNote = {
      ...first.index,
      notes: { seq: without(seq), office: without(office), createdMs: without(createdMs) },
    };
    const movedNote = structuredClone(first.index);
    movedNote.notes.seq[sampledNote]! += 1;
    const otherSeed = seedOnDemand({ ...config, seed: 1 }).index;
    const shorter = seedOnDemand({ ...config, caseCount: 2999 }).index;
    for (const [what, index] of Object.entries({ moved, missingNote, movedNote, otherSeed, shorter }))
      expect(fromIndex(index), what).toMatchObject({ drawn: true, visits: 3000 });
    // The visitor's own data disagreeing with a case drawn now.
    expect(fromIndex(structuredClone(first.index), (p) => p !== 50)).toMatchObject({ drawn: true });
    const garbage = { saved: [1, 2, 3], notes: 'none' } as unknown as SeedIndex;
    expect(fromIndex(garbage)).toMatchObject({ drawn: true, visits: 3000 });
  });

  it('knows no other id, and no position outside the seed', () => {
    const { cases } = seedOnDemand({ caseCount: 100, seed: 1 });
    for (const id of ['case-0', 'case-01', 'case-100', 'case-2x', 'case-', 'x-case-5', 'case-1e2', ' case-5'])
      expect(cases.positionOf(id), id).toBe(-1);
    expect(cases.positionOf('case-99')).toBe(99);
    for (const p of [-1, 100, 1.5, NaN]) expect(() => cases.at(p)).toThrow(RangeError);
  });
});
