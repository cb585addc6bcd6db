import {
  AddBudget,
  AddTask,
  AssignTaskOffice,
  CustomerOwnWork,
  TaskCashOffer,
  VersionBody,
  type PartnerOfficeList,
} from '@/api/contract';
import type { TaskRow } from '../../db/schema';
import { casePermissions } from '../../rules/access';
import { decideBudgetTotals, nextTaskStatus, nextWorkNumber } from '../../rules/caseWork';
import { inPartnerNetwork } from '../../rules/officeRecommendation';
import { officeChoices, scopeOf } from '../officeChoices';
import { loadCaseFor, requireTaskAction, requireWorkItemAction, toCaseDetail } from '../caseAccess';
import { logCaseEvent, updateCase } from '../caseEvents';
import {
  expectVersion,
  jsonResponse,
  forbidden,
  HttpError,
  parseBody,
  route,
  unprocessable,
  versionParam,
} from '../http';
import { caseFor, taskParams, updateTask } from './shared';
import { officeName } from '../serialize';
import { resolveBudgetEscalationNotices, settleEscalation } from '../budgetEscalation';
import { nowIso } from '../../clock';

type CaseP = { caseId: string };
type TaskP = { caseId: string; taskId: string };

/** Tasks (oppgaver) and their budgets: rights 1-3, 5-8 and 14 of the role. */
export const taskHandlers = [
  // 1. Legg til / fjern oppgaver: "Legg til flere" adds a task of a type (status C: needs a partner).
  route<CaseP>('post', '/cases/:caseId/tasks', (ctx) => {
    const c = caseFor(ctx, ctx.params.caseId, 'addTask');
    const input = parseBody(AddTask, ctx.body);
    expectVersion(c.version, input.version);
    const task: TaskRow = {
      id: ctx.db.nextId(`${c.id}-t`),
      type: input.type,
      status: 'C',
      officeId: null,
      userId: null,
      cashOffer: false,
      budget: null,
      workItems: [],
      workNumber: nextWorkNumber(c.tasks),
    };
    const next = updateCase(ctx.db, c.id, (cur) => ({ tasks: [...cur.tasks, task] }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskAdded', taskParams(task));
    return jsonResponse(toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal), { status: 201 });
  }),

  // 1. ... and a task can be removed (DELETE carries the version in the query: ?version=N).
  route<TaskP>('delete', '/cases/:caseId/tasks/:taskId', (ctx) => {
    const { c, t } = requireTaskAction(ctx.db, ctx.viewer, ctx.portal, ctx.params.caseId, ctx.params.taskId, 'remove');
    expectVersion(c.version, versionParam(ctx.url));
    updateCase(ctx.db, c.id, (cur) => ({ tasks: cur.tasks.filter((x) => x.id !== t.id) }));
    for (const r of ctx.db.rfqs.where((x) => x.taskId === t.id)) ctx.db.rfqs.delete(r.id);
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskRemoved', taskParams(t));
    return undefined;
  }),

  // 2./3./9. Offices a task can be assigned (or an RFQ sent) to, by distance from the damage site;
  // categories only with "Vis kontorkategorier".
  route<CaseP>('get', '/cases/:caseId/partner-offices', (ctx): PartnerOfficeList => {
    const c = loadCaseFor(ctx.db, ctx.viewer, ctx.params.caseId);
    const perms = casePermissions(ctx.viewer, c, ctx.portal);
    if (!perms.includes('assignTasksToPartners') && !perms.includes('createEditRfq'))
      throw forbidden('forbidden', { permission: 'assignTasksToPartners' });
    const showCategories = perms.includes('viewOfficeCategories');
    const category = ctx.url.searchParams.get('category');
    if (category && !showCategories) throw forbidden('forbidden', { permission: 'viewOfficeCategories' });
    // Only the insurer's partner network ("basert på forsikringsselskapets partnernettsverk og innstillinger").
    const network = ctx.db.offices.where(
      (o) => ctx.db.companies.get(o.companyId)?.kind === 'partner' && inPartnerNetwork(ctx.portal, o.id),
    );
    return officeChoices(ctx.db, c, network, { scope: scopeOf(ctx.url), showCategories, category });
  }),

  // 2. Tildel oppgaver til partnere: C -> 0 (the partner must confirm).
  route<TaskP>('put', '/cases/:caseId/tasks/:taskId/office', (ctx) => {
    const { c, t } = requireTaskAction(ctx.db, ctx.viewer, ctx.portal, ctx.params.caseId, ctx.params.taskId, 'assign');
    const input = parseBody(AssignTaskOffice, ctx.body);
    const office = ctx.db.offices.get(input.officeId);
    if (
      !office ||
      ctx.db.companies.get(office.companyId)?.kind !== 'partner' ||
      !inPartnerNetwork(ctx.portal, office.id)
    ) {
      throw unprocessable({ officeId: { code: 'validation.notEligible' } });
    }
    const status = nextTaskStatus(t.status, 'assignOffice') ?? t.status;
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      officeId: office.id,
      userId: null,
      status,
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskAssigned', { ...taskParams(t), office: office.name });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 5. Gjøre kontanttilbud for alle oppgaver: the task or some of its work items as cash offer (iCC).
  route<TaskP>('put', '/cases/:caseId/tasks/:taskId/cash-offer', (ctx) => {
    const { c, t } = requireTaskAction(
      ctx.db,
      ctx.viewer,
      ctx.portal,
      ctx.params.caseId,
      ctx.params.taskId,
      'cashOffer',
    );
    const input = parseBody(TaskCashOffer, ctx.body);
    let updated: TaskRow;
    if (input.workItemIds === null) {
      const status = input.cashOffer
        ? (nextTaskStatus(t.status, 'cashOffer') ?? t.status)
        : t.status === 'B+'
          ? 'B'
          : t.status;
      updated = { ...t, cashOffer: input.cashOffer, status };
    } else {
      const ids = new Set(input.workItemIds);
      if (ids.size === 0 || [...ids].some((id) => !t.workItems.some((w) => w.id === id)))
        throw unprocessable({ workItemIds: { code: 'validation.notEligible' } });
      updated = { ...t, workItems: t.workItems.map((w) => (ids.has(w.id) ? { ...w, cashOffer: input.cashOffer } : w)) };
    }
    const next = updateTask(ctx.db, c, input.version, t.id, () => updated);
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, input.cashOffer ? 'cashOfferSet' : 'cashOfferRemoved', {
      ...taskParams(t),
      count: input.workItemIds?.length ?? 0,
    });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 6. Legge til budsjett på vegne av andre partnere: only where iCC is not used for the task.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget', (ctx) => {
    const { c, t } = requireTaskAction(
      ctx.db,
      ctx.viewer,
      ctx.portal,
      ctx.params.caseId,
      ctx.params.taskId,
      'addBudget',
    );
    const input = parseBody(AddBudget, ctx.body);
    const status = nextTaskStatus(t.status, 'budgetSubmitted') ?? t.status;
    // Øre throughout: the sum is exact, and bounded for the task and for the case (422 beyond it).
    const totals = decideBudgetTotals(
      c,
      t.id,
      input.workItems.map((w) => w.amount),
    );
    if (!totals.ok) {
      // The task's own sum is the form's to fix (the contract says so at `workItems` too); the case's is said as a whole.
      const fields =
        totals.reason === 'budget_total_too_large'
          ? { workItems: { code: 'validation.amountTotalTooLarge' } }
          : undefined;
      throw new HttpError(422, totals.reason, { limit: totals.limit }, fields);
    }
    const amount = totals.taskBudget;
    // A new budget replaces the one sent to the insurer: that escalation is void (issue 14).
    if (t.budget?.escalation?.status === 'pending') resolveBudgetEscalationNotices(ctx.db, c.id, t.id);
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      status,
      budget: { amount, status: 'submitted', addedById: ctx.viewer.id },
      workItems: input.workItems.map((w, i) => ({
        id: `${x.id}-w${Date.now().toString(36)}${i}`,
        description: w.description,
        amount: w.amount,
        status: 'submitted',
        cashOffer: false,
        customerOwnWork: false,
      })),
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'budgetAddedOnBehalf', {
      ...taskParams(t),
      amount,
      office: officeName(ctx.db, t.officeId),
    });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 7. Godkjenne budsjett: up to the viewer's limit (own value, else the portal default); above it 403 naming the limit.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget/approve', (ctx) => {
    const { c, t } = requireTaskAction(
      ctx.db,
      ctx.viewer,
      ctx.portal,
      ctx.params.caseId,
      ctx.params.taskId,
      'approveBudget',
    );
    const input = parseBody(VersionBody, ctx.body);
    const status = nextTaskStatus(t.status, 'budgetApproved') ?? t.status;
    const amount = t.budget?.amount ?? 0;
    // A budget sent to the insurer and approved here directly: its escalation is answered too (issue 14).
    settleEscalation(ctx.db, c, t, ctx.viewer, 'approve', '');
    const answered =
      t.budget?.escalation?.status === 'pending'
        ? {
            escalation: {
              ...t.budget.escalation,
              status: 'approved' as const,
              answeredById: ctx.viewer.id,
              answeredAt: nowIso(ctx.db),
            },
          }
        : {};
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      status,
      budget: x.budget ? { ...x.budget, status: 'approved', ...answered } : null,
      workItems: x.workItems.map((w) => (w.status === 'submitted' ? { ...w, status: 'approved' } : w)),
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'budgetApproved', { ...taskParams(t), amount });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 14. Gi kontanttilbud for arbeidspost før budsjettgodkjenning: a work item not yet approved becomes the customer's own work.
  route<TaskP & { itemId: string }>(
    'put',
    '/cases/:caseId/tasks/:taskId/work-items/:itemId/customer-own-work',
    (ctx) => {
      const { c, t, item } = requireWorkItemAction(
        ctx.db,
        ctx.viewer,
        ctx.portal,
        ctx.params.caseId,
        ctx.params.taskId,
        ctx.params.itemId,
        'customerOwnWork',
      );
      const input = parseBody(CustomerOwnWork, ctx.body);
      const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
        ...x,
        workItems: x.workItems.map((w) =>
          w.id === item.id ? { ...w, customerOwnWork: input.customerOwnWork, cashOffer: input.customerOwnWork } : w,
        ),
      }));
      logCaseEvent(
        ctx.db,
        c.id,
        ctx.viewer.id,
        input.customerOwnWork ? 'customerOwnWorkSet' : 'customerOwnWorkRemoved',
        {
          ...taskParams(t),
          item: item.description,
        },
      );
      return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
    },
  ),

  // 8. Godkjenne oppgaver: a completed task, 4 -> A.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/approve', (ctx) => {
    const { c, t } = requireTaskAction(ctx.db, ctx.viewer, ctx.portal, ctx.params.caseId, ctx.params.taskId, 'approve');
    const input = parseBody(VersionBody, ctx.body);
    const status = nextTaskStatus(t.status, 'taskApproved') ?? t.status;
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({ ...x, status }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskApproved', taskParams(t));
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),
];
