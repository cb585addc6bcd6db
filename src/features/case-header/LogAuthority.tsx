import { useTranslation } from 'react-i18next';
import type { LogAuthority as Authority } from '@/api/contract';
import { formatMoney } from '@/lib/format';

/**
 * The authority the actor held when a log entry was written (issue 14): as recorded then, never
 * recomputed, so a later change of the role definition or of the user's limit does not rewrite it.
 */
export function LogAuthority({ authority }: { authority: Authority }) {
  const { t } = useTranslation(['caseHeader', 'case']);
  if (authority.relation === 'insurer') {
    return <small className="log-authority">{`${t('log.authority.label')}: ${t('log.authority.insurer')}`}</small>;
  }
  const limit =
    authority.limit === null
      ? t('log.authority.unlimited')
      : t('log.authority.limit', { limit: formatMoney(authority.limit) });
  const summary = [
    t(`log.authority.${authority.relation}`),
    limit,
    t('log.authority.rights', { count: authority.rights.length }),
  ].join(' · ');
  return (
    <details className="log-authority">
      <summary>{`${t('log.authority.label')}: ${summary}`}</summary>
      <ul aria-label={t('log.authority.rightsList')}>
        {authority.rights.map((r) => (
          <li key={r}>{t(`case:rights.${r}`)}</li>
        ))}
      </ul>
    </details>
  );
}
