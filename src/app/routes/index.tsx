import type { RouteObject } from 'react-router';
import { RequireSession } from '../guards';
import { NotFound } from '../Forbidden';
import { BootShell } from '../BootShell';
import { RootRoute, RouteError } from '../RouteError';
import { loadNamespaces } from '@/lib/i18n';
import type { FirstData } from '../firstData';

/** A lazy route that also loads its texts (i18n namespaces) before it renders. */
const page =
  <M,>(load: () => Promise<M>, ns: string[]) =>
  async (): Promise<M> => {
    const [m] = await Promise.all([load(), loadNamespaces(ns)]);
    return m;
  };

// The first data of the pages a signed-in user most often starts on (see firstData.ts). The dashboard
// with ?scope= depends on the viewer's rights, so only the default view is asked for early.
const dashboardData: FirstData = (client, search) =>
  search.has('scope')
    ? Promise.resolve()
    : import('@/features/dashboard/api/getDashboard').then((m) => client.prefetchQuery(m.dashboardQuery(null)));
const caseListData: FirstData = (client, search) =>
  Promise.all([
    import('@/features/case-list/api/getCases'),
    import('@/features/case-list/api/getFilterOptions'),
    import('@/api/contract/caseList'),
  ]).then(([cases, options, c]) =>
    Promise.all([
      client.prefetchQuery(cases.casesQuery(c.parseCaseListQuery(search))),
      client.prefetchQuery(options.filterOptionsQuery()),
    ]),
  );
const caseData: FirstData = (client, _search, params) =>
  import('@/api/endpoints/cases').then((m) => client.prefetchQuery(m.caseQuery(params.caseId ?? '')));

/**
 * Every page is its own chunk (route-level code splitting): the first load carries the shell and
 * sign-in only. Route modules compose features; features do not import each other.
 */
export const routes: RouteObject[] = [
  {
    // The outermost route names the browser tab; its error element is the last resort (the shell itself failed).
    Component: RootRoute,
    HydrateFallback: BootShell,
    errorElement: <RouteError />,
    children: [
      { path: '/login', handle: { title: 'common:title.login' }, lazy: page(() => import('./login'), ['auth']) },
      {
        element: <RequireSession />,
        children: [
          {
            // Lazy like the pages: the sign-in page does not need the top bar, the bell or the demo panel.
            lazy: () => import('../Layout').then((m) => ({ Component: m.Layout })),
            children: [
              {
                // A page that fails to render shows its error inside the shell (top bar and demo panel stay).
                errorElement: <RouteError />,
                children: [
                  {
                    index: true,
                    handle: { title: 'common:nav.dashboard', firstData: dashboardData },
                    lazy: page(() => import('./dashboard'), ['dashboard']),
                  },
                  {
                    path: 'cases',
                    handle: { title: 'common:nav.cases', firstData: caseListData },
                    lazy: page(() => import('./caseList'), ['caseList']),
                  },
                  // The case page sets its own title ("000001 Edwards Munchs vei") once the case is loaded.
                  {
                    path: 'cases/:caseId',
                    handle: { firstData: caseData },
                    lazy: page(() => import('./case'), ['caseHeader', 'assignOffice', 'case']),
                  },
                  {
                    path: 'notifications',
                    handle: { title: 'common:nav.notifications' },
                    lazy: page(() => import('./notifications'), ['notifications']),
                  },
                  {
                    path: 'admin',
                    handle: { title: 'common:nav.companyAdmin' },
                    lazy: () => import('./admin'),
                    children: [
                      {
                        path: 'members',
                        handle: { title: 'common:nav.members' },
                        lazy: page(() => import('./members'), ['members']),
                      },
                      {
                        path: 'members/:memberId',
                        handle: { title: 'members:edit.title' },
                        lazy: page(() => import('./memberEdit'), ['members']),
                      },
                      {
                        path: 'reports',
                        handle: { title: 'common:nav.reports' },
                        lazy: page(() => import('./reports'), ['reports']),
                      },
                    ],
                  },
                  {
                    path: 'settings',
                    handle: { title: 'common:nav.settings' },
                    lazy: page(() => import('./insurerSettings'), ['settings']),
                  },
                  {
                    path: 'platform/role-definition',
                    handle: { title: 'common:nav.roleDefinition' },
                    lazy: page(() => import('./roleDefinition'), ['roleDefinition']),
                  },
                  { path: '*', Component: NotFound },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
