import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [open, setOpen] = useState<'office' | 'user' | null>(null);
  const canDo = (a: CaseDetail['viewer']['actions'][number]) => caseDetail.viewer.actions.includes(a);
  const close = () => setOpen(null);
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
