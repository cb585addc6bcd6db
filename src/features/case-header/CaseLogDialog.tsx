import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '@/api/contract';
import { caseLogQuery } from '@/api/endpoints/cases';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatDateTime, formatMoney } from '@/lib/format';

/**
 * The text of a log entry. The header's own actions live in `caseHeader:log.actions.*`, the case page's
 * (tasks, budgets …) in `case:log.actions.*`; an unknown action shows its key rather than nothing.
 */
export function useLogText() {
  const { t, i18n } = useTranslation('caseHeader');
  return (entry: Pick<LogEntry, 'action' | 'params'>): string => {
    const params: Record<string, string | number> = { ...entry.params };
    // Amounts in nb-NO whatever the UI language ("10 000 NOK").
    if (typeof params.amount === 'number') params.amount = formatMoney(params.amount);
    if (typeof params.reason === 'string') params.reasonText = t(`closeReasons.${params.reason}`, { defaultValue: params.reason });
    for (const key of [`caseHeader:log.actions.${entry.action}`, `case:log.actions.${entry.action}`]) {
      if (i18n.exists(key)) return t(key, params);
    }
    return entry.action;
  };
}

/** Logg: who did what, and when, in the case (newest first). */
export function CaseLogDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const log = useQuery(caseLogQuery(caseId));
  const text = useLogText();
  return (
    <Dialog title={t('log.title')} onClose={onClose} actions={<Button onClick={onClose}>{t('buttons.close')}</Button>}>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} ns="caseHeader" />
      ) : log.data.length === 0 ? (
        <Empty>{t('log.empty')}</Empty>
      ) : (
        <table className="case-log" tabIndex={0}>
          <caption className="visually-hidden">{t('log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.at')}</th>
              <th scope="col">{t('log.actor')}</th>
              <th scope="col">{t('log.event')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((e) => (
              <tr key={e.id}>
                <td><time dateTime={e.at}>{formatDateTime(e.at)}</time></td>
                <td>{e.actor?.name ?? t('log.system')}</td>
                <td>{text(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  );
}
