import { useTranslation } from 'react-i18next';
import { sessionToken } from '@/api/client';
import { bootKind, bootShellHtml } from './bootShell';

/**
 * React's first screens (while the first route's code and the session load) show exactly the markup the
 * static boot shell of index.html painted, so the first paint does not flash into something else.
 */
export function BootShell() {
  const { t } = useTranslation(['common', 'auth']);
  const html = bootShellHtml(bootKind(window.location.pathname, Boolean(sessionToken.get())), {
    appName: t('common:appName'),
    loading: t('common:states.loading'),
    signInTitle: t('auth:title'),
    email: t('auth:email'),
    password: t('auth:password'),
    submit: t('auth:submit'),
    demoAccounts: t('auth:demoAccounts'),
    demoHint: t('auth:demoHint'),
  });
  // Our own markup with escaped texts from locales/ (see bootShell.ts).
  return <div className="boot-root" dangerouslySetInnerHTML={{ __html: html }} />;
}
