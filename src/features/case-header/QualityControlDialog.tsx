import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

type Check = 'claimNumber' | 'caseHandler' | 'tasksAssigned' | 'claimDecision' | 'externalUser';

/** The checkpoints of Kvalitetskontroll, read from the case as the API gave it. */
export function qualityChecks(c: CaseDetail): { check: Check; ok: boolean }[] {
  const checks: { check: Check; ok: boolean }[] = [
    { check: 'claimNumber', ok: c.claimNumber.trim() !== '' },
    { check: 'caseHandler', ok: c.caseHandler !== null },
    { check: 'tasksAssigned', ok: c.tasks.every((task) => task.office !== null) },
    { check: 'claimDecision', ok: c.claimDecision !== null },
  ];
  // Only meaningful once an office holds the role.
  if (c.externalCaseHandler.office) checks.push({ check: 'externalUser', ok: c.externalCaseHandler.user !== null });
  return checks;
}

/** Kvalitetskontroll -> Sjå på. */
export function QualityControlDialog({ caseDetail, onClose }: { caseDetail: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation('caseHeader');
  return (
    <Dialog
      title={t('quality.title')}
      description={t('quality.intro')}
      onClose={onClose}
      actions={<Button onClick={onClose}>{t('buttons.close')}</Button>}
    >
      <ul className="quality-checks">
        {qualityChecks(caseDetail).map(({ check, ok }) => (
          <li key={check} className={ok ? 'quality-ok' : 'quality-missing'}>
            <span className="quality-mark">{ok ? t('quality.ok') : t('quality.missing')}</span>:{' '}
            <span>{t(`quality.checks.${check}`)}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
