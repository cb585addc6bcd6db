import { Suspense } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { logout } from '@/api/endpoints/session';
import { useSessionUser } from '@/lib/session';
import { setLanguage, type Language } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';
import { Loading } from '@/components/ui/States';
import { NotificationBell } from '@/features/notifications/NotificationBell';
import { DemoPanel } from './DemoPanel';
import { StorageNotice } from '@/features/storage/StorageNotice';

export function Layout() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const can = (p: (typeof user.permissions)[number]) => user.permissions.includes(p);

  const onLogout = async () => {
    await logout().catch(() => undefined);
    qc.clear();
    void navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="topbar">
        <span className="brand">{t('appName')}</span>
        <nav aria-label={t('nav.main')} className="mainnav">
          <ul>
            {can('cases:list') && (
              <>
                <li><NavLink to="/" end>{t('nav.dashboard')}</NavLink></li>
                <li><NavLink to="/cases">{t('nav.cases')}</NavLink></li>
              </>
            )}
            {can('members:manage') && <li><NavLink to="/admin/members">{t('nav.companyAdmin')}</NavLink></li>}
            {can('roleDefinition:edit') && <li><NavLink to="/platform/role-definition">{t('nav.roleDefinition')}</NavLink></li>}
          </ul>
        </nav>
        <div className="topbar-tools">
          <NotificationBell />
          <label className="lang">
            <span className="visually-hidden">{t('language.label')}</span>
            <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)} aria-label={t('language.label')}>
              <option value="nb">{t('language.nb')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </label>
          <span className="whoami">{t('user.signedInAs', { name: `${user.firstName} ${user.lastName}` })}</span>
          <Button variant="link" onClick={() => void onLogout()}>{t('user.logout')}</Button>
        </div>
      </header>
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <DemoPanel />
    </div>
  );
}
