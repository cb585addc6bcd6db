import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseReason, type CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { SelectField } from '@/components/ui/Field';
import { ErrorState } from '@/components/ui/States';
import { caseActionChange } from './api/caseActions';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';

/** Asks before Lukk (with the reason) or Avbryt: both end the case. */
export function ConfirmCaseActionDialog({ caseDetail, action, onClose, onDone }: {
  caseDetail: CaseDetail;
  action: 'close' | 'cancel';
  onClose: () => void;
  /** After success: the button that opened the dialog is gone (the case has ended), so focus goes elsewhere. */
  onDone: () => void;
}) {
  const { t } = useTranslation('caseHeader');
  const [reason, setReason] = useState<CloseReason>('normal');
  const change = useCaseChange(useCaseAsOpened(caseDetail), { onSuccess: onDone });
  const confirm = () => change.run(caseActionChange(action, action === 'close' ? reason : undefined));
  return (
    <Dialog
      title={t(action === 'close' ? 'confirm.closeTitle' : 'confirm.cancelTitle')}
      description={t(action === 'close' ? 'confirm.closeText' : 'confirm.cancelText')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('confirm.back')}</Button>
          <Button variant="danger" onClick={confirm} disabled={change.isPending}>
            {change.isPending ? t('saving') : t(action === 'close' ? 'confirm.closeConfirm' : 'confirm.cancelConfirm')}
          </Button>
        </>
      }
    >
      {action === 'close' && (
        <SelectField label={t('confirm.closeReason')} value={reason} onChange={(e) => setReason(CloseReason.parse(e.target.value))}>
          {CloseReason.options.map((r) => (
            <option key={r} value={r}>{t(`closeReasons.${r}`)}</option>
          ))}
        </SelectField>
      )}
      {change.error && <ErrorState error={change.error} onRetry={change.retry} ns="caseHeader" />}
    </Dialog>
  );
}
