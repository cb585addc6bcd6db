import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseActionKey, CaseDetail, ClaimDecision, LogTopic, Task } from '@/api/contract';
import { Tag, type Tone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/States';
import { useToast } from '@/components/ui/Toast';
import { caseListReturnUrl } from '@/lib/caseListReturn';
import { caseActionChange } from './api/caseActions';
import { useCaseChange } from './api/caseMutation';
import { CaseHandlerDialog } from './CaseHandlerDialog';
import { CaseLogDialog } from './CaseLogDialog';
import { CLAIM_DECISIONS, ClaimDecisionDialog } from './ClaimDecisionDialog';
import { ConfirmCaseActionDialog } from './ConfirmCaseActionDialog';
import { QualityControlDialog } from './QualityControlDialog';
import { ReminderDialog } from './ReminderDialog';
import './CaseHeader.css';
import { ExternalRoleTime } from './ExternalRoleTime';

interface CaseHeaderProps {
  caseDetail: CaseDetail;
  /**
   * The actions next to "Ekstern saksbehandler" (Rediger, Tildel bruker). They belong to the assign-office
   * feature; the route module passes them in, since features do not import each other.
   */
  externalCaseHandlerActions?: ReactNode;
}

type OpenDialog =
  | { kind: 'close' | 'cancel' | 'caseHandler' | 'reminder' | 'quality' }
  | { kind: 'log'; topic: LogTopic }
  | { kind: 'claimDecision'; decision: ClaimDecision }
  | null;

/**
 * How much an action weighs, shown by the button's look: `quiet` for what only shows or opens something
 * (Logg, Rediger, Sjå på), `normal` for a change (Vent, Lukk, Godta), `danger` for what ends the case.
 */
const QUIET = 'tertiary' as const;

/** Status tag colours (Designsystemet data-color). */
const STATUS_TONE: Record<CaseDetail['status'], Tone> = {
  open: 'success',
  on_hold: 'info',
  closed: 'neutral',
  cancelled: 'neutral',
};

/** One line of the header: "Label: value  [action] [action]". */
function HeaderRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-header-row">
      <dt>{label}:</dt>
      <dd className="case-header-actions">{children}</dd>
    </div>
  );
}

/**
 * The case header, as the guide draws it: address, insurer and customer, the tasks, Sakstiltak,
 * Erstatningsbeslutning, Saksbehandler, Ekstern saksbehandler, Skadenummer, Kvalitetskontroll,
 * Påminnelse (saksbehandler) and Send link til kundesiden; above it the case's identity (breadcrumb back to
 * the list as it was left, case number, status, "Handling kreves"). Actions follow `caseDetail.viewer.actions`,
 * the API's list of what the viewer may do now (an ended case lists none of them); the consequential ones ask
 * first, and every change is confirmed by a toast.
 */
