import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import {
  AddBudget,
  AddTask,
  Id,
  TASK_TYPES,
  TaskCashOffer,
  type AddBudgetInput,
  type CaseDetail,
  type Task,
  type TaskType,
} from '@/api/contract';
import { OfficePickDialog, type OfficeScope } from '@/components/OfficePickDialog';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, SelectField, TextField } from '@/components/ui/Field';
import { Empty } from '@/components/ui/States';
import { useToast } from '@/components/ui/Toast';
import './TaskList.css';
import { useContractForm } from '@/lib/forms';
import { formatMoney } from '@/lib/format';
import { useCaseAsOpened, useCaseMutation } from '@/api/caseMutation';
import { usePartnerOffices } from './api/getPartnerOffices';
import { addBudget } from './api/addBudget';
import { addTask } from './api/addTask';
import { approveTask } from './api/approveTask';
import { assignTaskOffice } from './api/assignTaskOffice';
import { removeTask } from './api/removeTask';
import { setCashOffer } from './api/setCashOffer';
import { ActionError, can, canDo, canDoTask, useCaseErrorMessage, useTaskName } from './shared';

type Props = { caseDetail: CaseDetail };
type TaskDialog = { kind: 'assign' | 'cashOffer' | 'budget' | 'remove'; task: Task } | null;

