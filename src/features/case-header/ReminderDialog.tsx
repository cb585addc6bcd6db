import { useTranslation } from 'react-i18next';
import { SetReminder, type CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox } from '@/components/ui/Field';
import { ErrorState } from '@/components/ui/States';
import { useToast } from '@/components/ui/Toast';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useContractForm } from '@/lib/forms';
import { useCaseChange } from './api/caseMutation';
import { reminderChange } from './api/reminder';

/** The dialog's field; the version comes from the case as the dialog opened (ADR 006). */
const ReminderForm = SetReminder.pick({ reminder: true });

/** Påminnelse (saksbehandler) -> Rediger: switch the case handler's reminder on or off. */
export function ReminderDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const form = useContractForm(ReminderForm, { defaultValues: { reminder: caseDetail.reminder } }, 'caseHeader');
  const toast = useToast();
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: (c) => {
      toast.show(t(c.reminder ? 'toast.reminderOn' : 'toast.reminderOff'));
      onClose();
    },
  });
  const save = form.handleSubmit(({ reminder }) =>
    reminder === caseDetail.reminder ? onClose() : change.run(reminderChange(reminder)),
  );
  return (
    <Dialog
      title={t('reminder.dialogTitle')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('buttons.cancel')}</Button>
          <Button variant="primary" onClick={(e) => void save(e)} disabled={change.isPending}>
            {change.isPending ? t('saving') : t('buttons.save')}
          </Button>
        </>
      }
    >
      <Checkbox role="switch" label={t('reminder.switch')} {...form.register('reminder')} />
      {change.error && <ErrorState error={change.error} onRetry={change.retry} ns="caseHeader" />}
    </Dialog>
  );
}
