import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type CaseDetail } from '@/api/contract';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatMoney, formatNumber } from '@/lib/format';
import { useInvoices } from './api/getInvoices';
import { useTaskName } from './shared';

type Props = { caseDetail: CaseDetail };

/** Faktura: how many invoices the partners have added, and which tasks are ready for one (status 3). */
export function InvoiceTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const invoices = useInvoices(caseDetail.id);
  const ready = caseDetail.tasks.filter((x) => x.status === '3');
  return (
    <div className="case-section">
      <h2>{t('tabs.invoice')}</h2>
      {invoices.isPending ? (
        <Loading />
      ) : invoices.isError ? (
        <ErrorState error={invoices.error} ns="case" onRetry={() => void invoices.refetch()} />
      ) : invoices.data.count === 0 ? (
        <Empty>{t('invoice.empty')}</Empty>
      ) : (
        <p>{t('invoice.count', { count: invoices.data.count, formatted: formatNumber(invoices.data.count) })}</p>
      )}
      {ready.length > 0 && (
        <>
          <h3>{t('invoice.ready')}</h3>
          <ul className="plain-list">
            {ready.map((x) => (
              <li key={x.id}>{`${taskName(x)}${x.office ? ` – ${x.office.name}` : ''}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Kundeoppgjør: what the approved budgets add up to, and what is settled with the customer (cash offers, own work). */
export function SettlementTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const approved = caseDetail.tasks.filter((x) => x.budget?.status === 'approved');
  if (approved.length === 0) {
    return (
      <div className="case-section">
        <h2>{t('tabs.settlement')}</h2>
        <Empty>{t('settlement.empty')}</Empty>
      </div>
    );
  }
  const rows = approved.map((x) => {
    const total = x.budget?.amount ?? 0;
    const toCustomer = x.cashOffer
      ? total
      : x.workItems.filter((w) => w.cashOffer || w.customerOwnWork).reduce((s, w) => s + w.amount, 0);
    return { task: x, total, toCustomer };
  });
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  return (
    <div className="case-section">
      <h2>{t('tabs.settlement')}</h2>
      <table>
        <caption className="visually-hidden">{t('tabs.settlement')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tasks.task')}</th>
            <th scope="col">{t('settlement.approved')}</th>
            <th scope="col">{t('settlement.toCustomer')}</th>
            <th scope="col">{t('settlement.toPartner')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.task.id}>
              <td>{taskName(r.task)}</td>
              <td>{formatMoney(r.total)}</td>
              <td>{formatMoney(r.toCustomer)}</td>
              <td>{formatMoney(r.total - r.toCustomer)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('settlement.total')}</th>
            <td>{formatMoney(sum((r) => r.total))}</td>
            <td>{formatMoney(sum((r) => r.toCustomer))}</td>
            <td>{formatMoney(sum((r) => r.total - r.toCustomer))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Prosjektplan: each task on the portal's status line (C … A), where it is now. */
export function ProjectPlanTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  return (
    <div className="case-section">
      <h2>{t('tabs.projectplan')}</h2>
      {caseDetail.tasks.length === 0 ? (
        <Empty>{t('tasks.empty')}</Empty>
      ) : (
        <ol className="plain-list timeline">
          {caseDetail.tasks.map((x) => {
            const step = TASK_STATUSES.indexOf(x.status) + 1;
            return (
              <li key={x.id}>
                <strong>{taskName(x)}</strong>{' '}
                <span>
                  {t('plan.step', {
                    status: x.status,
                    meaning: t(`taskStatuses.${x.status}`),
                    step,
                    steps: TASK_STATUSES.length,
                  })}
                </span>
                <progress
                  max={TASK_STATUSES.length}
                  value={step}
                  aria-label={t('plan.progressOf', { task: taskName(x) })}
                />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
