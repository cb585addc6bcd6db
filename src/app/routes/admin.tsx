import { useTranslation } from 'react-i18next';
import { NavLink, Navigate, Outlet, useLocation } from 'react-router';
import { RequirePermission } from '../guards';

/** "Selskapets admin": Medlemmer and Rapporter, for the insurer's company admin. */
export function Component() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (pathname.replace(/\/$/, '') === '/admin') return <Navigate to="/admin/members" replace />;
  return (
    <RequirePermission permission="members:manage">
      <div className="admin">
        <nav aria-label={t('nav.companyAdmin')} className="subnav">
          <ul>
            <li>
              <NavLink to="/admin/members">{t('nav.members')}</NavLink>
            </li>
            <li>
              <NavLink to="/admin/reports">{t('nav.reports')}</NavLink>
            </li>
          </ul>
        </nav>
        <Outlet />
      </div>
    </RequirePermission>
  );
}
