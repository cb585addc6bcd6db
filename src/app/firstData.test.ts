import { createQueryClient } from '@/app/providers';
import { routes } from '@/app/routes';
import { prefetchFirstData } from '@/app/firstData';
import { filterOptionsQuery } from '@/features/case-list/api/getFilterOptions';
import { signInAs } from '../../test/renderApp';

const CASE_HANDLER = 'saksbehandler@jorn6.test';

/** The keys of the queries that were asked for and answered. */
const answered = (client: ReturnType<typeof createQueryClient>) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.status === 'success')
    .map((q) => JSON.stringify(q.queryKey));

describe('a signed-in start asks for the first page’s data with the session, not after it', () => {
  it('the dashboard: its counts are in the cache before any page has rendered', async () => {
    signInAs(CASE_HANDLER);
    const client = createQueryClient();
    await prefetchFirstData(client, routes, { pathname: '/', search: '' });
    expect(answered(client)).toEqual(['["cases","dashboard","all"]']);
    expect(client.getQueryData<{ total: number }>(['cases', 'dashboard', 'all'])?.total).toBeGreaterThan(0);
  });

  it('the case list with the filters of its address and its filter options, and the case page of its case', async () => {
    signInAs(CASE_HANDLER);
    const client = createQueryClient();
    await prefetchFirstData(client, routes, { pathname: '/cases', search: '?status=open' });
    await prefetchFirstData(client, routes, { pathname: '/cases/case-1', search: '' });
    expect(answered(client)).toHaveLength(3);
    expect(answered(client)).toContain('["cases","detail","case-1"]');
    expect(answered(client)).toContain(JSON.stringify(filterOptionsQuery().queryKey));
    const list = client
      .getQueryCache()
      .findAll({ queryKey: ['cases', 'list'] })
      .map((q) => q.queryKey[2]);
    expect(list).toEqual([{ status: ['open'] }]);
  });

  it('asks for nothing on the sign-in page, on pages without first data, or for a dashboard scope that depends on rights', async () => {
    signInAs(CASE_HANDLER);
    const client = createQueryClient();
    for (const [pathname, search] of [
      ['/login', ''],
      ['/notifications', ''],
      ['/', '?scope=externalCaseHandler'],
    ] as const)
      await prefetchFirstData(client, routes, { pathname, search });
    expect(client.getQueryCache().getAll()).toEqual([]);
  });
});
