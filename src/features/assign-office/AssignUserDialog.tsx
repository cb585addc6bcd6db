import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { SelectField } from '@/components/ui/Field';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useFieldErrorText } from '@/lib/errors';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useAssignExternalUser } from './api/assignExternalRole';
import { eligibleUsersQuery } from './api/eligibleUsers';

/**
 * Tildel bruker: the office admin (or the insurer) picks one of the office's active users flagged as
 * external case handler. Nobody else is offered, and the API refuses anybody else.
 */
export function AssignUserDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('assignOffice');
  const fieldText = useFieldErrorText();
  const { office, user: current } = caseDetail.externalCaseHandler;
  const [userId, setUserId] = useState(current?.id ?? '');
  const [requiredError, setRequiredError] = useState(false);
  const users = useQuery(eligibleUsersQuery(caseDetail.id));
  const assign = useAssignExternalUser(useCaseAsOpened(caseDetail));

  const selected = users.data?.some((u) => u.id === userId) ? userId : '';
  const serverFieldError = isApiError(assign.error) ? assign.error.fieldErrors.userId : undefined;
  const fieldError = requiredError ? fieldText('validation.required') : fieldText(serverFieldError?.code, serverFieldError?.params);

  const send = (target: string | null) => assign.mutate({ userId: target }, { onSuccess: onClose });
  const save = () => {
    if (!selected) return setRequiredError(true);
    if (selected === current?.id) return onClose();
    send(selected);
  };
  const retry = () => assign.retry({ onSuccess: onClose });

  return (
    <Dialog
      title={t('user.title')}
      description={office ? t('user.intro', { office: office.name }) : undefined}
      onClose={onClose}
      actions={
        <>
          {current && (
            <Button variant="danger" className="dialog-action-start" onClick={() => send(null)} disabled={assign.isPending}>
              {t('user.remove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={assign.isPending || !users.isSuccess || users.data.length === 0}>
            {assign.isPending ? t('saving') : t('save')}
          </Button>
        </>
      }
    >
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} ns="assignOffice" />
      ) : users.data.length === 0 ? (
        <Empty>{t('user.empty')}</Empty>
      ) : (
        <SelectField
          label={t('user.label')}
          hint={t('required')}
          required
          value={selected}
          error={fieldError}
          onChange={(e) => {
            setUserId(e.target.value);
            setRequiredError(false);
            assign.reset();
          }}
        >
          <option value="">{t('user.placeholder')}</option>
          {users.data.map((u) => (
            <option key={u.id} value={u.id}>{u.name}</option>
          ))}
        </SelectField>
      )}
      {assign.error && !serverFieldError && <ErrorState error={assign.error} onRetry={retry} ns="assignOffice" />}
    </Dialog>
  );
}
