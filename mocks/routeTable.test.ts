import { describe, expect, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { handlers } from './handlers';
import { routeTable } from './routeTable';

const all = handlers as HttpHandler[];
const candidates = routeTable(all);

/** The handlers msw itself would run for this request, in order (each one's own method and path match). */
async function mswMatches(list: readonly HttpHandler[], request: Request): Promise<string[]> {
  const out: string[] = [];
  for (const h of list) if (await h.test({ request })) out.push(h.info.header);
  return out;
}

/** A URL for a handler's path: the origin for the leading `*`, a value for each `:param`. */
const sampleUrl = (path: string, value = 'case-1') =>
  `http://127.0.0.1:4173${path.replace(/^\*/, '').replace(/:[A-Za-z0-9_]+/g, value)}`;

const variants = (url: string) => [
  url,
  `${url}/`, // msw (path-to-regexp) takes a trailing slash
  `${url}?page=2&q=%C3%A6`,
  url.replace('/api/', '/API/'), // and is not case-sensitive
];

describe('route table', () => {
  it('hands getResponse every handler msw would run for each route, in the same order', async () => {
    for (const h of all) {
      const path = String(h.info.path);
      for (const url of [...variants(sampleUrl(path)), sampleUrl(path, 'r%C3%B8r-2')]) {
        const request = new Request(url, { method: String(h.info.method) });
        const expected = await mswMatches(all, request);
        expect(expected, `${h.info.header} ${url}`).toContain(h.info.header);
        expect(await mswMatches(candidates(request), request), `${h.info.header} ${url}`).toEqual(expected);
      }
    }
  });

  it('leaves out the handlers that cannot match, so a request is tried against a few', () => {
    const sizes = all.map(
      (h) => candidates(new Request(sampleUrl(String(h.info.path)), { method: String(h.info.method) })).length,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(candidates(new Request('http://127.0.0.1:4173/api/cases/case-1'))).toHaveLength(1);
  });

  it('gives nothing for a path or a method no handler has, as msw finds nothing', async () => {
    for (const [method, url] of [
      ['GET', 'http://127.0.0.1:4173/api/no-such-thing'],
      ['GET', 'http://127.0.0.1:4173/api/cases/case-1/tasks/t-1/unknown'],
      ['GET', 'http://127.0.0.1:4173/assets/index.js'],
      ['OPTIONS', 'http://127.0.0.1:4173/api/cases'],
    ] as const) {
      const request = new Request(url, { method });
      expect(candidates(request)).toEqual([]);
      expect(await mswMatches(all, request)).toEqual([]);
    }
  });
});
