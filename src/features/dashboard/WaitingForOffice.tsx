import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

/** Issue 14: how many of the viewer's cases wait for their office beyond the portal's working hours. */
export function WaitingForOffice({ count }: { count: number }) {
  const { t } = useTranslation('dashboard');
  if (count === 0) return null;
  return (
    <p className="widget-waiting-for-office" title={t('waitingForOfficeHint')}>
      {t('waitingForOffice', { count, formatted: formatNumber(count) })}
    </p>
  );
}
