import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useToast } from '@/components/ui/Toast';
import { isApiError } from '@/api/client';
import {
  AddNonIn4moPartner,
  CreateRfq,
  CRAFTSMAN_TASK_TYPES,
  UpdateRfq,
  type CaseDetail,
  type Rfq,
  type Task,
} from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, SelectField, TextField } from '@/components/ui/Field';
import { DateField } from '@/components/ui/DateField';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useContractForm } from '@/lib/forms';
import { formatAmountInput, formatDate, formatKm, formatMoney } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { usePartnerOffices } from './api/getPartnerOffices';
import { useRfqs } from './api/getRfqs';
import { addNonIn4moPartner } from './api/addNonIn4moPartner';
import { createRfq } from './api/createRfq';
import { decideRfq } from './api/decideRfq';
import { updateRfq } from './api/updateRfq';
import { ActionError, can, canDo, useCaseErrorMessage, useTaskName } from './shared';
import { WorkItemsTable } from './WorkItemsTable';

type Props = { caseDetail: CaseDetail };

const mayFollowRfq = (c: CaseDetail) =>
  can(c, 'createEditRfq') || can(c, 'addNonIn4moPartnersToRfq') || can(c, 'decideRfq');

/** Arbeidsplan: each craftsman task's work number and estimated partner budget, the work items, and RFQ (forespørsel om tilbud). */
export function WorkPlanTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const isCraftsman = (x: Task) => CRAFTSMAN_TASK_TYPES.includes(x.type);
  const planned = caseDetail.tasks.filter((x) => isCraftsman(x) || x.workItems.length > 0);
  return (
    <div className="case-section">
      <h2>{t('workplan.workItemsTitle')}</h2>
      {planned.length > 0 ? (
        planned.map((x) => (
          <section key={x.id} aria-labelledby={`workitems-${x.id}`}>
            <h3 id={`workitems-${x.id}`}>{taskName(x)}</h3>
            {isCraftsman(x) && (
              <dl className="facts" aria-label={t('workplan.planOf', { task: taskName(x) })}>
                <dt>{t('workplan.workNumber')}</dt>
                <dd>{x.workNumber}</dd>
                <dt>{t('workplan.estimatedPartnerBudget')}</dt>
                <dd>{x.estimatedPartnerBudget === null ? '–' : formatAmountInput(x.estimatedPartnerBudget)}</dd>
              </dl>
            )}
            <WorkItemsTable caseDetail={caseDetail} task={x} />
          </section>
        ))
      ) : (
        <Empty>{t('workplan.noWorkItems')}</Empty>
      )}
      <h2>{t('rfq.title')}</h2>
      {mayFollowRfq(caseDetail) ? <RfqList caseDetail={caseDetail} /> : <p>{t('rfq.noAccess')}</p>}
    </div>
  );
}

function RfqList({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const rfqs = useRfqs(caseDetail.id);
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canDo(caseDetail, 'createRfq') && <Button onClick={() => setCreating(true)}>{t('rfq.create')}</Button>}
      {rfqs.isPending ? (
        <Loading />
      ) : rfqs.isError ? (
        <ErrorState error={rfqs.error} ns="case" onRetry={() => void rfqs.refetch()} />
      ) : rfqs.data.length === 0 ? (
        <Empty>{t('rfq.empty')}</Empty>
      ) : (
        rfqs.data.map((r) => <RfqCard key={r.id} caseDetail={caseDetail} rfq={r} />)
      )}
      {creating && <RfqDialog caseDetail={caseDetail} onClose={() => setCreating(false)} />}
    </>
  );
}

