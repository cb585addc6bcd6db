import {
  AddNonIn4moPartner,
  ORE_PER_NOK,
  CreateRfq,
  DecideRfq,
  UpdateRfq,
  type CasePermission,
  type Rfq,
} from '@/api/contract';
import type { Db } from '../../db';
import type { CaseRow, PortalRow, RfqInvitationRow, RfqRow } from '../../db/schema';
import { inPartnerNetwork } from '../../rules/officeRecommendation';
import { casePermissions } from '../../rules/access';
import { isCraftsmanTask, nextTaskStatus } from '../../rules/caseWork';
import { loadCaseFor, toCaseDetail } from '../caseAccess';
import { logCaseEvent } from '../caseEvents';
import { expectVersion, jsonResponse, forbidden, HttpError, parseBody, route, unprocessable } from '../http';
import { personRef } from '../serialize';
import { caseFor, findTask, invalidState, taskParams, updateTask, type CaseCtx } from './shared';
import { now, nowIso } from '../../clock';
import { osloDate } from '../../rules/osloTime';

type CaseP = { caseId: string };
type RfqP = { caseId: string; rfqId: string };

const RFQ_PERMISSIONS: CasePermission[] = ['createEditRfq', 'addNonIn4moPartnersToRfq', 'decideRfq'];

/** Following an RFQ needs one of its three rights. */
function caseForRfq(ctx: CaseCtx, caseId: string): CaseRow {
  const c = loadCaseFor(ctx.db, ctx.viewer, caseId);
  const p = casePermissions(ctx.viewer, c, ctx.portal);
  if (!RFQ_PERMISSIONS.some((x) => p.includes(x))) throw forbidden('forbidden', { permission: 'createEditRfq' });
  return c;
}

function loadRfq(d: Db, c: CaseRow, rfqId: string): RfqRow {
  const r = d.rfqs.get(rfqId);
  if (!r || r.caseId !== c.id) throw new HttpError(404, 'rfq_not_found');
  return r;
}

/**
 * In4mo partners answer in their own portal. The demo has no partner on the other end, so an invited
 * office answers at once with a deterministic offer (the same office and task always give the same amount).
 */
