import type { RouteObject } from 'react-router';
import { RequireSession } from '../guards';
import { Layout } from '../Layout';
import { NotFound } from '../Forbidden';
import { Loading } from '@/components/ui/States';

/**
 * Every page is its own chunk (route-level code splitting): the first load carries the shell and
 * sign-in only. Route modules compose features; features do not import each other.
 */
export const routes: RouteObject[] = [
  {
    HydrateFallback: Loading,
    children: [
  { path: '/login', lazy: () => import('./login') },
  {
    element: <RequireSession />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, lazy: () => import('./dashboard') },
          { path: 'cases', lazy: () => import('./caseList') },
          { path: 'cases/:caseId', lazy: () => import('./case') },
          { path: 'notifications', lazy: () => import('./notifications') },
          {
            path: 'admin',
            lazy: () => import('./admin'),
            children: [
              { path: 'members', lazy: () => import('./members') },
              { path: 'members/:memberId', lazy: () => import('./memberEdit') },
              { path: 'reports', lazy: () => import('./reports') },
            ],
          },
          { path: 'platform/role-definition', lazy: () => import('./roleDefinition') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },

    ],
  },
];
