import { signInAs } from '@test/renderApp';
import { call } from '@test/api';
import { db, IDS } from '@mocks/db';
import type { CaseRow } from '@mocks/db/schema';
import { caseListQueryToSearch, parseCaseListQuery } from '@/api/contract';

/**
 * GET /cases with hostile or impossible parameters: a clear answer, never a 500; and the free-text
 * search (`?q=`), combined with the panel's filters, answered by the handler.
 */
const INSURER = 'saksbehandler@jorn6.test';
const rows = () => db().cases.all();
const count = (pred: (c: CaseRow) => boolean) => rows().filter(pred).length;
const osloDay = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(iso));
const text = (c: CaseRow) =>
  [String(c.seq).padStart(6, '0'), c.street, c.postalCode, c.city, c.customerName, c.claimNumber]
    .join('\n')
    .toLowerCase();

describe('GET /cases: impossible dates and bounds', () => {
  it.each([
    ['createdTo=9999-12-31'],
    ['createdFrom=2026-99-99'],
    ['createdFrom=2026-02-31'],
    ['createdFrom=0000-00-00&createdTo=+010000-01-01'],
    ['inspectionFrom=1899-12-31&inspectionTo=2101-01-01'],
    ['budgetMin=-5&budgetMax=1e400'],
    ['page=1e400&pageSize=1000000'],
  ])('%s answers 200 and ignores what is impossible', async (qs) => {
    const r = await call('GET', `/cases?${qs}`, { token: signInAs(INSURER) });
    expect(r.status).toBe(200);
    expect(r.json.total).toBe(240);
  });

  it('keeps the possible half of a range: createdFrom=2026-01-01&createdTo=9999-12-31', async () => {
    const r = await call('GET', '/cases?createdFrom=2026-01-01&createdTo=9999-12-31', { token: signInAs(INSURER) });
    expect(r.status).toBe(200);
    const expected = count((c) => osloDay(c.createdAt) >= '2026-01-01');
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(240);
    expect(r.json.total).toBe(expected);
  });

  it('the last day of the range (2100-12-31) is a day like any other', async () => {
    const r = await call('GET', '/cases?createdFrom=1900-01-01&createdTo=2100-12-31', { token: signInAs(INSURER) });
    expect(r.status).toBe(200);
    expect(r.json.total).toBe(240);
  });

  it('a page far beyond the list is empty, with the page it was asked for bounded', async () => {
    const r = await call('GET', '/cases?page=99999999999', { token: signInAs(INSURER) });
    expect(r.status).toBe(200);
    expect(r.json.items).toEqual([]);
    expect(r.json.page).toBe(1_000_000);
  });
});

