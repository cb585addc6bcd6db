import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseReason, type CaseDetail } from '@/api/contract';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SelectField } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { caseActionChange } from './api/caseActions';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';

/** Asks before Lukk (with the reason) or Avbryt: both end the case, and say so afterwards. */
export function ConfirmCaseActionDialog({ caseDetail, action, onClose, onDone }: {
  caseDetail: CaseDetail;
  action: 'close' | 'cancel';
  onClose: () => void;
  /** After success: the button that opened the dialog is gone (the case has ended), so focus goes elsewhere. */
  onDone: () => void;
}) {
  const { t } = useTranslation('caseHeader');
  const toast = useToast();
  const [reason, setReason] = useState<CloseReason>('normal');
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: (c) => {
      toast.show(action === 'close' ? t('toast.closed', { reason: t(`closeReasons.${c.closeReason ?? reason}`) }) : t('toast.cancelled'));
      onDone();
    },
  });
  const confirm = () => change.run(caseActionChange(action, action === 'close' ? reason : undefined));
  return (
    <ConfirmDialog
      title={t(action === 'close' ? 'confirm.closeTitle' : 'confirm.cancelTitle')}
      consequence={t(action === 'close' ? 'confirm.closeText' : 'confirm.cancelText')}
      confirmLabel={t(action === 'close' ? 'confirm.closeConfirm' : 'confirm.cancelConfirm')}
      tone="danger"
      onConfirm={confirm}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      errorNs="caseHeader"
    >
      {action === 'close' && (
        <SelectField label={t('confirm.closeReason')} value={reason} onChange={(e) => setReason(CloseReason.parse(e.target.value))}>
          {CloseReason.options.map((r) => (
            <option key={r} value={r}>{t(`closeReasons.${r}`)}</option>
          ))}
        </SelectField>
      )}
    </ConfirmDialog>
  );
}
