import type { HttpHandler } from 'msw';

/**
 * The handlers that may answer a request, for msw's `getResponse` in the backend's worker.
 *
 * `getResponse` tries the handlers in turn and, for each, compiles its path into a matcher again at every
 * request: with ~70 handlers that is ~1 ms per warm request (in Node), and ~27 ms for the first one, while
 * the code is cold, which is the moment a cold start's first answers are made. The table compiles each
 * route's pattern once and hands `getResponse` only the handlers whose method and path can match, in their
 * order; msw still matches those itself, so the answer is the one the full list gives.
 *
 * A pattern here accepts everything msw's (path-to-regexp, not case-sensitive, trailing slash optional)
 * does: a `:param` is any non-empty segment, `*` anything. A path it cannot read (a RegExp, a predicate,
 * a modifier such as `:id?`) keeps its handler a candidate for every request.
 */
export function routeTable(handlers: readonly HttpHandler[]): (request: Request) => HttpHandler[] {
  const routes = handlers.map((handler) => {
    const { method, path } = handler.info;
    return {
      handler,
      method: typeof method === 'string' ? method.toUpperCase() : null,
      pattern: typeof path === 'string' ? compile(path) : null,
    };
  });
  return (request) => {
    const url = new URL(request.url);
    const clean = url.origin + url.pathname;
    const method = request.method.toUpperCase();
    const out: HttpHandler[] = [];
    for (const r of routes) {
      if (r.method !== null && r.method !== method) continue;
      if (r.pattern !== null && !r.pattern.test(clean)) continue;
      out.push(r.handler);
    }
    return out;
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `*` and `:name` as msw reads them; null for anything else that is not plain text. */
function compile(path: string): RegExp | null {
  const parts = path.split(/(\*|:[A-Za-z0-9_]+)/);
  if (parts.some((part, i) => i % 2 === 0 && /[?+(){}:]/.test(part))) return null;
  const source = parts
    .map((part, i) => (i % 2 === 0 ? escape(part) : part === '*' ? '.*' : '[^/]+'))
    .join('')
    .replace(/\\\/$/, '');
  return new RegExp(`^${source}\\/?$`, 'i');
}
