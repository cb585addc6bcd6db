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

/**
 * A section's error, in its own box, with "Prøv igjen". `retrying` says that the app is already asking
 * again by itself (a transient failure), so the user sees the error at once instead of a long "Laster …".
 */
export function ErrorState({
  error,
  onRetry,
  ns,
  retrying,
}: {
  error: unknown;
  onRetry?: () => void;
  ns?: string;
  retrying?: boolean;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage(ns)(error);
  return (
    <div className="state state-error" role="alert">
      <p>
        {message}
        {retrying && <span className="state-retrying"> {t('startup.retrying')}</span>}
      </p>
      {onRetry && <Button onClick={onRetry}>{t('actions.retry')}</Button>}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  failureCount: number;
  failureReason: unknown;
  refetch: () => unknown;
}

/**
 * The loading or error state of a query that has no data yet: "Laster …" until the first answer, then, as
 * soon as one request has failed, the error with "Prøv igjen" (while the automatic retries go on behind it).
 */
export function QueryState({ query, ns }: { query: QueryLike; ns?: string }) {
  if (query.isError) return <ErrorState error={query.error} ns={ns} onRetry={() => void query.refetch()} />;
  if (query.isPending && query.failureCount > 0)
    return <ErrorState error={query.failureReason} ns={ns} retrying onRetry={() => void query.refetch()} />;
  return <Loading />;
}
