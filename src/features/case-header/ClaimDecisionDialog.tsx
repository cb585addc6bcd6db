import { useTranslation } from 'react-i18next';
import type { CaseDetail, ClaimDecision } from '@/api/contract';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useToast } from '@/components/ui/Toast';
import { useCaseAsOpened } from '@/api/caseMutation';
import { useCaseChange } from './api/caseMutation';
import { claimDecisionChange } from './api/claimDecision';

/** The guide's words for each decision: Godta | Avis | Behøver tilleggsopplysninger. */
export const CLAIM_DECISIONS: { decision: ClaimDecision; label: 'accept' | 'reject' | 'needsInfo' }[] = [
  { decision: 'accepted', label: 'accept' }, // Godta
  { decision: 'rejected', label: 'reject' }, // Avis
  { decision: 'needs_info', label: 'needsInfo' }, // Behøver tilleggsopplysninger
];

/**
 * Erstatningsbeslutning: asks before recording the decision, naming what it becomes (and what it was),
 * then says it was recorded. Avis weighs as a danger; Godta and "Behøver tilleggsopplysninger" as primary.
 */
export function ClaimDecisionDialog({
  caseDetail,
  decision,
  onClose,
}: {
  caseDetail: CaseDetail;
  decision: ClaimDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation('caseHeader');
  const toast = useToast();
  const label = CLAIM_DECISIONS.find((d) => d.decision === decision)?.label ?? 'accept';
  const change = useCaseChange(useCaseAsOpened(caseDetail), {
    onSuccess: () => {
      toast.show(t('toast.claimDecision', { decision: t(`claimDecisions.${decision}`) }));
      onClose();
    },
  });
  const becomes = t('claimConfirm.becomes', { decision: t(`claimDecisions.${decision}`) });
  const previous =
    caseDetail.claimDecision && caseDetail.claimDecision !== decision
      ? ` ${t('claimConfirm.replaces', { previous: t(`claimDecisions.${caseDetail.claimDecision}`) })}`
      : '';
  return (
    <ConfirmDialog
      title={t(`claimConfirm.titles.${label}`)}
      consequence={`${becomes}${previous} ${t('claimConfirm.logged')}`}
      confirmLabel={t(`actions.${label}`)}
      tone={decision === 'rejected' ? 'danger' : 'primary'}
      onConfirm={() => change.run(claimDecisionChange(decision))}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      errorNs="caseHeader"
    />
  );
}
