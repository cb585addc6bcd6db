import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { PickOneDialog } from '@/components/ui/PickOneDialog';
import { useToast } from '@/components/ui/Toast';
import { caseHandlerChange, caseHandlerOptionsQuery } from './api/caseHandler';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';

/** Saksbehandler -> Rediger: choose the insurer's case handler for the case (the shared pick-one dialog). */
export function CaseHandlerDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  const toast = useToast();
  const options = useQuery(caseHandlerOptionsQuery(caseDetail.id));
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: (c) => {
      toast.show(t('toast.caseHandler', { name: c.caseHandler?.name ?? '' }));
      onClose();
    },
  });
  return (
    <PickOneDialog
      title={t('caseHandlerDialog.title')}
      label={t('caseHandlerDialog.label')}
      placeholder={t('caseHandlerDialog.placeholder')}
      options={options.data?.map((p) => ({ id: p.id, label: p.name }))}
      loading={options.isPending}
      loadError={options.error}
      onRetryLoad={() => void options.refetch()}
      emptyText={t('caseHandlerDialog.empty')}
      initialValue={caseDetail.caseHandler?.id}
      onSave={(userId) => change.run(caseHandlerChange(userId))}
      saving={change.isPending}
      saveError={change.error}
      fieldName="userId"
      onRetrySave={change.retry}
      onPick={change.reset}
      onClose={onClose}
      errorNs="caseHeader"
    />
  );
}