/** Oppgaver: the task list with each task's status and the actions the viewer's rights allow. */
export function TaskList({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const [dialog, setDialog] = useState<TaskDialog>(null);
  const toast = useToast();
  const approve = useCaseMutation(caseDetail, (task: Task, c) => approveTask(c.id, task.id, c.version));
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
                <td data-label={t('tasks.status')}>
                  <span>
                    <span className="task-status">{task.status}</span> {t(`taskStatuses.${task.status}`)}
                  </span>
                </td>
                <td data-label={t('tasks.task')} className="task-name">
                  {taskName(task)}
                  {task.cashOffer && <span className="tag">{t('tasks.cashOfferTag')}</span>}
                </td>
                <td data-label={t('tasks.office')}>{task.office?.name ?? t('tasks.notAssigned')}</td>
                <td data-label={t('tasks.budget')}>
                  {task.budget
                    ? `${formatMoney(task.budget.amount)} (${t(`budgetStatuses.${task.budget.status}`)})`
                    : '–'}
                </td>
                <td className="task-actions" data-label={t('tasks.actions')}>
                  {canDoTask(task, 'assign') && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      onClick={() => setDialog({ kind: 'assign', task })}
                      aria-label={t('tasks.assignTask', { task: taskName(task) })}
                    >
                      {t('tasks.assign')}
                    </Button>
                  )}
                  {canDoTask(task, 'cashOffer') && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      onClick={() => setDialog({ kind: 'cashOffer', task })}
                      aria-label={t('tasks.cashOfferTask', { task: taskName(task) })}
                    >
                      {t('tasks.cashOffer')}
                    </Button>
                  )}
                  {canDoTask(task, 'addBudget') && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      onClick={() => setDialog({ kind: 'budget', task })}
                      aria-label={t('tasks.addBudgetTask', { task: taskName(task) })}
                    >
                      {t('tasks.addBudget')}
                    </Button>
                  )}
                  {canDoTask(task, 'approve') && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      onClick={() =>
                        approve.mutate(task, {
                          onSuccess: () => toast.show(t('toast.taskApproved', { task: taskName(task) })),
                        })
                      }
                      disabled={approve.isPending}
                      aria-label={t('tasks.approveTask', { task: taskName(task) })}
                    >
                      {t('tasks.approve')}
                    </Button>
                  )}
                  {canDoTask(task, 'remove') && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      data-color="danger"
                      onClick={() => setDialog({ kind: 'remove', task })}
                      aria-label={t('tasks.removeTask', { task: taskName(task) })}
                    >
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

/** The form's field; the version is the case on screen's. */
const AddTaskForm_ = AddTask.pick({ type: true });

/** "Legg til flere": a task of a chosen type. */
function AddTaskForm({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const form = useContractForm(AddTaskForm_, { defaultValues: { type: 'waterDamageInspection' as TaskType } }, 'case');
  const add = useCaseMutation(caseDetail, (taskType: TaskType, c) =>
    addTask(c.id, { type: taskType, version: c.version }),
  );
  const onSubmit = form.handleSubmit(({ type }) =>
    add.mutate(type, { onSuccess: () => toast.show(t('toast.taskAdded', { task: t(`taskTypes.${type}`) })) }),
  );
  return (
    <form className="inline-form" onSubmit={(e) => void onSubmit(e)} aria-label={t('tasks.addMore')}>
      <SelectField label={t('tasks.taskType')} error={form.fieldError('type')} {...form.register('type')}>
        {TASK_TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`taskTypes.${x}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={add.isPending}>
        {t('tasks.addMore')}
      </Button>
      <ActionError error={add.error} />
    </form>
  );
}

interface TaskDialogProps extends Props {
  task: Task;
  onClose: () => void;
}

/**
 * Tildel (Tildel oppgaver til partnere): the one office picker, with the office categories as a filter
 * when the viewer may see them (Vis kontorkategorier).
 */
function AssignTaskDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const [scope, setScope] = useState<OfficeScope>('recommended');
  const [category, setCategory] = useState('');
  const offices = usePartnerOffices(caseDetail.id, scope === 'all', category);
  const assign = useCaseMutation(useCaseAsOpened(caseDetail), (id: string, c) =>
    assignTaskOffice(c.id, task.id, { officeId: id, version: c.version }),
  );
  const done = {
    onSuccess: (c: CaseDetail) => {
      const office = c.tasks.find((x) => x.id === task.id)?.office?.name ?? '';
      toast.show(t('toast.taskAssigned', { task: taskName(task), office }));
      onClose();
    },
  };
  const send = (officeId: string) => assign.mutate(officeId, done);
  const categories = can(caseDetail, 'viewOfficeCategories') ? offices.data?.categories : null;
  return (
    <OfficePickDialog
      subject={taskName(task)}
      scope={scope}
      onScopeChange={setScope}
      offices={offices.data?.offices}
      loading={offices.isPending}
      loadError={offices.error}
      onRetryLoad={() => void offices.refetch()}
      categoryFilter={categories ? { categories, value: category, onChange: setCategory } : undefined}
      initialOfficeId={task.office?.id}
      onSave={send}
      saving={assign.isPending}
      saveError={assign.error}
      onRetrySave={() => assign.retry(done)}
      onPick={assign.reset}
      onClose={onClose}
      errorNs="case"
    />
  );
}

/** Kontanttilbud (iCC): the task as a whole, and the work items (arbeidsposter) marked; each is sent as a TaskCashOffer. */
const CashOfferForm = z.object({ cashOffer: TaskCashOffer.shape.cashOffer, workItemIds: z.array(Id) });

/** Kontanttilbud (iCC): the whole task, or some of its work items. */
function CashOfferDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const form = useContractForm(
    CashOfferForm,
    {
      defaultValues: {
        cashOffer: task.cashOffer,
        workItemIds: task.workItems.filter((w) => w.cashOffer).map((w) => w.id),
      },
    },
    'case',
  );
  const save = useCaseMutation(useCaseAsOpened(caseDetail), async (values: z.output<typeof CashOfferForm>, c) => {
    // Each change bumps the case version; the next request carries the version the previous answer returned.
    let version = c.version;
    const marked = new Set(values.workItemIds);
    const on = task.workItems.filter((w) => marked.has(w.id) && !w.cashOffer).map((w) => w.id);
    const off = task.workItems.filter((w) => !marked.has(w.id) && w.cashOffer).map((w) => w.id);
    if (on.length)
      version = (await setCashOffer(caseDetail.id, task.id, { cashOffer: true, workItemIds: on, version })).version;
    if (off.length)
      version = (await setCashOffer(caseDetail.id, task.id, { cashOffer: false, workItemIds: off, version })).version;
    if (values.cashOffer !== task.cashOffer)
      await setCashOffer(caseDetail.id, task.id, { cashOffer: values.cashOffer, workItemIds: null, version });
  });
  const submit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => {
        toast.show(t('toast.cashOfferSaved', { task: taskName(task) }));
        onClose();
      },
    }),
  );
  return (
    <Dialog
      title={t('cashOffer.title', { task: taskName(task) })}
      description={t('cashOffer.description')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={(e) => void submit(e)} disabled={save.isPending}>
            {t('actions.save')}
          </Button>
        </>
      }
    >
      <Checkbox label={t('cashOffer.wholeTask')} {...form.register('cashOffer')} />
      {task.workItems.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('cashOffer.workItems')}</legend>
          {task.workItems.map((w) => (
            <Checkbox
              key={w.id}
              label={`${w.description} (${formatMoney(w.amount)})`}
              value={w.id}
              {...form.register('workItemIds')}
            />
          ))}
        </fieldset>
      )}
      <ActionError error={save.error} />
    </Dialog>
  );
}

/** The dialog's fields: the work items; the version comes from the case as the dialog opened (ADR 006). */
const BudgetForm = AddBudget.pick({ workItems: true });
const emptyLine = () => ({ description: '', amount: '' });

/** "Legge til budsjett på vegne av andre partnere": work items sent for approval as the task's budget. */
function BudgetDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const form = useContractForm(BudgetForm, { defaultValues: { workItems: [emptyLine()] } }, 'case');
  const lines = useFieldArray({ control: form.control, name: 'workItems' });
  const add = useCaseMutation(useCaseAsOpened(caseDetail), (workItems: AddBudgetInput['workItems'], c) =>
    addBudget(c.id, task.id, { workItems, version: c.version }),
  );
  // The schema checks the lines here; the server gets them as typed and parses the amounts itself.
  const submit = form.handleSubmit(() =>
    add.mutate(form.getValues('workItems'), {
      onSuccess: () => {
        toast.show(t('toast.budgetSubmitted', { task: taskName(task) }));
        onClose();
      },
      onError: (e) => form.applyServerErrors(e),
    }),
  );
  const typed = form.watch('workItems');
  return (
    <Dialog
      title={t('budget.title', { task: taskName(task) })}
      description={t('budget.description', { office: task.office?.name ?? '' })}
      onClose={onClose}
      unsaved={typed.some((l) => l.description.trim() !== '' || String(l.amount).trim() !== '')}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" onClick={(e) => void submit(e)} disabled={add.isPending}>
            {t('budget.submit')}
          </Button>
        </>
      }
    >
      {lines.fields.map((l, i) => (
        <fieldset key={l.id} className="fieldset">
          <legend>{t('budget.workItem', { n: i + 1 })}</legend>
          <TextField
            label={t('budget.itemDescription')}
            error={form.fieldError(`workItems.${i}.description`)}
            {...form.register(`workItems.${i}.description`)}
          />
          <TextField
            label={t('budget.itemAmount')}
            inputMode="decimal"
            error={form.fieldError(`workItems.${i}.amount`)}
            {...form.register(`workItems.${i}.amount`)}
          />
        </fieldset>
      ))}
      <Button variant="link" onClick={() => lines.append(emptyLine())}>
        {t('budget.addLine')}
      </Button>
      {/* About all the lines at once: their sum is above what a budget may be. */}
      {form.fieldError('workItems') ? (
        <p className="form-error" role="alert">
          {form.fieldError('workItems')}
        </p>
      ) : null}
      {add.error && !(isApiError(add.error) && Object.keys(add.error.fieldErrors).length) ? (
        <ActionError error={add.error} />
      ) : null}
    </Dialog>
  );
}

/** Fjern: asks first, naming what goes with the task. */
function RemoveTaskDialog({ caseDetail, task, onClose }: TaskDialogProps) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const errorMessage = useCaseErrorMessage();
  const remove = useCaseMutation(useCaseAsOpened(caseDetail), (_: void, c) => removeTask(c.id, task.id, c.version));
  return (
    <ConfirmDialog
      title={t('tasks.removeTitle', { task: taskName(task) })}
      consequence={t('tasks.removeText')}
      confirmLabel={t('tasks.remove')}
      tone="danger"
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            toast.show(t('toast.taskRemoved', { task: taskName(task) }));
            onClose();
          },
        })
      }
      onClose={onClose}
      pending={remove.isPending}
      error={remove.error}
      formatError={errorMessage}
    />
  );
}
