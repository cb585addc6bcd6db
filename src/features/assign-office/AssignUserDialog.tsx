import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { PickOneDialog } from '@/components/ui/PickOneDialog';
import { useToast } from '@/components/ui/Toast';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useAssignExternalUser } from './api/assignExternalRole';
import { eligibleUsersQuery } from './api/eligibleUsers';

/**
 * Tildel bruker: the office admin (or the insurer) picks one of the office's active users flagged as
 * external case handler. Nobody else is offered, and the API refuses anybody else. "Fjern bruker" hands
 * over to a confirmation (`onRemove`).
 */
export function AssignUserDialog({
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
  const { office, user: current } = caseDetail.externalCaseHandler;
  const users = useQuery(eligibleUsersQuery(caseDetail.id));
  const assign = useAssignExternalUser(useCaseAsOpened(caseDetail));

  const done = {
    onSuccess: (c: CaseDetail) => {
      toast.show(
        t('toast.userAssigned', {
          user: c.externalCaseHandler.user?.name ?? '',
          office: c.externalCaseHandler.office?.name ?? '',
        }),
      );
      onClose();
    },
  };
  const send = (userId: string) => assign.mutate({ userId }, done);

  return (
    <PickOneDialog
      title={t('user.title')}
      description={office ? t('user.intro', { office: office.name }) : undefined}
      label={t('user.label')}
      placeholder={t('user.placeholder')}
      options={users.data?.map((u) => ({ id: u.id, label: u.name }))}
      loading={users.isPending}
      loadError={users.error}
      onRetryLoad={() => void users.refetch()}
      // Only a viewer who may choose another office (the insurer) is told to do so.
      emptyText={
        caseDetail.viewer.actions.includes('assignExternalOffice') ? t('user.empty') : t('user.emptyForOffice')
      }
      initialValue={current?.id}
      onSave={send}
      saving={assign.isPending}
      saveError={assign.error}
      fieldName="userId"
      onRetrySave={() => assign.retry(done)}
      onPick={assign.reset}
      onClose={onClose}
      errorNs="assignOffice"
      startAction={
        current && (
          <Button variant="danger" className="dialog-action-start" onClick={onRemove} disabled={assign.isPending}>
            {t('user.remove')}
          </Button>
        )
      }
    />
  );
}
