import { useTranslation } from 'react-i18next';

/** Placeholder until the feature lands. */
export function CaseListPage() {
  const { t } = useTranslation('caseList');
  return (
    <section className="page">
      <h1>{t('title')}</h1>
    </section>
  );
}
