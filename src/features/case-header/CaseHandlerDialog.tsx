import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { isApiError } from '@/api/client';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { SelectField } from '@/components/ui/Field';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useFieldErrorText } from '@/lib/errors';
import { caseHandlerChange, caseHandlerOptionsQuery } from './api/caseHandler';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';

/** Saksbehandler -> Rediger: choose the insurer's case handler for the case. */
export function CaseHandlerDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const fieldText = useFieldErrorText();
  const options = useQuery(caseHandlerOptionsQuery(caseDetail.id));
  const [userId, setUserId] = useState(caseDetail.caseHandler?.id ?? '');
  const [requiredError, setRequiredError] = useState(false);
  const change = useCaseChange(useCaseAsOpened(caseDetail), { onSuccess: onClose });
  const serverFieldError = isApiError(change.error) ? change.error.fieldErrors.userId : undefined;

  const save = () => {
    if (!userId) return setRequiredError(true);
    change.run(caseHandlerChange(userId));
  };

  return (
    <Dialog
      title={t('caseHandlerDialog.title')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('buttons.cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={change.isPending || !options.isSuccess || options.data.length === 0}>
            {change.isPending ? t('saving') : t('buttons.save')}
          </Button>
        </>
      }
    >
      {options.isPending ? (
        <Loading />
      ) : options.isError ? (
        <ErrorState error={options.error} onRetry={() => void options.refetch()} ns="caseHeader" />
      ) : options.data.length === 0 ? (
        <Empty>{t('caseHandlerDialog.empty')}</Empty>
      ) : (
        <SelectField
          label={t('caseHandlerDialog.label')}
          hint={t('caseHandlerDialog.required')}
          required
          value={userId}
          error={requiredError ? fieldText('validation.required') : fieldText(serverFieldError?.code, serverFieldError?.params)}
          onChange={(e) => {
            setUserId(e.target.value);
            setRequiredError(false);
          }}
        >
          <option value="">{t('caseHandlerDialog.placeholder')}</option>
          {options.data.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </SelectField>
      )}
      {change.error && !serverFieldError && <ErrorState error={change.error} onRetry={change.retry} ns="caseHeader" />}
    </Dialog>
  );
}
