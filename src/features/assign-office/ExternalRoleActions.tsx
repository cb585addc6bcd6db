import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { AssignOfficeDialog } from './AssignOfficeDialog';
import { AssignUserDialog } from './AssignUserDialog';

/**
 * The actions next to "Ekstern saksbehandler" in the case header: Rediger (choose, move or remove the
 * office: the insurer) and Tildel bruker (pick the office's user: its admin or the insurer). Shown from
 * the API's permission list for the viewer.
 */
export function ExternalRoleActions({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('assignOffice');
  const [open, setOpen] = useState<'office' | 'user' | null>(null);
  const can = (p: CaseDetail['viewer']['permissions'][number]) => caseDetail.viewer.permissions.includes(p);
  const isOpenCase = caseDetail.status === 'open' || caseDetail.status === 'on_hold';
  if (!isOpenCase) return null;
  const close = () => setOpen(null);
  return (
    <>
      {can('case:assignExternalOffice') && (
        <Button variant="link" aria-label={t('editLabel')} onClick={() => setOpen('office')}>{t('edit')}</Button>
      )}
      {can('case:assignExternalUser') && caseDetail.externalCaseHandler.office && (
        <Button variant="link" onClick={() => setOpen('user')}>{t('user.action')}</Button>
      )}
      {open === 'office' && <AssignOfficeDialog caseDetail={caseDetail} onClose={close} />}
      {open === 'user' && <AssignUserDialog caseDetail={caseDetail} onClose={close} />}
    </>
  );
}
