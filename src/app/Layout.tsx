import { memo, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, sessionQuery } from '@/api/endpoints/session';
import { setLanguage, type Language } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';
import { Loading, QueryState } from '@/components/ui/States';
import { UnsavedChangesPrompt as UnsavedChangesPromptPart } from '@/lib/unsavedChanges';
import { NotificationBell as NotificationBellPart } from '@/features/notifications/NotificationBell';
import { DemoPanel as DemoPanelPart } from './DemoPanel';
import { StorageNotice as StorageNoticePart } from '@/features/storage/StorageNotice';

// The shell's parts without props render when their own state or data changes, not at every navigation
// (the layout reads the location for its menu, and a filter or a page of the case list is a navigation).
const NotificationBell = memo(NotificationBellPart);
const DemoPanel = memo(DemoPanelPart);
const StorageNotice = memo(StorageNoticePart);
const UnsavedChangesPrompt = memo(UnsavedChangesPromptPart);

/**
 * The shell: top bar, main area, demo panel. It appears at once, before the session has answered, and it
 * stays whatever fails below it: a failing session shows its error (with "Prøv igjen") in the main area,
 * a failing page shows its error in its own section, and the demo panel is always there to undo a failure
 * rate. Below 900 px the navigation and tools fold into a "Meny" button.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const session = useQuery(sessionQuery());
  const user = session.data ?? undefined;
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  // The menu is open for the page it was opened on: a followed link closes it.
  const here = location.pathname + location.search;
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === here;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? here : null);
  const menuId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const can = (p: NonNullable<typeof user>['permissions'][number]) => Boolean(user?.permissions.includes(p));

  // A click or tap outside the top bar closes the menu; Escape in the top bar closes it and gives focus back to "Meny".
  const header = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (e: PointerEvent) => {
      if (!header.current?.contains(e.target as Node)) setMenuOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !header.current?.contains(e.target as Node)) return;
      setMenuOpenOn(null);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [menuOpen]);

  const onLogout = async () => {
    await logout().catch(() => undefined);
    qc.clear();
    void navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header ref={header} className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
            {t('appName')}
          </Link>
          {user && (
            <span className="topbar-bell">
              <NotificationBell />
            </span>
          )}
          <Button
            ref={toggle}
            variant="tertiary"
            size="sm"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span className="menu-toggle-icon" aria-hidden="true" />
            {t('menu.open')}
          </Button>
          <div id={menuId} className="topbar-menu" data-open={menuOpen}>
            <nav aria-label={t('nav.main')} className="mainnav">
              <ul>
                {can('cases:list') && (
                  <>
                    <li>
                      <NavLink to="/" end>
                        {t('nav.dashboard')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/cases">{t('nav.cases')}</NavLink>
                    </li>
                  </>
                )}
                {can('members:manage') && (
                  <li>
                    <NavLink to="/admin/members">{t('nav.companyAdmin')}</NavLink>
                  </li>
                )}
                {can('partnerNetwork:view') && (
                  <li>
                    <NavLink to="/settings">{t('nav.settings')}</NavLink>
                  </li>
                )}
                {can('roleDefinition:edit') && (
                  <li>
                    <NavLink to="/platform/role-definition">{t('nav.roleDefinition')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
            <div className="topbar-tools">
              <label className="lang">
                <span className="visually-hidden">{t('language.label')}</span>
                <select
                  value={i18n.language}
                  onChange={(e) => void setLanguage(e.target.value as Language)}
                  aria-label={t('language.label')}
                >
                  <option value="nb">{t('language.nb')}</option>
                  <option value="en">{t('language.en')}</option>
                </select>
              </label>
              {user && (
                <span className="whoami" title={t('user.signedInAs', { name: `${user.firstName} ${user.lastName}` })}>
                  {t('user.signedInAs', { name: `${user.firstName} ${user.lastName}` })}
                </span>
              )}
              <Button variant="secondary" size="sm" className="logout" onClick={() => void onLogout()}>
                {t('user.logout')}
              </Button>
            </div>
          </div>
        </div>
      </header>
      <StorageNotice />
      <main id="main" tabIndex={-1}>
        {user ? (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        ) : (
          <QueryState query={session} />
        )}
      </main>
      <DemoPanel />
      <UnsavedChangesPrompt />
    </div>
  );
}
