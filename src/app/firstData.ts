import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type Params, type RouteObject } from 'react-router';

/**
 * The data a page shows first, asked for at start-up together with the session instead of after it:
 * a signed-in start used to ask for the session, wait for its answer and the layout's render, and only
 * then ask for the page's data (with 100,000 cases, the dashboard's first answer takes 150-250 ms in
 * the backend's worker). Declared on the route (`handle.firstData`), beside the page it belongs to; its
 * query options load with it (a dynamic import), so the sign-in page carries none of them.
 *
 * A prefetch the viewer may not make (a page their permissions hide) gets its refusal and is not shown:
 * the page asks again, through its own query, only if it renders.
 */
export type FirstData = (client: QueryClient, search: URLSearchParams, params: Params) => Promise<unknown>;

export function prefetchFirstData(
  client: QueryClient,
  routes: RouteObject[],
  location: { pathname: string; search: string },
): Promise<void> {
  const search = new URLSearchParams(location.search);
  const asked = (matchRoutes(routes, location.pathname) ?? []).map((match) => {
    const firstData = (match.route.handle as { firstData?: FirstData } | undefined)?.firstData;
    return firstData?.(client, search, match.params).catch(() => undefined); // the page's own query retries
  });
  return Promise.all(asked).then(() => undefined);
}
