import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { onStorageFull } from '@/api/client';
import { resetDemoData, systemStatusQuery } from '@/api/endpoints/system';
import { Button } from '@/components/ui/Button';
import { useErrorMessage } from '@/lib/errors';

/**
 * Persistent notices about the demo's stored data: full storage (after a 507, until the data is reset),
 * with "Tilbakestill demodata"; and stored changes that failed their checks on load, named. Placed once in
 * the shell (and on the sign-in page, where a full storage first shows).
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorMessage();
  const status = useQuery(systemStatusQuery());
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => onStorageFull(() => setFull(true)), []);

  const reset = async () => {
    if (busy || !window.confirm(t('demo.resetConfirm'))) return;
    setBusy(true);
    setError(null);
    try {
      await resetDemoData();
      qc.clear();
      window.location.assign('/login');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const dropped = status.data?.dropped ?? [];
  const isFull = full || status.data?.storageProblem === 'quota';
  if (!isFull && !dropped.length) return null;
  const list = dropped
    .map((d) => t('storage.item', { table: t(`storage.tables.${d.table}`, { defaultValue: d.table }), id: d.id }))
    .join(', ');
  return (
    <div className="storage-notice notice" role="alert">
      {isFull && <p>{t('storage.full')}</p>}
      {dropped.length > 0 && <p>{t('storage.dropped', { list })}</p>}
      {error !== null && <p>{errorText(error)}</p>}
      {isFull && (
        <Button variant="danger" onClick={() => void reset()} aria-disabled={busy || undefined}>
          {t('demo.reset')}
        </Button>
      )}
    </div>
  );
}
