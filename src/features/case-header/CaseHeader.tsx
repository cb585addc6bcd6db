import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionKey, CaseDetail, ClaimDecision, Task } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/States';
import { caseActionChange } from './api/caseActions';
import { useCaseChange } from './api/caseMutation';
import { claimDecisionChange } from './api/claimDecision';
import { CaseHandlerDialog } from './CaseHandlerDialog';
import { CaseLogDialog } from './CaseLogDialog';
import { ConfirmCaseActionDialog } from './ConfirmCaseActionDialog';
import { QualityControlDialog } from './QualityControlDialog';
import { ReminderDialog } from './ReminderDialog';

interface CaseHeaderProps {
  caseDetail: CaseDetail;
  /**
   * The actions next to "Ekstern saksbehandler" (Rediger, Tildel bruker). They belong to the assign-office
   * feature; the route module passes them in, since features do not import each other.
   */
  externalCaseHandlerActions?: ReactNode;
}

type OpenDialog = 'log' | 'close' | 'cancel' | 'caseHandler' | 'reminder' | 'quality' | null;

const CLAIM_DECISIONS: { decision: ClaimDecision; label: 'accept' | 'reject' | 'needsInfo' }[] = [
  { decision: 'accepted', label: 'accept' }, // Godta
  { decision: 'rejected', label: 'reject' }, // Avis
  { decision: 'needs_info', label: 'needsInfo' }, // Behøver tilleggsopplysninger
];

/** One line of the header: "Label: value | action | action". */
function HeaderRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-header-row">
      <dt>{label}:</dt>
      <dd className="case-header-links">{children}</dd>
    </div>
  );
}

/**
 * The case header, as the guide draws it: address, insurer and customer, the tasks, Sakstiltak,
 * Erstatningsbeslutning, Saksbehandler, Ekstern saksbehandler, Skadenummer, Kvalitetskontroll,
 * Påminnelse (saksbehandler) and Send link til kundesiden. Actions follow `caseDetail.viewer.actions`, the
 * API's list of what the viewer may do now (an ended case lists none of them).
 */
