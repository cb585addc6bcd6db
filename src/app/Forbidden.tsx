import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/lib/documentTitle';

export function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('title.forbidden'));
  return (
    <section className="page">
      <h1>{t('states.forbidden')}</h1>
      <p>{t('states.forbiddenText')}</p>
      <Link to="/">{t('states.toDashboard')}</Link>
    </section>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('title.notFound'));
  return (
    <section className="page">
      <h1>{t('states.notFound')}</h1>
      <p>{t('states.notFoundText')}</p>
      <Link to="/">{t('states.toDashboard')}</Link>
    </section>
  );
}
