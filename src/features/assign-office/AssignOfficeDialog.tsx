import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { OfficePickDialog, type OfficeScope } from '@/components/OfficePickDialog';
import { Button } from '@/components/ui/Button';
import { useToast } from '@/components/ui/Toast';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useAssignExternalOffice } from './api/assignExternalRole';
import { eligibleOfficesQuery } from './api/eligibleOffices';
import { RoleUntilField, roleUntilOf, useRoleUntilForm } from './RoleUntilField';

/**
 * Tildel: choose the office that gets the external case handler role (Ekstern saksbehandler), from the
 * recommended offices (nearest the damage site first) or, with "Vis alle kontor", from all of them: the
 * one office picker. The API lists only offices with an active flagged user. "Fjern ekstern
 * saksbehandler" hands over to a confirmation (`onRemove`).
 */
export function AssignOfficeDialog({
  caseDetail,
  onClose,
  onRemove,
}: {
  caseDetail: CaseDetail;
  onClose: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('assignOffice');
  const toast = useToast();
  const current = caseDetail.externalCaseHandler.office;
  const [scope, setScope] = useState<OfficeScope>('recommended');
  const offices = useQuery(eligibleOfficesQuery(caseDetail.id, scope));
  const assign = useAssignExternalOffice(useCaseAsOpened(caseDetail));

  const done = {
    onSuccess: (c: CaseDetail) => {
      toast.show(t('toast.officeAssigned', { office: c.externalCaseHandler.office?.name ?? '' }));
      onClose();
    },
  };
  const untilForm = useRoleUntilForm(caseDetail.externalCaseHandler.until);
  const send = (officeId: string) =>
    void untilForm.handleSubmit((v) =>
      assign.mutate(
        { officeId, until: roleUntilOf(v) },
        { ...done, onError: (e) => void untilForm.applyServerErrors(e) },
      ),
    )();

  return (
    <OfficePickDialog
      subject={t('subject')}
      description={t('intro')}
      scope={scope}
      onScopeChange={setScope}
      offices={offices.data}
      loading={offices.isPending}
      loadError={offices.error}
      onRetryLoad={() => void offices.refetch()}
      emptyText={{ recommended: t('emptyRecommended'), all: t('emptyAll') }}
      initialOfficeId={current?.id}
      onSave={send}
      saving={assign.isPending}
      saveError={assign.error}
      // After a conflict the case is refetched: the retry sends its new version.
      onRetrySave={() => assign.retry(done)}
      onPick={assign.reset}
      onClose={onClose}
      errorNs="assignOffice"
      after={<RoleUntilField form={untilForm} />}
      saveUnchanged={untilForm.formState.isDirty}
      startAction={
        current && (
          <Button variant="danger" className="dialog-action-start" onClick={onRemove} disabled={assign.isPending}>
            {t('remove')}
          </Button>
        )
      }
    />
  );
}