function simulatedAnswer(officeId: string, taskId: string, now: string): RfqInvitationRow['answer'] {
  let h = 0;
  for (const ch of officeId + taskId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return {
    amount: (15_000 + (h % 60) * 500) * ORE_PER_NOK,
    comment: 'Pris inkluderer arbeid, materialer og rigg.',
    answeredAt: now,
  };
}

function invite(
  d: Db,
  portal: PortalRow,
  officeIds: string[],
  taskId: string,
  already: RfqInvitationRow[],
): RfqInvitationRow[] {
  const now = nowIso(d);
  const out: RfqInvitationRow[] = [];
  for (const id of new Set(officeIds)) {
    if (already.some((i) => i.officeId === id)) continue;
    const o = d.offices.get(id);
    if (!o || d.companies.get(o.companyId)?.kind !== 'partner' || !inPartnerNetwork(portal, o.id))
      throw unprocessable({ officeIds: { code: 'validation.notEligible' } });
    out.push({
      id: d.nextId('inv'),
      officeId: o.id,
      name: o.name,
      email: null,
      invitedAt: now,
      answer: simulatedAnswer(o.id, taskId, now),
    });
  }
  return out;
}

function toRfq(d: Db, c: CaseRow, r: RfqRow): Rfq {
  const task = c.tasks.find((t) => t.id === r.taskId);
  return {
    id: r.id,
    taskId: r.taskId,
    taskType: task?.type ?? 'carpentry',
    description: r.description,
    deadline: r.deadline,
    status: r.status,
    invitations: r.invitations.map((i) => ({ ...i, nonIn4mo: i.officeId === null })),
    winnerInvitationId: r.winnerInvitationId,
    createdBy: personRef(d, r.createdById),
    createdAt: r.createdAt,
    version: r.version,
  };
}

/** RFQ (forespørsel om tilbud) for craftsman tasks: rights 9-11 of the role. */

/**
 * The contract refuses a deadline before today by the real calendar; the backend also by its own clock
 * (mocks/clock.ts), which demo time may have moved ahead (issue 14: one clock everywhere).
 */
function expectDeadlineAhead(db: Db, deadline: string) {
  if (deadline < osloDate(now(db))) throw unprocessable({ deadline: { code: 'validation.dateInPast' } });
}

export const rfqHandlers = [
  route<CaseP>('get', '/cases/:caseId/rfqs', (ctx): Rfq[] => {
    const c = caseForRfq(ctx, ctx.params.caseId);
    return ctx.db.rfqs
      .where((r) => r.caseId === c.id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((r) => toRfq(ctx.db, c, r));
  }),

  // 9. Opprette og redigere RFQ: send the invitation to chosen partner offices.
  route<CaseP>('post', '/cases/:caseId/rfqs', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'createRfq');
    const input = parseBody(CreateRfq, ctx.body);
    expectDeadlineAhead(ctx.db, input.deadline);
    const task = findTask(c, input.taskId);
    if (!isCraftsmanTask(task.type)) throw unprocessable({ taskId: { code: 'validation.notEligible' } });
    if (ctx.db.rfqs.find((r) => r.taskId === task.id && r.status === 'open')) throw invalidState('rfq_already_open');
    const row = ctx.db.rfqs.insert({
      id: ctx.db.nextId('rfq'),
      caseId: c.id,
      taskId: task.id,
      description: input.description,
      deadline: input.deadline,
      status: 'open',
      invitations: invite(ctx.db, ctx.portal, input.officeIds, task.id, []),
      winnerInvitationId: null,
      createdById: ctx.viewer.id,
      createdAt: nowIso(ctx.db),
      version: 1,
    });
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'rfqCreated', { ...taskParams(task), count: row.invitations.length });
    return jsonResponse(toRfq(ctx.db, c, row), { status: 201 });
  }),

  // 9. ... edit it (text, deadline, more offices) until the decision is taken.
  route<RfqP>('patch', '/cases/:caseId/rfqs/:rfqId', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'editRfq');
    const r = loadRfq(ctx.db, c, ctx.params.rfqId);
    const input = parseBody(UpdateRfq, ctx.body);
    expectVersion(r.version, input.version);
    expectDeadlineAhead(ctx.db, input.deadline);
    if (r.status !== 'open') throw invalidState('rfq_decided');
    const row = ctx.db.rfqs.update(r.id, (x) => ({
      ...x,
      description: input.description,
      deadline: input.deadline,
      invitations: [...x.invitations, ...invite(ctx.db, ctx.portal, input.addOfficeIds, x.taskId, x.invitations)],
      version: x.version + 1,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'rfqUpdated', taskParams(findTask(c, r.taskId)));
    return toRfq(ctx.db, c, row);
  }),

  // 10. Legge til ikke-in4mo partnere til RFQ: a partner by name and e-mail, without portal access.
  route<RfqP>('post', '/cases/:caseId/rfqs/:rfqId/external-partners', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'addNonIn4moPartner');
    const r = loadRfq(ctx.db, c, ctx.params.rfqId);
    const input = parseBody(AddNonIn4moPartner, ctx.body);
    expectVersion(r.version, input.version);
    if (r.status !== 'open') throw invalidState('rfq_decided');
    const email = input.email.toLowerCase();
    if (r.invitations.some((i) => i.email === email)) throw unprocessable({ email: { code: 'validation.duplicate' } });
    const row = ctx.db.rfqs.update(r.id, (x) => ({
      ...x,
      invitations: [
        ...x.invitations,
        { id: ctx.db.nextId('inv'), officeId: null, name: input.name, email, invitedAt: nowIso(ctx.db), answer: null },
      ],
      version: x.version + 1,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'rfqPartnerAdded', {
      ...taskParams(findTask(c, r.taskId)),
      name: input.name,
    });
    return jsonResponse(toRfq(ctx.db, c, row), { status: 201 });
  }),

  // 11. Ta avgjørelse i RFQ: the winner's office gets the task.
  route<RfqP>('post', '/cases/:caseId/rfqs/:rfqId/decision', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'decideRfq');
    const r = loadRfq(ctx.db, c, ctx.params.rfqId);
    const input = parseBody(DecideRfq, ctx.body);
    expectVersion(r.version, input.version);
    if (r.status !== 'open') throw invalidState('rfq_decided');
    const winner = r.invitations.find((i) => i.id === input.invitationId);
    // A non-in4mo partner cannot be given a task in the portal; the decision is between in4mo partners.
    if (!winner || !winner.officeId) throw unprocessable({ invitationId: { code: 'validation.notEligible' } });
    const task = findTask(c, r.taskId);
    const status = nextTaskStatus(task.status, 'assignOffice');
    if (!status) throw invalidState('task_status_not_allowed', { status: task.status });
    const officeId = winner.officeId;
    const next = updateTask(ctx.db, c, input.caseVersion, task.id, (t) => ({ ...t, officeId, userId: null, status }));
    ctx.db.rfqs.update(r.id, (x) => ({
      ...x,
      status: 'decided',
      winnerInvitationId: winner.id,
      version: x.version + 1,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'rfqDecided', { ...taskParams(task), office: winner.name });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),
];
