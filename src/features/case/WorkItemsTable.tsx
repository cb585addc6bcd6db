import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/Toast';
import type { CaseDetail, Task } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { formatMoney } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { setCustomerOwnWork } from './api/setCustomerOwnWork';
import { ActionError, useTaskName } from './shared';

/**
 * A task's work items (arbeidsposter). With "Gi kontanttilbud for arbeidspost før budsjettgodkjenning"
 * a work item not yet approved can be given to the customer's own work. Shown in Arbeidsplan for
 * everyone who sees the case, and in Kostnadskontroll next to the budget approval.
 */
export function WorkItemsTable({ caseDetail, task }: { caseDetail: CaseDetail; task: Task }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const ownWork = useCaseMutation(caseDetail, (itemId: string, c) =>
    setCustomerOwnWork(c.id, task.id, itemId, { customerOwnWork: true, version: c.version }),
  );
  if (task.workItems.length === 0) return null;
  const name = taskName(task);
  return (
    <>
      <table className="work-items">
        <caption className="visually-hidden">{t('cost.workItemsOf', { task: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cost.workItem')}</th>
            <th scope="col">{t('cost.amount')}</th>
            <th scope="col">{t('cost.status')}</th>
            <th scope="col">{t('cost.customerOwnWork')}</th>
          </tr>
        </thead>
        <tbody>
          {task.workItems.map((w) => (
            <tr key={w.id}>
              <td>{w.description}</td>
              <td>{formatMoney(w.amount)}</td>
              <td>
                {t(`workItemStatuses.${w.status}`)}
                {w.cashOffer ? ` · ${t('tasks.cashOfferTag')}` : ''}
              </td>
              <td>
                {w.customerOwnWork ? (
                  t('cost.isCustomerOwnWork')
                ) : w.actions.includes('customerOwnWork') ? (
                  <Button
                    variant="link"
                    onClick={() =>
                      ownWork.mutate(w.id, {
                        onSuccess: () => toast.show(t('toast.customerOwnWork', { item: w.description })),
                      })
                    }
                    disabled={ownWork.isPending}
                    aria-label={t('cost.cashOfferWorkItemNamed', { item: w.description, task: name })}
                  >
                    {t('cost.cashOfferWorkItem')}
                  </Button>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionError error={ownWork.error} />
    </>
  );
}
