import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { Tag } from '@/components/ui/Badge';
import { formatDate } from '@/lib/format';

/**
 * Issue 14 beside "Ekstern saksbehandler": the role's last day ("Til og med") and, when the office has not
 * assigned a user within the portal's working hours, "Venter på kontor (N t)". Both as the API says.
 */
export function ExternalRoleTime({ external }: { external: CaseDetail['externalCaseHandler'] }) {
  const { t } = useTranslation('caseHeader');
  return (
    <>
      {external.until && (
        <span className="case-header-until">{t('external.until', { date: formatDate(external.until) })}</span>
      )}
      {external.waitingForOffice && (
        <span title={t('external.waitingForOfficeTitle', { hours: external.waitingForOffice.hours })}>
          <Tag tone="warning" className="case-waiting-for-office">
            {t('external.waitingForOffice', { hours: external.waitingForOffice.hours })}
          </Tag>
        </span>
      )}
    </>
  );
}
