import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

interface UnflagDialogProps {
  name: string;
  /** Open cases (open or on hold) in which the member is the assigned external case handler. */
  count: number;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** R2: removing the flag (or deactivating) takes the member out of their open cases: say how many, then ask. */
export function UnflagDialog({ name, count, pending, onCancel, onConfirm }: UnflagDialogProps) {
  const { t } = useTranslation('members');
  return (
    <Dialog
      title={t('unflag.title')}
      description={t('unflag.text', { name, count })}
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel} data-autofocus>{t('unflag.cancel')}</Button>
          <Button variant="danger" onClick={onConfirm} disabled={pending}>{t('unflag.confirm')}</Button>
        </>
      }
    >
      {null}
    </Dialog>
  );
}