describe('GET /cases?q=: free-text search', () => {
  const search = async (qs: string, email = INSURER) => {
    const r = await call('GET', `/cases?${qs}&pageSize=1000`, { token: signInAs(email) });
    expect(r.status).toBe(200);
    return r.json as { total: number; items: { id: string; reference: string }[] };
  };

  it("finds the guide's case by case number, street, customer, skadenummer and postcode", async () => {
    const guide = db().cases.get(IDS.guideCase)!;
    for (const q of [
      '000001',
      'edwards munchs',
      'EDWARDS',
      'Kari Nordmann',
      guide.claimNumber,
      `${guide.postalCode} munchs`,
    ]) {
      const r = await search(`q=${encodeURIComponent(q)}`);
      expect(r.items.map((c) => c.id)).toContain(IDS.guideCase);
      expect(r.total).toBe(
        count((c) =>
          q
            .toLowerCase()
            .split(' ')
            .every((w) => text(c).includes(w)),
        ),
      );
    }
  });

  it('a poststed finds exactly the cases there, and every word must match', async () => {
    const inBergen = count((c) => text(c).includes('bergen'));
    expect(inBergen).toBeGreaterThan(0);
    expect((await search('q=bergen')).total).toBe(inBergen);
    expect((await search('q=bergen%20oslo')).total).toBe(
      count((c) => text(c).includes('bergen') && text(c).includes('oslo')),
    );
    expect((await search('q=finnes-ikke-noe-sted')).total).toBe(0);
  });

  it('combines with the panel\'s filters (even "Minst ett av filtrene": the search always narrows)', async () => {
    const open = (await search('q=oslo&status=open')).total;
    expect(open).toBe(count((c) => text(c).includes('oslo') && c.status === 'open'));
    const any = (await search('q=oslo&status=open&adv=onHold&match=any')).total;
    expect(any).toBe(count((c) => text(c).includes('oslo') && (c.status === 'open' || c.status === 'on_hold')));
    expect(open).toBeLessThan(count((c) => text(c).includes('oslo')));
  });

  it('finds nothing a partner may not see', async () => {
    const r = await search('q=oslo', 'jorn.service@hansjorn.test');
    expect(r.total).toBeLessThanOrEqual(7);
    const all = await search('', 'jorn.service@hansjorn.test');
    const visible = new Set(all.items.map((c) => c.id));
    expect(r.items.every((c) => visible.has(c.id))).toBe(true);
  });

  it("sees a changed case at once (the row's search text follows the row)", async () => {
    expect((await search('q=Zyxwvut')).total).toBe(0);
    db().cases.update(IDS.guideCase, (c) => ({ ...c, customerName: 'Zyxwvut Hansen' }));
    expect((await search('q=zyxwvut')).items.map((c) => c.id)).toEqual([IDS.guideCase]);
  });

  it('refuses a search longer than the search box (422 at q) instead of cutting it silently', async () => {
    const r = await call('GET', `/cases?q=${'a'.repeat(5000)}`, { token: signInAs(INSURER) });
    expect(r).toMatchObject({ status: 422, json: { fieldErrors: { q: { code: 'validation.tooLong' } } } });
    // A page link with such a q still works: the page reads it cut to the box's length before it asks.
    const sent = caseListQueryToSearch(parseCaseListQuery(new URLSearchParams({ q: 'a'.repeat(5000) })));
    const page = await call('GET', `/cases?${sent.toString()}`, { token: signInAs(INSURER) });
    expect(page.status).toBe(200);
    expect(page.json.total).toBe(0);
  });
});

describe('GET /cases after a write', () => {
  const PARTNER = 'jorn.service@hansjorn.test';
  const list = async (qs: string, email = INSURER) => {
    const r = await call('GET', `/cases?${qs}&pageSize=1000`, { token: signInAs(email) });
    expect(r.status).toBe(200);
    return (r.json as { total: number; items: { id: string }[] }).items.map((c) => c.id);
  };

  it('filters and sorts a changed case by its new values at once', async () => {
    const target = rows().find((c) => c.city !== 'Tromsø' && c.id !== IDS.guideCase)!;
    expect(await list('city=Tromsø')).not.toContain(target.id);
    expect((await list(''))[0]).not.toBe(target.id);
    db().cases.update(target.id, (c) => ({ ...c, city: 'Tromsø', createdAt: '2027-01-01T00:00:00.000Z' }));
    expect(await list('city=Tromsø')).toContain(target.id);
    expect((await list(''))[0]).toBe(target.id);
    expect((await list('sort=city'))[0]).not.toBe(target.id);
  });

  it('a partner sees a case once it is linked to them, and no longer when it is not', async () => {
    const jorn = db().users.get(IDS.jornService)!;
    const target = rows().find(
      (c) => c.externalUserId === null && c.tasks.every((t) => t.userId !== jorn.id && t.officeId !== jorn.officeId),
    )!;
    expect(await list('', PARTNER)).not.toContain(target.id);
    db().cases.update(target.id, (c) => ({ ...c, externalOfficeId: jorn.officeId, externalUserId: jorn.id }));
    expect(await list('', PARTNER)).toContain(target.id);
    db().cases.update(target.id, (c) => ({ ...c, externalOfficeId: null, externalUserId: null }));
    expect(await list('', PARTNER)).not.toContain(target.id);
  });
});
