import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useToast } from '@/components/ui/Toast';
import { isApiError } from '@/api/client';
import { CRAFTSMAN_TASK_TYPES, type CaseDetail, type Rfq } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, SelectField, TextField } from '@/components/ui/Field';
import { DateField } from '@/components/ui/DateField';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { useFieldErrorText } from '@/lib/errors';
import { formatDate, formatKm, formatMoney } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { caseWorkApi, partnerOfficesQuery, rfqsQuery } from './api';
import { ActionError, can, canDo, useCaseErrorMessage, useTaskName } from './shared';
import { WorkItemsTable } from './WorkItemsTable';

type Props = { caseDetail: CaseDetail };

const mayFollowRfq = (c: CaseDetail) => can(c, 'createEditRfq') || can(c, 'addNonIn4moPartnersToRfq') || can(c, 'decideRfq');

/** Arbeidsplan: RFQ (forespørsel om tilbud) for craftsman tasks. */
export function WorkPlanTab({ caseDetail }: Props) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  return (
    <div className="case-section">
      <h2>{t('workplan.workItemsTitle')}</h2>
      {caseDetail.tasks.some((x) => x.workItems.length > 0) ? (
        caseDetail.tasks.filter((x) => x.workItems.length > 0).map((x) => (
          <section key={x.id} aria-labelledby={`workitems-${x.id}`}>
            <h3 id={`workitems-${x.id}`}>{taskName(x)}</h3>
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
  const rfqs = useQuery(rfqsQuery(caseDetail.id));
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
    caseWorkApi.decideRfq(c.id, rfq.id, { invitationId, version: rfq.version, caseVersion: c.version }),
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
                    disabled={decide.isPending} aria-label={t('rfq.chooseWinnerNamed', { name: i.name })}>
                    {t('rfq.chooseWinner')}
                  </Button>
                ) : '–'}
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
        <Button onClick={() => setEditing(true)} aria-label={t('rfq.editNamed', { task: name })}>{t('rfq.edit')}</Button>
      )}
      {open && canDo(caseDetail, 'addNonIn4moPartner') && <NonIn4moPartnerForm caseDetail={caseDetail} rfq={rfq} />}
      {editing && <RfqDialog caseDetail={caseDetail} rfq={rfq} onClose={() => setEditing(false)} />}
    </section>
  );
}

/** Create an RFQ (task, text, deadline, offices) or edit one (text, deadline, more offices). */
function RfqDialog({ caseDetail, rfq, onClose }: Props & { rfq?: Rfq; onClose: () => void }) {
  const { t } = useTranslation('case');
  const taskName = useTaskName();
  const fieldError = useFieldErrorText();
  const toast = useToast();
  const craftsmanTasks = caseDetail.tasks.filter((x) => CRAFTSMAN_TASK_TYPES.includes(x.type));
  const [taskId, setTaskId] = useState(rfq?.taskId ?? craftsmanTasks[0]?.id ?? '');
  const [description, setDescription] = useState(rfq?.description ?? '');
  const [deadline, setDeadline] = useState(rfq?.deadline ?? '');
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const offices = useQuery(partnerOfficesQuery(caseDetail.id, false, ''));
  const invited = new Set(rfq?.invitations.map((i) => i.officeId) ?? []);
  const save = useCaseMutation(
    caseDetail,
    () =>
      rfq
        ? caseWorkApi.updateRfq(caseDetail.id, rfq.id, { description, deadline, addOfficeIds: officeIds, version: rfq.version })
        : caseWorkApi.createRfq(caseDetail.id, { taskId, description, deadline, officeIds }),
  );
  const errors = isApiError(save.error) ? save.error.fieldErrors : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined, {
      onSuccess: () => {
        toast.show(t(rfq ? 'toast.rfqUpdated' : 'toast.rfqSent'));
        onClose();
      },
    });
  };
  if (!rfq && craftsmanTasks.length === 0) {
    return (
      <Dialog title={t('rfq.create')} onClose={onClose} actions={<Button onClick={onClose}>{t('actions.close')}</Button>}>
        <p>{t('rfq.noCraftsmanTasks')}</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={rfq ? t('rfq.editTitle', { task: taskName({ type: rfq.taskType }) }) : t('rfq.create')}
      onClose={onClose}
      unsaved={description !== (rfq?.description ?? '') || deadline !== (rfq?.deadline ?? '')}
      actions={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="rfq-form" disabled={save.isPending}>{rfq ? t('actions.save') : t('rfq.send')}</Button>
        </>
      }
    >
      <form id="rfq-form" onSubmit={onSubmit} noValidate>
        {!rfq && (
          <SelectField label={t('rfq.task')} value={taskId} onChange={(e) => setTaskId(e.target.value)} error={fieldError(errors.taskId?.code)}>
            {craftsmanTasks.map((x) => (
              <option key={x.id} value={x.id}>{`${x.status} ${taskName(x)}`}</option>
            ))}
          </SelectField>
        )}
        <TextField label={t('rfq.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(errors.description?.code)} />
        <DateField label={t('rfq.deadline')} value={deadline} onChange={setDeadline} error={fieldError(errors.deadline?.code)} />
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
                  checked={officeIds.includes(o.id)}
                  onChange={(e) => setOfficeIds((ids) => (e.target.checked ? [...ids, o.id] : ids.filter((x) => x !== o.id)))}
                />
              ))
          )}
          {errors.officeIds && <p className="field-error" role="alert">{fieldError(errors.officeIds.code)}</p>}
        </fieldset>
        {save.error && !Object.keys(errors).length ? <ActionError error={save.error} /> : null}
      </form>
    </Dialog>
  );
}

/** "Legge til ikke-in4mo partnere til RFQ": a partner by name and e-mail, without portal access. */
function NonIn4moPartnerForm({ caseDetail, rfq }: Props & { rfq: Rfq }) {
  const { t } = useTranslation('case');
  const fieldError = useFieldErrorText();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const toast = useToast();
  const add = useCaseMutation(caseDetail, () => caseWorkApi.addNonIn4moPartner(caseDetail.id, rfq.id, { name, email, version: rfq.version }));
  const errors = isApiError(add.error) ? add.error.fieldErrors : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(undefined, {
      onSuccess: () => {
        toast.show(t('toast.partnerAdded', { name }));
        setName('');
        setEmail('');
      },
    });
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate aria-label={t('rfq.addPartner')}>
      <TextField label={t('rfq.partnerName')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(errors.name?.code)} />
      <TextField label={t('rfq.partnerEmail')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(errors.email?.code)} />
      <Button type="submit" disabled={add.isPending}>{t('rfq.addPartner')}</Button>
      {add.error && !Object.keys(errors).length ? <ActionError error={add.error} /> : null}
    </form>
  );
}
