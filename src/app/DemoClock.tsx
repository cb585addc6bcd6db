import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/api/client';
import { Clock, systemStatusQuery } from '@/api/endpoints/system';
import { Button } from '@/components/ui/Button';
import { useErrorMessage } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';

const STEPS = [
  { key: 'clockHour', minutes: 60 },
  { key: 'clockDay', minutes: 24 * 60 },
  { key: 'clockWeek', minutes: 7 * 24 * 60 },
] as const;

/**
 * Demo time (issue 14): the mock backend's "now" and the buttons that move it forward, so that a role's
 * end date and an office's working hours can be seen without waiting. Sessions keep real time. After a
 * move every query is refetched: notifications, the case header and the dashboard may have changed.
 */
export function DemoClock() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorMessage();
  const now = useQuery({ ...systemStatusQuery(), select: (s) => s.clock.now }).data;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [moved, setMoved] = useState<string | null>(null);

  const advance = async (minutes: number) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const clock = await apiRequest({
        method: 'POST',
        path: '/system/clock/advance',
        body: { minutes },
        schema: Clock,
      });
      setMoved(clock.now);
      await qc.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="demo-clock" role="group" aria-label={t('demo.clockAdvance')}>
      {now && <span>{t('demo.clock', { time: formatDateTime(now) })}</span>}
      {STEPS.map((s) => (
        <Button key={s.key} onClick={() => void advance(s.minutes)} aria-disabled={busy || undefined}>
          {t(`demo.${s.key}`)}
        </Button>
      ))}
      {moved && (
        <span role="status" className="visually-hidden">
          {t('demo.clockMoved', { time: formatDateTime(moved) })}
        </span>
      )}
      {error !== null && (
        <span role="alert" className="notice">
          {errorText(error)}
        </span>
      )}
    </span>
  );
}
