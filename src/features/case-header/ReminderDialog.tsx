import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox } from '@/components/ui/Field';
import { ErrorState } from '@/components/ui/States';
import { useToast } from '@/components/ui/Toast';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';
import { reminderChange } from './api/reminder';

/** Påminnelse (saksbehandler) -> Rediger: switch the case handler's reminder on or off. */
export function ReminderDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const [on, setOn] = useState(caseDetail.reminder);
  const toast = useToast();
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: (c) => {
      toast.show(t(c.reminder ? 'toast.reminderOn' : 'toast.reminderOff'));
      onClose();
    },
  });
  const save = () => (on === caseDetail.reminder ? onClose() : change.run(reminderChange(on)));
  return (
    <Dialog
      title={t('reminder.dialogTitle')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('buttons.cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={change.isPending}>
            {change.isPending ? t('saving') : t('buttons.save')}
          </Button>
        </>
      }
    >
      <Checkbox role="switch" label={t('reminder.switch')} checked={on} onChange={(e) => setOn(e.target.checked)} />
      {change.error && <ErrorState error={change.error} onRetry={change.retry} ns="caseHeader" />}
    </Dialog>
  );
}
