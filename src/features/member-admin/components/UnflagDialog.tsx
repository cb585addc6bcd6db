import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

interface UnflagDialogProps {
  name: string;
  /** Open cases (open or on hold) in which the member is the assigned external case handler. */
  count: number;
  /** Their case numbers, as the server named them: the confirmation covers exactly these. */
  caseReferences: string[];
  /** The list changed since the admin last confirmed (a case was assigned in the meantime). */
  changed: boolean;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** R2: removing the flag (or deactivating, or moving) takes the member out of their open cases: name them, then ask. */
export function UnflagDialog({
  name,
  count,
  caseReferences,
  changed,
  pending,
  onCancel,
  onConfirm,
}: UnflagDialogProps) {
  const { t } = useTranslation('members');
  return (
    <Dialog
      title={t('unflag.title')}
      description={t('unflag.text', { name, count })}
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel} data-autofocus>
            {t('unflag.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={pending}>
            {t('unflag.confirm')}
          </Button>
        </>
      }
    >
      {changed && <p role="alert">{t('unflag.changed')}</p>}
      <ul className="plain-list" aria-label={t('unflag.casesLabel')}>
        {caseReferences.map((r) => (
          <li key={r}>{t('unflag.caseLine', { reference: r })}</li>
        ))}
      </ul>
    </Dialog>
  );
}
