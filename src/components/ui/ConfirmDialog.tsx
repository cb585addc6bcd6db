import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { ErrorState } from './States';

export interface ConfirmDialogProps {
  /** What is about to happen, as a question or a verb phrase: "Avbryt saken". */
  title: ReactNode;
  /** The consequence, in plain words: "Saken avbrytes og kan ikke lenger endres." */
  consequence: ReactNode;
  /** The confirm button says what it does ("Avbryt saken"), never just "OK". */
  confirmLabel: ReactNode;
  /**
   * The confirm button's weight matches the effect: `danger` for what cannot be undone or takes something
   * away (cancel, close, remove), `primary` for a decision that moves the case on (Godta, Godkjenn budsjett).
   */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onClose: () => void;
  /** While the change is being sent: the confirm button is disabled and says so. */
  pending?: boolean;
  /** A failed change, shown in the dialog (the dialog stays open, nothing is lost). */
  error?: unknown;
  /** Error texts are looked up in this namespace first (`<ns>:errors.<code>`). */
  errorNs?: string;
  /** A feature's own wording of the failure (e.g. with amounts formatted), instead of the namespace lookup. */
  formatError?: (error: unknown) => string;
  /** Label of the button that goes back without changing anything (default "Tilbake"). */
  cancelLabel?: ReactNode;
  /** Extra input the change needs (e.g. the reason for closing a case). */
  children?: ReactNode;
}

/**
 * Asks before a consequential change (ConfirmDialog), naming the consequence. The caller runs the change
 * in `onConfirm` and closes the dialog when it succeeded; a failure stays in the dialog with "Prøv igjen".
 */
export function ConfirmDialog({
  title,
  consequence,
  confirmLabel,
  tone = 'danger',
  onConfirm,
  onClose,
  pending = false,
  error,
  errorNs,
  formatError,
  cancelLabel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      description={consequence}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{cancelLabel ?? t('confirmDialog.back')}</Button>
          <Button variant={tone} onClick={onConfirm} disabled={pending} aria-busy={pending || undefined}>
            {pending ? t('states.saving') : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      {error && formatError ? (
        <div className="state state-error" role="alert">
          <p>{formatError(error)}</p>
          <Button onClick={onConfirm}>{t('actions.retry')}</Button>
        </div>
      ) : error ? (
        <ErrorState error={error} onRetry={onConfirm} ns={errorNs} />
      ) : null}
    </Dialog>
  );
}
