import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { AssignOfficeDialog } from './AssignOfficeDialog';
import { AssignUserDialog } from './AssignUserDialog';

/**
 * The actions next to "Ekstern saksbehandler" in the case header: Rediger (choose, move or remove the
 * office: the insurer) and Tildel bruker (pick the office's user: its admin or the insurer). Shown from
 * the API's list of what the viewer may do now (none of it in a closed or cancelled case).
 */
export function ExternalRoleActions({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('assignOffice');
  const canDo = (a: CaseDetail['viewer']['actions'][number]) => caseDetail.viewer.actions.includes(a);
  const [params, setParams] = useSearchParams();
  // A notification's "Tildel bruker" links here with ?dialog=assignUser: the dialog opens at once, if the list allows it.
  const [open, setOpen] = useState<'office' | 'user' | null>(() => (params.get('dialog') === 'assignUser' && canDo('assignExternalUser') ? 'user' : null));
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
        <Button variant="link" aria-label={t('editLabel')} onClick={() => setOpen('office')}>{t('edit')}</Button>
      )}
      {canDo('assignExternalUser') && (
        <Button variant="link" onClick={() => setOpen('user')}>{t('user.action')}</Button>
      )}
      {open === 'office' && <AssignOfficeDialog caseDetail={caseDetail} onClose={close} />}
      {open === 'user' && <AssignUserDialog caseDetail={caseDetail} onClose={close} />}
    </>
  );
}