export function CaseHeader({ caseDetail: c, externalCaseHandlerActions }: CaseHeaderProps) {
  const { t } = useTranslation('caseHeader');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const change = useCaseChange(c);
  const canDo = (a: CaseActionKey) => c.viewer.actions.includes(a);
  const close = () => setDialog(null);
  // Once the case is closed or cancelled its action buttons are gone: focus the heading instead of nowhere.
  const closeAndFocusHeading = () => {
    setDialog(null);
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  const taskAssignment = (task: Task) => {
    if (!task.office) return t('tasks.notAssigned');
    return task.user ? t('tasks.officeAndUser', { office: task.office.name, user: task.user.name }) : task.office.name;
  };
  const { office, user } = c.externalCaseHandler;
  const externalText = !office
    ? t('notAssigned')
    : user
      ? t('external.userAndOffice', { user: user.name, office: office.name })
      : t('external.officeNoUser', { office: office.name });
  const logButton = (label: string) => (
    <Button variant="link" aria-label={label} onClick={() => setDialog('log')}>{t('actions.log')}</Button>
  );

  return (
    <header className="case-header" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>{c.address.street}, {c.address.postalCode} {c.address.city}</h1>
      {/* Always present, so that a change (Vent, Lukk, Avbryt) is announced by screen readers. */}
      <p role="status" className={`case-status case-status-${c.status}`}>
        {c.status !== 'open' && (
          <>
            {t('status.label')}: {t(`status.${c.status}`)}
            {c.status === 'closed' && c.closeReason ? ` (${t(`closeReasons.${c.closeReason}`)})` : ''}
          </>
        )}
      </p>
      <p className="case-header-customer">
        {t('customerLine', { insurer: c.insurer.name, customer: c.customer.name, phone: c.customer.phone })}
      </p>

      {c.tasks.length === 0 ? (
        <p className="muted">{t('tasks.none')}</p>
      ) : (
        <ul className="case-header-tasks" aria-label={t('tasks.label')}>
          {c.tasks.map((task) => (
            <li key={task.id}>{t(`taskTypes.${task.type}`)}: {taskAssignment(task)}</li>
          ))}
        </ul>
      )}

      <dl className="case-header-fields">
        <HeaderRow label={t('fields.caseActions')}>
          {(canDo('hold') || canDo('resume')) && (
            <>
              {/* One button that changes its label (Vent <-> Gjenoppta) keeps keyboard focus where it was. */}
              <Button
                variant="link"
                aria-disabled={change.isPending || undefined}
                onClick={() => {
                  if (!change.isPending) change.run(caseActionChange(canDo('resume') ? 'resume' : 'hold'));
                }}
              >
                {canDo('resume') ? t('actions.resume') : t('actions.hold')}
              </Button>
            </>
          )}
          {canDo('close') && <Button variant="link" onClick={() => setDialog('close')}>{t('actions.close')}</Button>}
          {canDo('cancel') && <Button variant="link" onClick={() => setDialog('cancel')}>{t('actions.cancel')}</Button>}
          {logButton(t('a11y.caseActionsLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.claimDecision')}>
          {c.claimDecision && <strong className="case-header-value">{t(`claimDecisions.${c.claimDecision}`)}</strong>}
          {canDo('claimDecision') &&
            CLAIM_DECISIONS.map(({ decision, label }) => (
              <Button
                key={decision}
                variant="link"
                aria-pressed={c.claimDecision === decision}
                disabled={change.isPending}
                onClick={() => change.run(claimDecisionChange(decision))}
              >
                {t(`actions.${label}`)}
              </Button>
            ))}
          {logButton(t('a11y.claimDecisionLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.caseHandler')}>
          <span className="case-header-value">{c.caseHandler?.name ?? t('notAssigned')}</span>
          {canDo('editCaseHandler') && (
            <Button variant="link" aria-label={t('a11y.caseHandlerEdit')} onClick={() => setDialog('caseHandler')}>{t('actions.edit')}</Button>
          )}
          {logButton(t('a11y.caseHandlerLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.externalCaseHandler')}>
          <span className="case-header-value" data-testid="external-case-handler">{externalText}</span>
          {externalCaseHandlerActions}
        </HeaderRow>

        <HeaderRow label={t('fields.claimNumber')}>
          <span className="case-header-value case-header-claim">{c.claimNumber}</span>
        </HeaderRow>

        <HeaderRow label={t('fields.qualityControl')}>
          <Button variant="link" aria-label={t('a11y.qualityControl')} onClick={() => setDialog('quality')}>{t('actions.view')}</Button>
        </HeaderRow>

        <HeaderRow label={t('fields.reminder')}>
          <span className="case-header-value">{c.reminder ? t('reminder.on') : t('reminder.off')}</span>
          {canDo('reminder') && (
            <Button variant="link" aria-label={t('a11y.reminderEdit')} onClick={() => setDialog('reminder')}>{t('actions.edit')}</Button>
          )}
        </HeaderRow>

        <HeaderRow label={t('fields.customerPageLink')}>
          {/* Sharing the customer page lives in the case page's customer contact section. */}
          {canDo('customerContact') && (
            <a className="btn btn-link" href="#kundekontakt" aria-label={t('a11y.customerPageEdit')}>{t('actions.edit')}</a>
          )}
          {logButton(t('a11y.customerPageLog'))}
        </HeaderRow>
      </dl>

      {change.error && <ErrorState error={change.error} onRetry={change.retry} ns="caseHeader" />}

      {dialog === 'log' && <CaseLogDialog caseId={c.id} onClose={close} />}
      {(dialog === 'close' || dialog === 'cancel') && <ConfirmCaseActionDialog caseDetail={c} action={dialog} onClose={close} onDone={closeAndFocusHeading} />}
      {dialog === 'caseHandler' && <CaseHandlerDialog caseDetail={c} onClose={close} />}
      {dialog === 'reminder' && <ReminderDialog caseDetail={c} onClose={close} />}
      {dialog === 'quality' && <QualityControlDialog caseDetail={c} onClose={close} />}
    </header>
  );
}
