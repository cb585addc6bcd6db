import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useToast } from '@/components/ui/Toast';
import { AssignOfficeDialog } from './AssignOfficeDialog';
import { AssignUserDialog } from './AssignUserDialog';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useAssignExternalOffice, useAssignExternalUser } from './api/assignExternalRole';

type Open = 'office' | 'user' | 'removeOffice' | 'removeUser' | null;

/**
 * The actions next to "Ekstern saksbehandler" in the case header: Rediger (choose, move or remove the
 * office: the insurer) and Tildel bruker (pick the office's user: its admin or the insurer). Shown from
 * the API's list of what the viewer may do now (none of it in a closed or cancelled case). Removing the
 * office or the user asks first.
 */
export function ExternalRoleActions({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('assignOffice');
  const canDo = (a: CaseDetail['viewer']['actions'][number]) => caseDetail.viewer.actions.includes(a);
  const [params, setParams] = useSearchParams();
  // A notification's "Tildel bruker" links here with ?dialog=assignUser: the dialog opens at once, if the list allows it.
  const [open, setOpen] = useState<Open>(() =>
    params.get('dialog') === 'assignUser' && canDo('assignExternalUser') ? 'user' : null,
  );
  const close = () => {
    setOpen(null);
    if (params.has('dialog')) {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.delete('dialog');
          return next;
        },
        { replace: true },
      );
    }
  };
  return (
    <>
      {canDo('assignExternalOffice') && (
        <Button variant="tertiary" size="sm" aria-label={t('editLabel')} onClick={() => setOpen('office')}>
          {t('edit')}
        </Button>
      )}
      {canDo('assignExternalUser') && (
        <Button variant="tertiary" size="sm" onClick={() => setOpen('user')}>
          {t('user.action')}
        </Button>
      )}
      {open === 'office' && (
        <AssignOfficeDialog caseDetail={caseDetail} onClose={close} onRemove={() => setOpen('removeOffice')} />
      )}
      {open === 'user' && (
        <AssignUserDialog caseDetail={caseDetail} onClose={close} onRemove={() => setOpen('removeUser')} />
      )}
      {open === 'removeOffice' && <RemoveOfficeConfirm caseDetail={caseDetail} onClose={close} />}
      {open === 'removeUser' && <RemoveUserConfirm caseDetail={caseDetail} onClose={close} />}
    </>
  );
}

/** "Fjern ekstern saksbehandler": the office (and its user, if any) lose the role and their access. */
function RemoveOfficeConfirm({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('assignOffice');
  const toast = useToast();
  const remove = useAssignExternalOffice(useCaseAsOpened(caseDetail));
  const { office, user } = caseDetail.externalCaseHandler;
  const officeName = office?.name ?? '';
  const confirm = () =>
    remove.mutate(
      { officeId: null },
      {
        onSuccess: () => {
          toast.show(t('toast.officeRemoved', { office: officeName }));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title={t('confirmRemove.officeTitle')}
      consequence={
        user
          ? t('confirmRemove.officeTextWithUser', { office: officeName, user: user.name })
          : t('confirmRemove.officeText', { office: officeName })
      }
      confirmLabel={t('remove')}
      onConfirm={confirm}
      onClose={onClose}
      pending={remove.isPending}
      error={remove.error}
      errorNs="assignOffice"
    />
  );
}

/** "Fjern bruker": the user loses access; the office keeps the role and must assign someone else. */
function RemoveUserConfirm({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('assignOffice');
  const toast = useToast();
  const remove = useAssignExternalUser(useCaseAsOpened(caseDetail));
  const { office, user } = caseDetail.externalCaseHandler;
  const userName = user?.name ?? '';
  const confirm = () =>
    remove.mutate(
      { userId: null },
      {
        onSuccess: () => {
          toast.show(t('toast.userRemoved', { user: userName }));
          onClose();
        },
      },
    );
  return (
    <ConfirmDialog
      title={t('confirmRemove.userTitle')}
      consequence={t('confirmRemove.userText', { user: userName, office: office?.name ?? '' })}
      confirmLabel={t('user.remove')}
      onConfirm={confirm}
      onClose={onClose}
      pending={remove.isPending}
      error={remove.error}
      errorNs="assignOffice"
    />
  );
}
