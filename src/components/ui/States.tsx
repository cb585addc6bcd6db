import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { useErrorMessage } from '@/lib/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('states.loading')}
    </div>
  );
}

export function ErrorState({ error, onRetry, ns }: { error: unknown; onRetry?: () => void; ns?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage(ns)(error);
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {onRetry && <Button onClick={onRetry}>{t('actions.retry')}</Button>}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}