export function CaseHeader({ caseDetail: c, externalCaseHandlerActions }: CaseHeaderProps) {
  const { t } = useTranslation('caseHeader');
  const toast = useToast();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const holdOrResume = useCaseChange(c, {
    onSuccess: (d) => toast.show(t(d.status === 'on_hold' ? 'toast.onHold' : 'toast.resumed')),
  });
  const canDo = (a: CaseActionKey) => c.viewer.actions.includes(a);
  const open = (kind: 'close' | 'cancel' | 'caseHandler' | 'reminder' | 'quality') => setDialog({ kind });
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
  const { office, user, userRemoved } = c.externalCaseHandler;
  const externalText = !office
    ? t('notAssigned')
    : user
      ? t(userRemoved ? 'external.removedUserAndOffice' : 'external.userAndOffice', {
          user: user.name,
          office: office.name,
        })
      : t('external.officeNoUser', { office: office.name });
  // Each row's "Logg" opens the log filtered to that row.
  const logButton = (topic: LogTopic, label: string) => (
    <Button variant={QUIET} size="sm" aria-label={label} onClick={() => setDialog({ kind: 'log', topic })}>
      {t('actions.log')}
    </Button>
  );
  const statusText =
    c.status === 'closed' && c.closeReason
      ? t('status.withReason', { status: t(`status.${c.status}`), reason: t(`closeReasons.${c.closeReason}`) })
      : t(`status.${c.status}`);

  return (
    <header className="case-header" aria-labelledby={headingId}>
      <nav className="ds-breadcrumbs case-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol>
          <li>
            <Link className="ds-link" to={caseListReturnUrl()}>
              {t('breadcrumb.list')}
            </Link>
          </li>
          <li>
            <span aria-current="page">{t('breadcrumb.case', { reference: c.reference })}</span>
          </li>
        </ol>
      </nav>

      <div className="case-header-identity">
        <p className="case-header-number">{t('caseNumber', { reference: c.reference })}</p>
        <h1 id={headingId} ref={headingRef} tabIndex={-1}>
          {c.address.street}, {c.address.postalCode} {c.address.city}
        </h1>
        <p className="case-header-tags">
          <Tag tone={STATUS_TONE[c.status]} className="case-status-tag">
            <span className="visually-hidden">{t('status.label')}: </span>
            {statusText}
          </Tag>
          {c.attention && (
            <Tag tone="warning" className="case-attention">
              {t('attention')}
            </Tag>
          )}
        </p>
      </div>
      <p className="case-header-customer">
        {t('customerLine', { insurer: c.insurer.name, customer: c.customer.name, phone: c.customer.phone })}
      </p>

      {c.tasks.length === 0 ? (
        <p className="muted">{t('tasks.none')}</p>
      ) : (
        <ul className="case-header-tasks" aria-label={t('tasks.label')}>
          {c.tasks.map((task) => (
            <li key={task.id}>
              {t(`taskTypes.${task.type}`)}: {taskAssignment(task)}
            </li>
          ))}
        </ul>
      )}

      <dl className="case-header-fields">
        <HeaderRow label={t('fields.caseActions')}>
          {(canDo('hold') || canDo('resume')) && (
            // One button that changes its label (Vent <-> Gjenoppta) keeps keyboard focus where it was.
            <Button
              size="sm"
              aria-disabled={holdOrResume.isPending || undefined}
              onClick={() => {
                if (!holdOrResume.isPending) holdOrResume.run(caseActionChange(canDo('resume') ? 'resume' : 'hold'));
              }}
            >
              {canDo('resume') ? t('actions.resume') : t('actions.hold')}
            </Button>
          )}
          {canDo('close') && (
            <Button size="sm" onClick={() => open('close')}>
              {t('actions.close')}
            </Button>
          )}
          {/* Avbryt ends the case: it looks like what it does (danger), and asks first. */}
          {canDo('cancel') && (
            <Button size="sm" data-color="danger" className="case-action-danger" onClick={() => open('cancel')}>
              {t('actions.cancel')}
            </Button>
          )}
          {logButton('caseActions', t('a11y.caseActionsLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.claimDecision')}>
          {c.claimDecision && <strong className="case-header-value">{t(`claimDecisions.${c.claimDecision}`)}</strong>}
          {canDo('claimDecision') &&
            CLAIM_DECISIONS.map(({ decision, label }) => (
              <Button
                key={decision}
                size="sm"
                aria-pressed={c.claimDecision === decision}
                onClick={() => setDialog({ kind: 'claimDecision', decision })}
              >
                {t(`actions.${label}`)}
              </Button>
            ))}
          {logButton('claimDecision', t('a11y.claimDecisionLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.caseHandler')}>
          <span className="case-header-value">{c.caseHandler?.name ?? t('notAssigned')}</span>
          {canDo('editCaseHandler') && (
            <Button
              variant={QUIET}
              size="sm"
              aria-label={t('a11y.caseHandlerEdit')}
              onClick={() => open('caseHandler')}
            >
              {t('actions.edit')}
            </Button>
          )}
          {logButton('caseHandler', t('a11y.caseHandlerLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.externalCaseHandler')}>
          <span className="case-header-value" data-testid="external-case-handler">
            {externalText}
          </span>
          <ExternalRoleTime external={c.externalCaseHandler} />
          {externalCaseHandlerActions}
          {logButton('externalCaseHandler', t('a11y.externalCaseHandlerLog'))}
        </HeaderRow>

        <HeaderRow label={t('fields.claimNumber')}>
          <span className="case-header-value case-header-claim">{c.claimNumber}</span>
        </HeaderRow>

        <HeaderRow label={t('fields.qualityControl')}>
          <Button variant={QUIET} size="sm" aria-label={t('a11y.qualityControl')} onClick={() => open('quality')}>
            {t('actions.view')}
          </Button>
        </HeaderRow>

        <HeaderRow label={t('fields.reminder')}>
          <span className="case-header-value">{c.reminder ? t('reminder.on') : t('reminder.off')}</span>
          {canDo('reminder') && (
            <Button variant={QUIET} size="sm" aria-label={t('a11y.reminderEdit')} onClick={() => open('reminder')}>
              {t('actions.edit')}
            </Button>
          )}
        </HeaderRow>

        <HeaderRow label={t('fields.customerPageLink')}>
          {/* Sharing the customer page lives in the case page's customer contact section. */}
          {canDo('customerContact') && (
            <a
              className="btn btn-tertiary ds-button"
              data-variant="tertiary"
              data-color="accent"
              data-size="sm"
              href="#kundekontakt"
              aria-label={t('a11y.customerPageEdit')}
            >
              {t('actions.edit')}
            </a>
          )}
          {logButton('customerPage', t('a11y.customerPageLog'))}
        </HeaderRow>
      </dl>

      {holdOrResume.error && <ErrorState error={holdOrResume.error} onRetry={holdOrResume.retry} ns="caseHeader" />}

      {dialog?.kind === 'log' && <CaseLogDialog caseId={c.id} topic={dialog.topic} onClose={close} />}
      {(dialog?.kind === 'close' || dialog?.kind === 'cancel') && (
        <ConfirmCaseActionDialog caseDetail={c} action={dialog.kind} onClose={close} onDone={closeAndFocusHeading} />
      )}
      {dialog?.kind === 'claimDecision' && (
        <ClaimDecisionDialog caseDetail={c} decision={dialog.decision} onClose={close} />
      )}
      {dialog?.kind === 'caseHandler' && <CaseHandlerDialog caseDetail={c} onClose={close} />}
      {dialog?.kind === 'reminder' && <ReminderDialog caseDetail={c} onClose={close} />}
      {dialog?.kind === 'quality' && <QualityControlDialog caseDetail={c} onClose={close} />}
    </header>
  );
}
