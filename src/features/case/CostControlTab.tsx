import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Task } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Empty } from '@/components/ui/States';
import { useToast } from '@/components/ui/Toast';
import { formatMoney } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { approveBudget } from './api/approveBudget';
import { canDoTask, useCaseErrorMessage, useTaskName } from './shared';
import { WorkItemsTable } from './WorkItemsTable';
import { BudgetEscalation } from './BudgetEscalation';

type Props = { caseDetail: CaseDetail };

/**
 * Kostnadskontroll: the tab exists only with "Godkjenne budsjett" (CaseTabs leaves it out otherwise);
 * budgets are approved up to the viewer's limit, as the task's action list says.
 */
export function CostControlTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const limit = caseDetail.viewer.budgetLimit;
  const tasks = caseDetail.tasks.filter((x) => x.budget !== null);
  return (
    <div className="case-section">
      <h2>{t('tabs.cost')}</h2>
      <p>{limit === null ? t('cost.noLimit') : t('cost.limit', { limit: formatMoney(limit) })}</p>
      {tasks.length === 0 ? (
        <Empty>{t('cost.empty')}</Empty>
      ) : (
        tasks.map((task) => <TaskBudget key={task.id} caseDetail={caseDetail} task={task} />)
      )}
    </div>
  );
}

function TaskBudget({ caseDetail, task }: Props & { task: Task }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const errorMessage = useCaseErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const approve = useCaseMutation(caseDetail, (_: void, c) => approveBudget(c.id, task.id, c.version));
  const budget = task.budget;
  if (!budget) return null;
  // The API says before the click why an approval would be refused (over the viewer's limit).
  const overLimitNotice = task.notices.find((n) => n.action === 'approveBudget' && n.code === 'budget_limit_exceeded');
  const overLimit = overLimitNotice !== undefined;
  const mayApprove = canDoTask(task, 'approveBudget');
  const headingId = `budget-${task.id}`;
  const hintId = `budget-hint-${task.id}`;
  const name = taskName(task);
  return (
    <section aria-labelledby={headingId} className="budget-card">
      <h3 id={headingId}>{`${name}${task.office ? ` – ${task.office.name}` : ''}`}</h3>
      <p>
        {t('cost.budget', { amount: formatMoney(budget.amount), status: t(`budgetStatuses.${budget.status}`) })}
        {budget.addedBy && ` ${t('cost.addedBy', { name: budget.addedBy.name })}`}
      </p>
      <WorkItemsTable caseDetail={caseDetail} task={task} />
      {(mayApprove || overLimit) && (
        <div className="budget-approve">
          <Button
            variant="primary"
            onClick={() => {
              approve.reset();
              setConfirming(true);
            }}
            disabled={overLimit || approve.isPending}
            aria-describedby={overLimit ? hintId : undefined}
            aria-label={t('cost.approveNamed', { task: name })}
          >
            {t('cost.approve')}
          </Button>
          {overLimitNotice && (
            <p id={hintId} className="field-error">
              {t('cost.overLimit', {
                amount: formatMoney(Number(overLimitNotice.params.amount)),
                limit: formatMoney(Number(overLimitNotice.params.limit)),
              })}
            </p>
          )}
        </div>
      )}
      <BudgetEscalation caseDetail={caseDetail} task={task} />
      {confirming && (
        // Approving lets the work start and commits the insurer to the amount: ask first, naming both.
        <ConfirmDialog
          title={t('cost.approveNamed', { task: name })}
          consequence={t('cost.approveConsequence', {
            amount: formatMoney(budget.amount),
            task: name,
            office: task.office?.name ?? '–',
          })}
          confirmLabel={t('cost.approve')}
          tone="primary"
          onConfirm={() =>
            approve.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                toast.show(t('toast.budgetApproved', { amount: formatMoney(budget.amount), task: name }));
              },
            })
          }
          onClose={() => setConfirming(false)}
          pending={approve.isPending}
          error={approve.error}
          // The limit in a 403 is formatted as NOK, as everywhere in the case work.
          formatError={errorMessage}
        />
      )}
    </section>
  );
}
