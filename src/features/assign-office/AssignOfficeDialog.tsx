import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import type { CaseDetail, EligibleOffice } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, SelectField } from '@/components/ui/Field';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useFieldErrorText } from '@/lib/errors';
import { formatKm } from '@/lib/format';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useAssignExternalOffice } from './api/assignExternalRole';
import { eligibleOfficesQuery } from './api/eligibleOffices';

/** "(15.3 km) Hans & Jørn Servicepartner - Oslo", as the guide shows an office in the list. */
export function useOfficeLabel() {
  const { t } = useTranslation('assignOffice');
  return (o: Pick<EligibleOffice, 'distanceKm' | 'name'>) => t('option', { km: formatKm(o.distanceKm), name: o.name });
}

/**
 * Tildel: choose the office that gets the external case handler role (Ekstern saksbehandler), from the
 * recommended offices (nearest the damage site first) or, with "Vis anbefalte kontor" off, from all of
 * them. The API lists only offices with an active flagged user. The role can also be removed here.
 */
export function AssignOfficeDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('assignOffice');
  const fieldText = useFieldErrorText();
  const officeLabel = useOfficeLabel();
  const current = caseDetail.externalCaseHandler.office;
  const [recommendedOnly, setRecommendedOnly] = useState(true);
  const [officeId, setOfficeId] = useState(current?.id ?? '');
  const [requiredError, setRequiredError] = useState(false);
  const offices = useQuery(eligibleOfficesQuery(caseDetail.id, recommendedOnly ? 'recommended' : 'all'));
  const assign = useAssignExternalOffice(useCaseAsOpened(caseDetail));

  // A choice that is not in the list now shown (the other list, or no longer eligible) counts as no choice.
  const selected = offices.data?.some((o) => o.id === officeId) ? officeId : '';
  const serverFieldError = isApiError(assign.error) ? assign.error.fieldErrors.officeId : undefined;
  const fieldError = requiredError ? fieldText('validation.required') : fieldText(serverFieldError?.code, serverFieldError?.params);

  const send = (target: string | null) => assign.mutate({ officeId: target }, { onSuccess: onClose });
  const save = () => {
    if (!selected) return setRequiredError(true);
    if (selected === current?.id) return onClose();
    send(selected);
  };
  // After a conflict the case is refetched: the retry sends its new version.
  const retry = () => assign.retry({ onSuccess: onClose });

  return (
    <Dialog
      title={t('title')}
      description={t('intro')}
      onClose={onClose}
      actions={
        <>
          {current && (
            <Button variant="danger" className="dialog-action-start" onClick={() => send(null)} disabled={assign.isPending}>
              {t('remove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={assign.isPending || !offices.isSuccess || offices.data.length === 0}>
            {assign.isPending ? t('saving') : t('save')}
          </Button>
        </>
      }
    >
      <Checkbox role="switch" label={t('recommended')} checked={recommendedOnly} onChange={(e) => setRecommendedOnly(e.target.checked)} />
      {offices.isPending ? (
        <Loading />
      ) : offices.isError ? (
        <ErrorState error={offices.error} onRetry={() => void offices.refetch()} ns="assignOffice" />
      ) : offices.data.length === 0 ? (
        <Empty>{t(recommendedOnly ? 'emptyRecommended' : 'emptyAll')}</Empty>
      ) : (
        <SelectField
          label={t('office')}
          hint={t('required')}
          required
          value={selected}
          error={fieldError}
          onChange={(e) => {
            setOfficeId(e.target.value);
            setRequiredError(false);
            assign.reset();
          }}
        >
          <option value="">{t('placeholder')}</option>
          {offices.data.map((o) => (
            <option key={o.id} value={o.id}>{officeLabel(o)}</option>
          ))}
        </SelectField>
      )}
      {assign.error && !serverFieldError && <ErrorState error={assign.error} onRetry={retry} ns="assignOffice" />}
    </Dialog>
  );
}
