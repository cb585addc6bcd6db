import { useTranslation } from 'react-i18next';
import { CaseAction, CloseReason, type CaseDetail } from '@/api/contract';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { SelectField } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { caseActionChange } from './api/caseActions';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useContractForm } from '@/lib/forms';
import { useCaseChange } from './api/caseMutation';

/** The dialog's field (Årsak til avslutning av saken); the version comes from the case as the dialog opened (ADR 006). */
const CloseForm = CaseAction.pick({ closeReason: true });

/** Asks before Lukk (with the reason) or Avbryt: both end the case, and say so afterwards. */
export function ConfirmCaseActionDialog({
  caseDetail,
  action,
  onClose,
  onDone,
}: {
  caseDetail: CaseDetail;
  action: 'close' | 'cancel';
  onClose: () => void;
  /** After success: the button that opened the dialog is gone (the case has ended), so focus goes elsewhere. */
  onDone: () => void;
}) {
  const { t } = useTranslation('caseHeader');
  const toast = useToast();
  const form = useContractForm(CloseForm, { defaultValues: { closeReason: 'normal' as CloseReason } }, 'caseHeader');
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: (c) => {
      toast.show(
        action === 'close'
          ? t('toast.closed', { reason: t(`closeReasons.${c.closeReason ?? form.getValues('closeReason')}`) })
          : t('toast.cancelled'),
      );
      onDone();
    },
  });
  const confirm = form.handleSubmit(({ closeReason }) =>
    change.run(caseActionChange(action, action === 'close' ? closeReason : undefined)),
  );
  return (
    <ConfirmDialog
      title={t(action === 'close' ? 'confirm.closeTitle' : 'confirm.cancelTitle')}
      consequence={t(action === 'close' ? 'confirm.closeText' : 'confirm.cancelText')}
      confirmLabel={t(action === 'close' ? 'confirm.closeConfirm' : 'confirm.cancelConfirm')}
      tone="danger"
      onConfirm={() => void confirm()}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      errorNs="caseHeader"
    >
      {action === 'close' && (
        <SelectField
          label={t('confirm.closeReason')}
          error={form.fieldError('closeReason')}
          {...form.register('closeReason')}
        >
          {CloseReason.options.map((r) => (
            <option key={r} value={r}>
              {t(`closeReasons.${r}`)}
            </option>
          ))}
        </SelectField>
      )}
    </ConfirmDialog>
  );
}
