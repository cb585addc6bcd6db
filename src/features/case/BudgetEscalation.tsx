import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerBudgetEscalation, type CaseDetail, type Task } from '@/api/contract';
import { useCaseAsOpened, useCaseMutation } from '@/api/caseMutation';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Dialog } from '@/components/ui/Dialog';
import { FieldShell } from '@/components/ui/Field';
import { useToast } from '@/components/ui/Toast';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useContractForm } from '@/lib/forms';
import { answerBudgetEscalation } from './api/answerBudgetEscalation';
import { escalateBudget } from './api/escalateBudget';
import { canDoTask, useCaseErrorMessage, useTaskName } from './shared';

type Props = { caseDetail: CaseDetail; task: Task };

/**
 * Issue 14 in Kostnadskontroll: where the API refuses an approval over the viewer's limit, it offers
 * "Send til godkjenning hos <forsikringsselskap>" (task action `escalateBudget`); a sent budget reads
 * "Venter på godkjenning hos …"; the insurer answers it (`answerBudgetEscalation`) with a comment.
 * Shown from the task's action list and the budget's escalation only.
 */
export function BudgetEscalation({ caseDetail, task }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const errorMessage = useCaseErrorMessage();
  const [asking, setAsking] = useState(false);
  const [answering, setAnswering] = useState(false);
  const send = useCaseMutation(caseDetail, (amount: number, c) =>
    escalateBudget(c.id, task.id, { amount, version: c.version }),
  );
  const e = task.budget?.escalation ?? null;
  const insurer = caseDetail.insurer.name;
  const name = taskName(task);
  if (!task.budget) return null;
  const amount = task.budget.amount;
  return (
    <div className="budget-escalation">
      {e?.status === 'pending' && (
        <p role="status">
          <strong>{t('escalation.pending', { insurer })}</strong>{' '}
          {t('escalation.sentBy', {
            name: e.requestedBy?.name ?? '–',
            at: formatDateTime(e.requestedAt),
            amount: formatMoney(e.amount),
            limit: formatMoney(e.limit),
          })}
        </p>
      )}
      {e && e.status !== 'pending' && (
        <p>
          {t(`escalation.${e.status}`, {
            name: e.answeredBy?.name ?? '–',
            at: e.answeredAt ? formatDateTime(e.answeredAt) : '',
          })}
          {e.comment && ` ${t('escalation.comment', { comment: e.comment })}`}
        </p>
      )}
      {canDoTask(task, 'escalateBudget') && (
        <Button
          onClick={() => {
            send.reset();
            setAsking(true);
          }}
          aria-label={t('escalation.sendNamed', { insurer, task: name })}
        >
          {t('escalation.send', { insurer })}
        </Button>
      )}
      {canDoTask(task, 'answerBudgetEscalation') && (
        <Button
          variant="primary"
          onClick={() => setAnswering(true)}
          aria-label={t('escalation.answerNamed', { task: name })}
        >
          {t('escalation.answer')}
        </Button>
      )}
      {asking && (
        <ConfirmDialog
          title={t('escalation.send', { insurer })}
          consequence={t('escalation.sendConsequence', { amount: formatMoney(amount), task: name, insurer })}
          confirmLabel={t('escalation.sendConfirm')}
          tone="primary"
          onConfirm={() =>
            send.mutate(amount, {
              onSuccess: () => {
                setAsking(false);
                toast.show(t('escalation.sent', { insurer }));
              },
            })
          }
          onClose={() => setAsking(false)}
          pending={send.isPending}
          error={send.error}
          formatError={errorMessage}
        />
      )}
      {answering && e && (
        <AnswerDialog caseDetail={caseDetail} task={task} amount={e.amount} onClose={() => setAnswering(false)} />
      )}
    </div>
  );
}

type AnswerValues = { decision: 'approve' | 'reject'; comment: string };

/** The case handler's answer: Godkjenn or Avvis, with a comment (required to reject). */
function AnswerDialog({ caseDetail, task, amount, onClose }: Props & { amount: number; onClose: () => void }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const errorMessage = useCaseErrorMessage();
  const opened = useCaseAsOpened(caseDetail);
  const form = useContractForm<AnswerValues, typeof AnswerBudgetEscalation>(
    AnswerBudgetEscalation,
    { defaultValues: { decision: 'approve', comment: '' }, toBody: (v) => ({ ...v, amount, version: opened.version }) },
    'case',
  );
  const answer = useCaseMutation(opened, (v: AnswerValues, c) =>
    answerBudgetEscalation(c.id, task.id, { ...v, amount, version: c.version }),
  );
  const name = taskName(task);
  const submit = (decision: AnswerValues['decision']) => {
    form.setValue('decision', decision);
    void form.handleSubmit((v) =>
      answer.mutate(v, {
        onSuccess: () => {
          onClose();
          toast.show(t(`escalation.toast.${v.decision}`, { amount: formatMoney(amount), task: name }));
        },
        onError: (err) => void form.applyServerErrors(err),
      }),
    )();
  };
  return (
    <Dialog
      title={t('escalation.answerTitle', { task: name })}
      onClose={onClose}
      description={t('escalation.answerIntro', {
        amount: formatMoney(amount),
        name: task.budget?.escalation?.requestedBy?.name ?? '–',
      })}
      actions={
        <>
          <Button onClick={onClose}>{t('escalation.cancel')}</Button>
          <Button variant="danger" onClick={() => submit('reject')} disabled={answer.isPending}>
            {t('escalation.reject')}
          </Button>
          <Button variant="primary" onClick={() => submit('approve')} disabled={answer.isPending}>
            {t('escalation.approve')}
          </Button>
        </>
      }
    >
      <form onSubmit={(ev) => ev.preventDefault()} noValidate>
        <FieldShell
          label={t('escalation.commentLabel')}
          hint={t('escalation.commentHint')}
          error={form.fieldError('comment')}
        >
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              className="input ds-input"
              rows={3}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              {...form.register('comment')}
            />
          )}
        </FieldShell>
        {answer.error !== null && !form.formState.errors.comment && (
          <p role="alert" className="field-error">
            {errorMessage(answer.error)}
          </p>
        )}
      </form>
    </Dialog>
  );
}
