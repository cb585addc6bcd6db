import type { RouteObject } from 'react-router';
import { RequireSession } from '../guards';
import { NotFound } from '../Forbidden';
import { BootShell } from '../BootShell';
import { loadNamespaces } from '@/lib/i18n';

/** A lazy route that also loads its texts (i18n namespaces) before it renders. */
const page =
  <M,>(load: () => Promise<M>, ns: string[]) =>
  async (): Promise<M> => {
    const [m] = await Promise.all([load(), loadNamespaces(ns)]);
    return m;
  };

/**
 * Every page is its own chunk (route-level code splitting): the first load carries the shell and
 * sign-in only. Route modules compose features; features do not import each other.
 */
export const routes: RouteObject[] = [
  {
    HydrateFallback: BootShell,
    children: [
  { path: '/login', lazy: page(() => import('./login'), ['auth']) },
  {
    element: <RequireSession />,
    children: [
      {
        // Lazy like the pages: the sign-in page does not need the top bar, the bell or the demo panel.
        lazy: () => import('../Layout').then((m) => ({ Component: m.Layout })),
        children: [
          { index: true, lazy: page(() => import('./dashboard'), ['dashboard']) },
          { path: 'cases', lazy: page(() => import('./caseList'), ['caseList']) },
          { path: 'cases/:caseId', lazy: page(() => import('./case'), ['caseHeader', 'assignOffice', 'case']) },
          { path: 'notifications', lazy: page(() => import('./notifications'), ['notifications']) },
          {
            path: 'admin',
            lazy: () => import('./admin'),
            children: [
              { path: 'members', lazy: page(() => import('./members'), ['members']) },
              { path: 'members/:memberId', lazy: page(() => import('./memberEdit'), ['members']) },
              { path: 'reports', lazy: page(() => import('./reports'), ['reports']) },
            ],
          },
          { path: 'platform/role-definition', lazy: page(() => import('./roleDefinition'), ['roleDefinition']) },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },

    ],
  },
];