function RfqCard({ caseDetail, rfq }: Props & { rfq: Rfq }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const errorMessage = useCaseErrorMessage();
  const [editing, setEditing] = useState(false);
  const [choosing, setChoosing] = useState<Rfq['invitations'][number] | null>(null);
  const decide = useCaseMutation(caseDetail, (invitationId: string, c) =>
    decideRfq(c.id, rfq.id, { invitationId, version: rfq.version, caseVersion: c.version }),
  );
  const name = taskName({ type: rfq.taskType });
  const headingId = `rfq-${rfq.id}`;
  const open = rfq.status === 'open';
  return (
    <section aria-labelledby={headingId} className="budget-card">
      <h3 id={headingId}>{t('rfq.cardTitle', { task: name })}</h3>
      <p>{rfq.description}</p>
      <p>{t('rfq.meta', { deadline: formatDate(rfq.deadline), status: t(`rfq.statuses.${rfq.status}`) })}</p>
      <table>
        <caption className="visually-hidden">{t('rfq.answersOf', { task: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rfq.partner')}</th>
            <th scope="col">{t('rfq.answer')}</th>
            <th scope="col">{t('rfq.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rfq.invitations.map((i) => (
            <tr key={i.id}>
              <td>
                {i.name}
                {i.nonIn4mo && <span className="tag">{t('rfq.nonIn4mo')}</span>}
                {i.email && <span className="muted">{` ${i.email}`}</span>}
              </td>
              <td>{i.answer ? `${formatMoney(i.answer.amount)} – ${i.answer.comment}` : t('rfq.awaiting')}</td>
              <td>
                {rfq.winnerInvitationId === i.id ? (
                  <strong>{t('rfq.winner')}</strong>
                ) : open && canDo(caseDetail, 'decideRfq') && !i.nonIn4mo ? (
                  <Button
                    variant="link"
                    onClick={() => {
                      decide.reset();
                      setChoosing(i);
                    }}
                    disabled={decide.isPending}
                    aria-label={t('rfq.chooseWinnerNamed', { name: i.name })}
                  >
                    {t('rfq.chooseWinner')}
                  </Button>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {choosing && (
        // Choosing the winner closes the RFQ and gives the task to that office: ask first.
        <ConfirmDialog
          title={t('rfq.confirmWinnerTitle', { name: choosing.name })}
          consequence={t('rfq.confirmWinnerText', { name: choosing.name, task: name })}
          confirmLabel={t('rfq.chooseWinner')}
          tone="primary"
          onConfirm={() =>
            decide.mutate(choosing.id, {
              onSuccess: () => {
                toast.show(t('toast.rfqWinner', { name: choosing.name, task: name }));
                setChoosing(null);
              },
            })
          }
          onClose={() => setChoosing(null)}
          pending={decide.isPending}
          error={decide.error}
          formatError={errorMessage}
        />
      )}
      {open && canDo(caseDetail, 'editRfq') && (
        <Button onClick={() => setEditing(true)} aria-label={t('rfq.editNamed', { task: name })}>
          {t('rfq.edit')}
        </Button>
      )}
      {open && canDo(caseDetail, 'addNonIn4moPartner') && <NonIn4moPartnerForm caseDetail={caseDetail} rfq={rfq} />}
      {editing && <RfqDialog caseDetail={caseDetail} rfq={rfq} onClose={() => setEditing(false)} />}
    </section>
  );
}

/**
 * The RFQ dialog's fields. Creating checks CreateRfq; editing checks UpdateRfq, whose new offices are
 * `addOfficeIds` (the task cannot change). The version of an edit is the RFQ's as the dialog opened.
 */
const CreateRfqForm = CreateRfq;
const UpdateRfqForm = UpdateRfq.omit({ version: true });
type RfqFormValues = {
  taskId: string;
  description: string;
  deadline: string;
  officeIds: string[];
  addOfficeIds: string[];
};

/** Create an RFQ (task, text, deadline, offices) or edit one (text, deadline, more offices). */
function RfqDialog({ caseDetail, rfq, onClose }: Props & { rfq?: Rfq; onClose: () => void }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const toast = useToast();
  const craftsmanTasks = caseDetail.tasks.filter((x) => CRAFTSMAN_TASK_TYPES.includes(x.type));
  const form = useContractForm<RfqFormValues, typeof CreateRfqForm | typeof UpdateRfqForm>(
    rfq ? UpdateRfqForm : CreateRfqForm,
    {
      defaultValues: {
        taskId: rfq?.taskId ?? craftsmanTasks[0]?.id ?? '',
        description: rfq?.description ?? '',
        deadline: rfq?.deadline ?? '',
        officeIds: [],
        addOfficeIds: [],
      },
    },
    'case',
  );
  // Creating invites `officeIds`; editing adds `addOfficeIds`: one checkbox list, named as the schema names it.
  const officeField = rfq ? 'addOfficeIds' : 'officeIds';
  const offices = usePartnerOffices(caseDetail.id, false, '');
  const invited = new Set(rfq?.invitations.map((i) => i.officeId) ?? []);
  const save = useCaseMutation(caseDetail, (v: RfqFormValues) =>
    rfq
      ? updateRfq(caseDetail.id, rfq.id, {
          description: v.description,
          deadline: v.deadline,
          addOfficeIds: v.addOfficeIds,
          version: rfq.version,
        })
      : createRfq(caseDetail.id, {
          taskId: v.taskId,
          description: v.description,
          deadline: v.deadline,
          officeIds: v.officeIds,
        }),
  );
  const onSubmit = form.handleSubmit(() =>
    save.mutate(form.getValues(), {
      onSuccess: () => {
        toast.show(t(rfq ? 'toast.rfqUpdated' : 'toast.rfqSent'));
        onClose();
      },
      onError: (e) => form.applyServerErrors(e),
    }),
  );
  const fieldLevel = isApiError(save.error) && Object.keys(save.error.fieldErrors).length > 0;
  const [description, deadline] = form.watch(['description', 'deadline']);
  if (!rfq && craftsmanTasks.length === 0) {
    return (
      <Dialog
        title={t('rfq.create')}
        onClose={onClose}
        actions={<Button onClick={onClose}>{t('actions.close')}</Button>}
      >
        <p>{t('rfq.noCraftsmanTasks')}</p>
      </Dialog>
    );
  }
  const officesError = form.fieldError(officeField);
  return (
    <Dialog
      title={rfq ? t('rfq.editTitle', { task: taskName({ type: rfq.taskType }) }) : t('rfq.create')}
      onClose={onClose}
      unsaved={description !== (rfq?.description ?? '') || deadline !== (rfq?.deadline ?? '')}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="rfq-form" disabled={save.isPending}>
            {rfq ? t('actions.save') : t('rfq.send')}
          </Button>
        </>
      }
    >
      <form id="rfq-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {!rfq && (
          <SelectField label={t('rfq.task')} error={form.fieldError('taskId')} {...form.register('taskId')}>
            {craftsmanTasks.map((x) => (
              <option key={x.id} value={x.id}>{`${x.status} ${taskName(x)}`}</option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t('rfq.description')}
          error={form.fieldError('description')}
          {...form.register('description')}
        />
        <Controller
          control={form.control}
          name="deadline"
          render={({ field }) => (
            <DateField
              label={t('rfq.deadline')}
              value={field.value}
              onChange={field.onChange}
              name={field.name}
              error={form.fieldError('deadline')}
            />
          )}
        />
        <fieldset className="fieldset">
          <legend>{rfq ? t('rfq.addOffices') : t('rfq.offices')}</legend>
          {offices.isPending ? (
            <Loading />
          ) : offices.isError ? (
            <ErrorState error={offices.error} ns="case" onRetry={() => void offices.refetch()} />
          ) : (
            offices.data.offices
              .filter((o) => !invited.has(o.id))
              .map((o) => (
                <Checkbox
                  key={o.id}
                  label={`(${formatKm(o.distanceKm)}) ${o.name}`}
                  value={o.id}
                  {...form.register(officeField)}
                />
              ))
          )}
          {officesError && (
            <p className="field-error" role="alert">
              {officesError}
            </p>
          )}
        </fieldset>
        {save.error && !fieldLevel ? <ActionError error={save.error} /> : null}
      </form>
    </Dialog>
  );
}

/** The form's fields; the version is the RFQ's as shown. */
const NonIn4moPartnerForm_ = AddNonIn4moPartner.omit({ version: true });

/** "Legge til ikke-in4mo partnere til RFQ": a partner by name and e-mail, without portal access. */
function NonIn4moPartnerForm({ caseDetail, rfq }: Props & { rfq: Rfq }) {
  const { t } = useTranslation('case');
  const form = useContractForm(NonIn4moPartnerForm_, { defaultValues: { name: '', email: '' } }, 'case');
  const toast = useToast();
  const add = useCaseMutation(caseDetail, (v: { name: string; email: string }) =>
    addNonIn4moPartner(caseDetail.id, rfq.id, { ...v, version: rfq.version }),
  );
  const onSubmit = form.handleSubmit(() => {
    const v = form.getValues();
    add.mutate(v, {
      onSuccess: () => {
        toast.show(t('toast.partnerAdded', { name: v.name }));
        form.reset();
      },
      onError: (e) => form.applyServerErrors(e),
    });
  });
  const fieldLevel = isApiError(add.error) && Object.keys(add.error.fieldErrors).length > 0;
  return (
    <form className="inline-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('rfq.addPartner')}>
      <TextField label={t('rfq.partnerName')} error={form.fieldError('name')} {...form.register('name')} />
      <TextField
        label={t('rfq.partnerEmail')}
        type="email"
        error={form.fieldError('email')}
        {...form.register('email')}
      />
      <Button type="submit" disabled={add.isPending}>
        {t('rfq.addPartner')}
      </Button>
      {add.error && !fieldLevel ? <ActionError error={add.error} /> : null}
    </form>
  );
}
