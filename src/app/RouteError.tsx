import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useRouteError } from 'react-router';
import { Button } from '@/components/ui/Button';
import { useDocumentTitle, useRouteTitle } from '@/lib/documentTitle';

/**
 * A page that failed to render (a bug, or a page's code that could not be loaded) is caught here, inside
 * the shell: the top bar, the navigation and the demo panel stay, and the user can try again or go on.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(t('title.error'));
  // A page whose code could not be loaded (a new release replaced it) needs a full reload; otherwise
  // navigating to the same place again clears the error and renders the page anew.
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message);
  const retry = () => {
    if (chunkFailed) window.location.reload();
    else void navigate(location.pathname + location.search + location.hash, { replace: true });
  };
  return (
    <section className="page boundary" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('boundary.title')}</h1>
      <p>{t('boundary.text')}</p>
      <div className="form-actions">
        <Button variant="primary" onClick={retry}>
          {t('boundary.retry')}
        </Button>
        <Link to="/">{t('states.toDashboard')}</Link>
      </div>
    </section>
  );
}

/** The outermost route: names the browser tab after the current route. */
export function RootRoute() {
  useRouteTitle();
  return <Outlet />;
}
