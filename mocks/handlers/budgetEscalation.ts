import { AnswerBudgetEscalation, EscalateBudget } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, TaskRow, UserRow } from '../db/schema';
import { nowIso } from '../clock';
import { effectiveBudgetLimit, insurerCaseHandlersFor } from '../rules/access';
import { nextTaskStatus } from '../rules/caseWork';
import { requireTaskAction, toCaseDetail } from './caseAccess';
import { logCaseEvent, notify } from './caseEvents';
import { conflict, expectVersion, parseBody, route } from './http';
import { taskParams, updateTask } from './caseWork/shared';

type TaskP = { caseId: string; taskId: string };

/** Resolves the case handlers' "budget awaits your answer" notifications of one task. */
export function resolveBudgetEscalationNotices(d: Db, caseId: string, taskId: string) {
  const at = nowIso(d);
  for (const n of d.notifications.where(
    (x) => x.caseId === caseId && x.kind === 'budgetEscalated' && !x.resolvedAt && x.params?.taskId === taskId,
  )) {
    d.notifications.update(n.id, (x) => ({ ...x, resolvedAt: at }));
  }
}

/**
 * Settles a pending escalation once the budget is approved or rejected (by its answer, or by the insurer
 * approving the budget directly): the notices are resolved and the role holder who sent it is told.
 */
export function settleEscalation(
  d: Db,
  c: CaseRow,
  t: TaskRow,
  answerer: UserRow,
  decision: 'approve' | 'reject',
  comment: string,
) {
  const e = t.budget?.escalation;
  if (!e || e.status !== 'pending') return;
  resolveBudgetEscalationNotices(d, c.id, t.id);
  notify(d, {
    kind: 'budgetEscalationAnswered',
    caseId: c.id,
    officeId: null,
    userId: e.requestedById,
    actorId: answerer.id,
    params: { taskId: t.id, type: t.type, amount: String(e.amount), decision, comment },
  });
}

/** Issue 14: a budget over the role holder's limit goes to the insurer's case handler, who answers it. */
export const budgetEscalationHandlers = [
  // "Send til godkjenning hos <forsikringsselskap>": only over the sender's limit, once while pending.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget/escalate', (ctx) => {
    const { c, t } = requireTaskAction(
      ctx.db,
      ctx.viewer,
      ctx.portal,
      ctx.params.caseId,
      ctx.params.taskId,
      'escalateBudget',
    );
    const input = parseBody(EscalateBudget, ctx.body);
    expectVersion(c.version, input.version);
    const amount = t.budget?.amount ?? 0;
    if (input.amount !== amount) throw conflict('budget_changed', { amount });
    const limit = effectiveBudgetLimit(ctx.viewer, c, ctx.portal) ?? 0;
    const at = nowIso(ctx.db);
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      budget: x.budget && {
        ...x.budget,
        escalation: {
          status: 'pending',
          amount,
          limit,
          requestedById: ctx.viewer.id,
          requestedAt: at,
          answeredById: null,
          answeredAt: null,
          comment: '',
        },
      },
    }));
    const insurer = ctx.db.companies.get(c.insurerCompanyId)?.name ?? '';
    for (const u of insurerCaseHandlersFor(ctx.db.users.all(), c)) {
      notify(ctx.db, {
        kind: 'budgetEscalated',
        caseId: c.id,
        officeId: null,
        userId: u.id,
        actorId: ctx.viewer.id,
        params: { taskId: t.id, type: t.type, amount: String(amount), limit: String(limit), insurer },
      });
    }
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'budgetEscalated', { ...taskParams(t), amount, limit });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // The case handler approves or rejects, with a comment (required to reject); 409 when the budget changed since.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget/escalation/answer', (ctx) => {
    const { c, t } = requireTaskAction(
      ctx.db,
      ctx.viewer,
      ctx.portal,
      ctx.params.caseId,
      ctx.params.taskId,
      'answerBudgetEscalation',
    );
    const input = parseBody(AnswerBudgetEscalation, ctx.body);
    expectVersion(c.version, input.version);
    const e = t.budget?.escalation;
    if (!e || input.amount !== e.amount) throw conflict('budget_changed', { amount: t.budget?.amount ?? 0 });
    const approve = input.decision === 'approve';
    const at = nowIso(ctx.db);
    settleEscalation(ctx.db, c, t, ctx.viewer, input.decision, input.comment);
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      status: approve ? (nextTaskStatus(x.status, 'budgetApproved') ?? x.status) : x.status,
      budget: x.budget && {
        ...x.budget,
        status: approve ? 'approved' : 'rejected',
        escalation: {
          ...e,
          status: approve ? 'approved' : 'rejected',
          answeredById: ctx.viewer.id,
          answeredAt: at,
          comment: input.comment,
        },
      },
      workItems: approve
        ? x.workItems.map((w) => (w.status === 'submitted' ? { ...w, status: 'approved' as const } : w))
        : x.workItems,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, approve ? 'budgetEscalationApproved' : 'budgetEscalationRejected', {
      ...taskParams(t),
      amount: e.amount,
      comment: input.comment,
    });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),
];
