import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { resetDemoData, setBackendChaos, systemStatusQuery } from '@/api/endpoints/system';
import { useErrorMessage } from '@/lib/errors';
import { Button } from '@/components/ui/Button';
import { formatNumber } from '@/lib/format';
import { leavePageOnPurpose } from '@/lib/unsavedChanges';
import { DemoClock } from './DemoClock';

/**
 * The demo's own controls (not part of the product): reset the demo data, and slow down or break the
 * mock backend to see loading and error states. Also tells when stored data was unreadable and reset.
 */
export function DemoPanel() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery(systemStatusQuery());
  const [latency, setLatency] = useState('');
  const [failRate, setFailRate] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errorText = useErrorMessage();

  /** Runs one demo action at a time; a failure is shown, never swallowed. */
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = () =>
    run(async () => {
      if (!window.confirm(t('demo.resetConfirm'))) return;
      await resetDemoData();
      qc.clear();
      setMessage(t('demo.resetDone'));
      leavePageOnPurpose();
      window.location.assign('/login');
    });

  const applyChaos = () =>
    run(async () => {
      const latencyMs = Number(latency || status.data?.chaos.latencyMs || 0);
      const rate = Number((failRate || String(status.data?.chaos.failRate ?? 0)).replace(',', '.'));
      // Out-of-range or non-numeric input is clamped to what the switch accepts.
      await setBackendChaos({
        latencyMs: Number.isFinite(latencyMs) ? Math.min(10_000, Math.max(0, latencyMs)) : 0,
        failRate: Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0,
      });
      setMessage(null);
      void status.refetch();
    });

  return (
    <footer className="demo-panel" aria-label={t('demo.title')}>
      {status.data?.outcome === 'discarded' && (
        <p role="alert" className="notice">
          {t('demo.discarded')}
        </p>
      )}
      {status.data?.storageProblem === 'quota' && (
        <p role="alert" className="notice">
          {t('demo.quota')}
        </p>
      )}
      {message && <p role="status">{message}</p>}
      {error !== null && (
        <p role="alert" className="notice">
          {errorText(error)}
        </p>
      )}
      <span className="demo-panel-title">{t('demo.title')}</span>
      {status.data && (
        <span>
          {t('demo.cases', { count: status.data.caseCount, formattedCount: formatNumber(status.data.caseCount) })}
        </span>
      )}
      <label>
        {t('demo.latency')}
        <input
          inputMode="numeric"
          size={5}
          value={latency}
          placeholder={String(status.data?.chaos.latencyMs ?? 0)}
          onChange={(e) => setLatency(e.target.value)}
        />
      </label>
      <label>
        {t('demo.failRate')}
        <input
          inputMode="decimal"
          size={4}
          value={failRate}
          placeholder={String(status.data?.chaos.failRate ?? 0)}
          onChange={(e) => setFailRate(e.target.value)}
        />
      </label>
      <Button onClick={() => void applyChaos()} aria-disabled={busy || undefined}>
        {t('demo.apply')}
      </Button>
      <DemoClock />
      <Button variant="danger" onClick={() => void reset()} aria-disabled={busy || undefined}>
        {t('demo.reset')}
      </Button>
    </footer>
  );
}
