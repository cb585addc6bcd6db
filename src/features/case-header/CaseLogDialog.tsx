import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LogEntry, LogTopic } from '@/api/contract';
import { caseLogQuery } from './api/caseLog';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatDateTime, formatMoney } from '@/lib/format';
import { LogAuthority } from './LogAuthority';

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
    if (typeof params.reason === 'string')
      params.reasonText = t(`closeReasons.${params.reason}`, { defaultValue: params.reason });
    for (const key of [`caseHeader:log.actions.${entry.action}`, `case:log.actions.${entry.action}`]) {
      if (i18n.exists(key)) return t(key, params);
    }
    return entry.action;
  };
}

/**
 * Logg: who did what, and when, in the case (newest first). Opened from a header row, it shows that row's
 * entries (`topic`), with a way to the whole log.
 */
export function CaseLogDialog({ caseId, topic, onClose }: { caseId: string; topic: LogTopic; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const [whole, setWhole] = useState(false);
  const log = useQuery(caseLogQuery(caseId, whole ? null : topic));
  const text = useLogText();
  return (
    <Dialog
      title={whole ? t('log.title') : t('log.titleTopic', { topic: t(`log.topics.${topic}`) })}
      onClose={onClose}
      actions={
        <>
          <Button variant="tertiary" onClick={() => setWhole((w) => !w)}>
            {whole ? t('log.showTopic', { topic: t(`log.topics.${topic}`) }) : t('log.showAll')}
          </Button>
          <Button onClick={onClose}>{t('buttons.close')}</Button>
        </>
      }
    >
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} ns="caseHeader" />
      ) : log.data.length === 0 ? (
        <Empty>{t('log.empty')}</Empty>
      ) : (
        // The log may scroll inside the dialog: a focusable region lets a keyboard user scroll it.
        <div role="region" aria-label={t('log.caption')} tabIndex={0}>
          <table className="case-log">
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
                  <td>
                    <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td>{e.actor?.name ?? t('log.system')}</td>
                  <td>
                    {text(e)}
                    {e.authority && <LogAuthority authority={e.authority} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
