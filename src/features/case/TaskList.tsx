import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import { TASK_TYPES, type CaseDetail, type Task, type TaskType } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, SelectField, TextField } from '@/components/ui/Field';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useFieldErrorText } from '@/lib/errors';
import { formatKm, formatNok } from '@/lib/format';
import { caseWorkApi, caseWorkKeys, partnerOfficesQuery, useCaseWorkMutation } from './api';
import { ActionError, can, canDo, canDoTask, useTaskName } from './shared';

type Props = { caseDetail: CaseDetail };
type TaskDialog = { kind: 'assign' | 'cashOffer' | 'budget' | 'remove'; task: Task } | null;

/** Oppgaver: the task list with each task's status and the actions the viewer's rights allow. */
export function TaskList({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const approve = useCaseWorkMutation(caseDetail.id, (task: Task) => caseWorkApi.approveTask(caseDetail.id, task.id, caseDetail.version));
  const close = () => setDialog(null);

  return (
    <section aria-labelledby="case-tasks-heading" className="case-section">
      <h2 id="case-tasks-heading">{t('tasks.title')}</h2>
      {caseDetail.tasks.length === 0 ? (
        <Empty>{t('tasks.empty')}</Empty>
      ) : (
        <table className="task-table">
          <caption className="visually-hidden">{t('tasks.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.status')}</th>
              <th scope="col">{t('tasks.task')}</th>
              <th scope="col">{t('tasks.office')}</th>
              <th scope="col">{t('tasks.budget')}</th>
              <th scope="col">{t('tasks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {caseDetail.tasks.map((task) => (
              <tr key={task.id}>
                <td>
                  <span className="task-status">{task.status}</span> {t(`taskStatuses.${task.status}`)}
                </td>
                <td>
                  {taskName(task)}
                  {task.cashOffer && <span className="tag">{t('tasks.cashOfferTag')}</span>}
                </td>
                <td>{task.office?.name ?? t('tasks.notAssigned')}</td>
                <td>{task.budget ? `${formatNok(task.budget.amount)} (${t(`budgetStatuses.${task.budget.status}`)})` : '–'}</td>
                <td className="task-actions">
                  {canDoTask(task, 'assign') && (
                    <Button variant="link" onClick={() => setDialog({ kind: 'assign', task })} aria-label={t('tasks.assignTask', { task: taskName(task) })}>
                      {t('tasks.assign')}
                    </Button>
                  )}
                  {canDoTask(task, 'cashOffer') && (
                    <Button variant="link" onClick={() => setDialog({ kind: 'cashOffer', task })} aria-label={t('tasks.cashOfferTask', { task: taskName(task) })}>
                      {t('tasks.cashOffer')}
                    </Button>
                  )}
                  {canDoTask(task, 'addBudget') && (
                    <Button variant="link" onClick={() => setDialog({ kind: 'budget', task })} aria-label={t('tasks.addBudgetTask', { task: taskName(task) })}>
                      {t('tasks.addBudget')}
                    </Button>
                  )}
                  {canDoTask(task, 'approve') && (
                    <Button variant="link" onClick={() => approve.mutate(task)} disabled={approve.isPending} aria-label={t('tasks.approveTask', { task: taskName(task) })}>
                      {t('tasks.approve')}
                    </Button>
                  )}
                  {canDoTask(task, 'remove') && (
                    <Button variant="link" onClick={() => setDialog({ kind: 'remove', task })} aria-label={t('tasks.removeTask', { task: taskName(task) })}>
                      {t('tasks.remove')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ActionError error={approve.error} />
      {canDo(caseDetail, 'addTask') && <AddTaskForm caseDetail={caseDetail} />}
      {dialog?.kind === 'assign' && <AssignTaskDialog caseDetail={caseDetail} task={dialog.task} onClose={close} />}
      {dialog?.kind === 'cashOffer' && <CashOfferDialog caseDetail={caseDetail} task={dialog.task} onClose={close} />}
      {dialog?.kind === 'budget' && <BudgetDialog caseDetail={caseDetail} task={dialog.task} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveTaskDialog caseDetail={caseDetail} task={dialog.task} onClose={close} />}
    </section>
  );
}

/** "Legg til flere": a task of a chosen type. */
function AddTaskForm({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const [type, setType] = useState<TaskType>('waterDamageInspection');
  const add = useCaseWorkMutation(caseDetail.id, (taskType: TaskType) => caseWorkApi.addTask(caseDetail.id, { type: taskType, version: caseDetail.version }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(type);
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t('tasks.addMore')}>
      <SelectField label={t('tasks.taskType')} value={type} onChange={(e) => setType(e.target.value as TaskType)}>
        {TASK_TYPES.map((x) => (
          <option key={x} value={x}>{t(`taskTypes.${x}`)}</option>
        ))}
      </SelectField>
      <Button type="submit" disabled={add.isPending}>{t('tasks.addMore')}</Button>
      <ActionError error={add.error} />
    </form>
  );
}

interface TaskDialogProps extends Props {
  task: Task;
  onClose: () => void;
}

/** Tildel: an office from the recommended list (by distance) or all offices; categories as a filter with "Vis kontorkategorier". */
function AssignTaskDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const [all, setAll] = useState(false);
  const [category, setCategory] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [missing, setMissing] = useState(false);
  const offices = useQuery(partnerOfficesQuery(caseDetail.id, all, category));
  const assign = useCaseWorkMutation(caseDetail.id, (id: string) => caseWorkApi.assignTaskOffice(caseDetail.id, task.id, { officeId: id, version: caseDetail.version }));
  const save = () => {
    if (!officeId) return setMissing(true);
    assign.mutate(officeId, { onSuccess: onClose });
  };
  const showCategories = can(caseDetail, 'viewOfficeCategories');
  return (
    <Dialog
      title={t('assign.title', { task: taskName(task) })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={save} disabled={assign.isPending}>{t('actions.save')}</Button>
        </>
      }
    >
      <Checkbox label={t('assign.showAll')} checked={all} onChange={(e) => setAll(e.target.checked)} />
      {showCategories && offices.data?.categories && (
        <SelectField label={t('assign.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('assign.allCategories')}</option>
          {offices.data.categories.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </SelectField>
      )}
      {offices.isPending ? (
        <Loading />
      ) : offices.isError ? (
        <ErrorState error={offices.error} ns="case" onRetry={() => void offices.refetch()} />
      ) : offices.data.offices.length === 0 ? (
        <Empty>{t('assign.noOffices')}</Empty>
      ) : (
        <SelectField
          label={t('assign.office')}
          value={officeId}
          required
          error={missing ? t('assign.required') : undefined}
          onChange={(e) => {
            setOfficeId(e.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('assign.choose')}</option>
          {offices.data.offices.map((o) => (
            <option key={o.id} value={o.id}>
              {`(${formatKm(o.distanceKm)}) ${o.name}${o.categories ? ` – ${o.categories.join(', ')}` : ''}`}
            </option>
          ))}
        </SelectField>
      )}
      <ActionError error={assign.error} />
    </Dialog>
  );
}

/** Kontanttilbud (iCC): the whole task, or some of its work items. */
function CashOfferDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const [whole, setWhole] = useState(task.cashOffer);
  const [items, setItems] = useState<Record<string, boolean>>(Object.fromEntries(task.workItems.map((w) => [w.id, w.cashOffer])));
  const save = useCaseWorkMutation(caseDetail.id, async () => {
    // Each change bumps the case version; the next request carries the version the previous answer returned.
    let version = caseDetail.version;
    const on = task.workItems.filter((w) => items[w.id] && !w.cashOffer).map((w) => w.id);
    const off = task.workItems.filter((w) => !items[w.id] && w.cashOffer).map((w) => w.id);
    if (on.length) version = (await caseWorkApi.setCashOffer(caseDetail.id, task.id, { cashOffer: true, workItemIds: on, version })).version;
    if (off.length) version = (await caseWorkApi.setCashOffer(caseDetail.id, task.id, { cashOffer: false, workItemIds: off, version })).version;
    if (whole !== task.cashOffer) await caseWorkApi.setCashOffer(caseDetail.id, task.id, { cashOffer: whole, workItemIds: null, version });
  });
  return (
    <Dialog
      title={t('cashOffer.title', { task: taskName(task) })}
      description={t('cashOffer.description')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={() => save.mutate(undefined, { onSuccess: onClose })} disabled={save.isPending}>{t('actions.save')}</Button>
        </>
      }
    >
      <Checkbox label={t('cashOffer.wholeTask')} checked={whole} onChange={(e) => setWhole(e.target.checked)} />
      {task.workItems.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('cashOffer.workItems')}</legend>
          {task.workItems.map((w) => (
            <Checkbox
              key={w.id}
              label={`${w.description} (${formatNok(w.amount)})`}
              checked={items[w.id] ?? false}
              onChange={(e) => setItems((s) => ({ ...s, [w.id]: e.target.checked }))}
            />
          ))}
        </fieldset>
      )}
      <ActionError error={save.error} />
    </Dialog>
  );
}

/** "Legge til budsjett på vegne av andre partnere": work items sent for approval as the task's budget. */
function BudgetDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const fieldError = useFieldErrorText();
  const [lines, setLines] = useState([{ description: '', amount: '' }]);
  const add = useCaseWorkMutation(caseDetail.id, () => caseWorkApi.addBudget(caseDetail.id, task.id, { workItems: lines, version: caseDetail.version }));
  const errors = isApiError(add.error) ? add.error.fieldErrors : {};
  const update = (i: number, patch: Partial<(typeof lines)[number]>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Dialog
      title={t('budget.title', { task: taskName(task) })}
      description={t('budget.description', { office: task.office?.name ?? '' })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={() => add.mutate(undefined, { onSuccess: onClose })} disabled={add.isPending}>{t('budget.submit')}</Button>
        </>
      }
    >
      {lines.map((l, i) => (
        <fieldset key={i} className="fieldset">
          <legend>{t('budget.workItem', { n: i + 1 })}</legend>
          <TextField label={t('budget.itemDescription')} value={l.description} onChange={(e) => update(i, { description: e.target.value })} error={fieldError(errors[`workItems.${i}.description`]?.code)} />
          <TextField label={t('budget.itemAmount')} inputMode="decimal" value={l.amount} onChange={(e) => update(i, { amount: e.target.value })} error={fieldError(errors[`workItems.${i}.amount`]?.code)} />
        </fieldset>
      ))}
      <Button variant="link" onClick={() => setLines((ls) => [...ls, { description: '', amount: '' }])}>{t('budget.addLine')}</Button>
      {add.error && !Object.keys(errors).length ? <ActionError error={add.error} /> : null}
    </Dialog>
  );
}

function RemoveTaskDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const remove = useCaseWorkMutation(caseDetail.id, () => caseWorkApi.removeTask(caseDetail.id, task.id, caseDetail.version), [caseWorkKeys.rfqs(caseDetail.id)]);
  return (
    <Dialog
      title={t('tasks.removeTitle', { task: taskName(task) })}
      description={t('tasks.removeText')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="danger" onClick={() => remove.mutate(undefined, { onSuccess: onClose })} disabled={remove.isPending}>{t('tasks.remove')}</Button>
        </>
      }
    >
      <ActionError error={remove.error} />
    </Dialog>
  );
}
