import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiRequest, onStorageFull, sessionToken } from '@/api/client';
import { Button } from '@/components/ui/Button';
import { useErrorMessage } from '@/lib/errors';

/** The demo backend's store status (`/system/*` is outside the product contract: its schema lives here). */
const StoreStatus = z.object({
  storageProblem: z.enum(['quota']).nullable(),
  dropped: z.array(z.object({ table: z.string(), id: z.string(), reason: z.string() })).default([]),
});

export const storageStatusKey = ['system', 'status', 'storage'] as const;

/**
 * Persistent notices about the demo's stored data: full storage (after a 507, until the data is reset),
 * with "Tilbakestill demodata"; and stored changes that failed their checks on load, named. Placed once in
 * the shell (and on the sign-in page, where a full storage first shows).
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorMessage();
  const status = useQuery({
    queryKey: storageStatusKey,
    queryFn: ({ signal }) => apiRequest({ path: '/system/status', schema: StoreStatus, signal }),
    retry: false,
    staleTime: 60_000,
  });
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => onStorageFull(() => setFull(true)), []);

  const reset = async () => {
    if (busy || !window.confirm(t('demo.resetConfirm'))) return;
    setBusy(true);
    setError(null);
    try {
      await apiRequest({ method: 'POST', path: '/system/reset', body: {}, schema: z.unknown() });
      sessionToken.set(null);
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
