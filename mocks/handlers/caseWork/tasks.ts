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
import { HttpResponse } from 'msw';
import { casePermissions, effectiveBudgetLimit } from '../../rules/access';
import { decideBudgetApproval, decideBudgetOnBehalf, nextTaskStatus, recommendedOfficeIds } from '../../rules/caseWork';
import { distanceKm, roundKm } from '../../rules/distance';
import { loadCaseFor, toCaseDetail } from '../caseAccess';
import { logCaseEvent, updateCase } from '../caseEvents';
import { expectVersion, forbidden, HttpError, parseBody, route, unprocessable, versionParam } from '../http';
import { caseWith, findTask, invalidState, taskParams, updateTask } from './shared';
import { officeName } from '../serialize';

type CaseP = { caseId: string };
type TaskP = { caseId: string; taskId: string };

/** Tasks (oppgaver) and their budgets: rights 1-3, 5-8 and 14 of the role. */
export const taskHandlers = [
  // 1. Legg til / fjern oppgaver: "Legg til flere" adds a task of a type (status C: needs a partner).
  route<CaseP>('post', '/cases/:caseId/tasks', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'addRemoveTasks');
    const input = parseBody(AddTask, ctx.body);
    expectVersion(c.version, input.version);
    const task: TaskRow = {
      id: ctx.db.nextId(`${c.id}-t`), type: input.type, status: 'C', officeId: null, userId: null, cashOffer: false, budget: null, workItems: [],
    };
    const next = updateCase(ctx.db, c.id, (cur) => ({ tasks: [...cur.tasks, task] }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskAdded', taskParams(task));
    return HttpResponse.json(toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal), { status: 201 });
  }),

  // 1. ... and a task can be removed (DELETE carries the version in the query: ?version=N).
  route<TaskP>('delete', '/cases/:caseId/tasks/:taskId', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'addRemoveTasks');
    const t = findTask(c, ctx.params.taskId);
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
    if (!perms.includes('assignTasksToPartners') && !perms.includes('createEditRfq')) throw forbidden('forbidden', { permission: 'assignTasksToPartners' });
    const showCategories = perms.includes('viewOfficeCategories');
    const category = ctx.url.searchParams.get('category');
    if (category && !showCategories) throw forbidden('forbidden', { permission: 'viewOfficeCategories' });
    const all = ctx.url.searchParams.get('all') === 'true';
    const partnerOffices = ctx.db.offices.where((o) => ctx.db.companies.get(o.companyId)?.kind === 'partner');
    const withDistance = partnerOffices
      .map((o) => ({ o, distanceKm: roundKm(distanceKm(c, o)) }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.o.name.localeCompare(b.o.name, 'nb'));
    const recommended = recommendedOfficeIds(withDistance.map((x) => ({ id: x.o.id, distanceKm: x.distanceKm })));
    const offices = withDistance
      .filter((x) => all || recommended.has(x.o.id))
      .filter((x) => !category || x.o.categories.includes(category))
      .map(({ o, distanceKm: km }) => ({
        id: o.id, name: o.name, companyName: ctx.db.companies.get(o.companyId)?.name ?? '', city: o.city, distanceKm: km,
        recommended: recommended.has(o.id), categories: showCategories ? o.categories : null,
      }));
    const categories = showCategories ? [...new Set(partnerOffices.flatMap((o) => o.categories))].sort((a, b) => a.localeCompare(b, 'nb')) : null;
    return { offices, categories };
  }),

  // 2. Tildel oppgaver til partnere: C -> 0 (the partner must confirm).
  route<TaskP>('put', '/cases/:caseId/tasks/:taskId/office', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'assignTasksToPartners');
    const t = findTask(c, ctx.params.taskId);
    const input = parseBody(AssignTaskOffice, ctx.body);
    const office = ctx.db.offices.get(input.officeId);
    if (!office || ctx.db.companies.get(office.companyId)?.kind !== 'partner') throw unprocessable({ officeId: { code: 'validation.notEligible' } });
    const status = nextTaskStatus(t.status, 'assignOffice');
    if (!status) throw invalidState('task_status_not_allowed', { status: t.status });
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({ ...x, officeId: office.id, userId: null, status }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskAssigned', { ...taskParams(t), office: office.name });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 5. Gjøre kontanttilbud for alle oppgaver: the task or some of its work items as cash offer (iCC).
  route<TaskP>('put', '/cases/:caseId/tasks/:taskId/cash-offer', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'cashOfferAllTasks');
    const t = findTask(c, ctx.params.taskId);
    const input = parseBody(TaskCashOffer, ctx.body);
    let updated: TaskRow;
    if (input.workItemIds === null) {
      const status = input.cashOffer ? nextTaskStatus(t.status, 'cashOffer') : t.status === 'B+' ? 'B' : t.status;
      if (!status) throw invalidState('task_status_not_allowed', { status: t.status });
      updated = { ...t, cashOffer: input.cashOffer, status };
    } else {
      const ids = new Set(input.workItemIds);
      if (ids.size === 0 || [...ids].some((id) => !t.workItems.some((w) => w.id === id))) throw unprocessable({ workItemIds: { code: 'validation.notEligible' } });
      updated = { ...t, workItems: t.workItems.map((w) => (ids.has(w.id) ? { ...w, cashOffer: input.cashOffer } : w)) };
    }
    const next = updateTask(ctx.db, c, input.version, t.id, () => updated);
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, input.cashOffer ? 'cashOfferSet' : 'cashOfferRemoved', {
      ...taskParams(t), count: input.workItemIds?.length ?? 0,
    });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 6. Legge til budsjett på vegne av andre partnere: only where iCC is not used for the task.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'budgetOnBehalfOfPartners');
    const t = findTask(c, ctx.params.taskId);
    const input = parseBody(AddBudget, ctx.body);
    const decision = decideBudgetOnBehalf(t, ctx.viewer.officeId);
    if (!decision.ok) {
      if (decision.reason === 'cash_offer_in_use' || decision.reason === 'own_office') throw forbidden(decision.reason);
      throw invalidState(decision.reason, { status: t.status });
    }
    const status = nextTaskStatus(t.status, 'budgetSubmitted') ?? t.status;
    const amount = input.workItems.reduce((s, w) => s + w.amount, 0);
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      status,
      budget: { amount, status: 'submitted', addedById: ctx.viewer.id },
      workItems: input.workItems.map((w, i) => ({
        id: `${x.id}-w${Date.now().toString(36)}${i}`, description: w.description, amount: w.amount, status: 'submitted', cashOffer: false, customerOwnWork: false,
      })),
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'budgetAddedOnBehalf', { ...taskParams(t), amount, office: officeName(ctx.db, t.officeId) });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 7. Godkjenne budsjett: up to the viewer's limit (own value, else the portal default); above it 403 naming the limit.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/budget/approve', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'approveBudget');
    const t = findTask(c, ctx.params.taskId);
    const input = parseBody(VersionBody, ctx.body);
    const decision = decideBudgetApproval(t, effectiveBudgetLimit(ctx.viewer, c, ctx.portal));
    if (!decision.ok) {
      if (decision.reason === 'budget_limit_exceeded') throw forbidden('budget_limit_exceeded', { limit: decision.limit, amount: t.budget?.amount ?? 0 });
      throw invalidState(decision.reason);
    }
    const status = nextTaskStatus(t.status, 'budgetApproved') ?? t.status;
    const amount = t.budget?.amount ?? 0;
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      status,
      budget: x.budget ? { ...x.budget, status: 'approved' } : null,
      workItems: x.workItems.map((w) => (w.status === 'submitted' ? { ...w, status: 'approved' } : w)),
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'budgetApproved', { ...taskParams(t), amount });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 14. Gi kontanttilbud for arbeidspost før budsjettgodkjenning: a work item not yet approved becomes the customer's own work.
  route<TaskP & { itemId: string }>('put', '/cases/:caseId/tasks/:taskId/work-items/:itemId/customer-own-work', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'cashOfferWorkItemBeforeApproval');
    const t = findTask(c, ctx.params.taskId);
    const item = t.workItems.find((w) => w.id === ctx.params.itemId);
    if (!item) throw new HttpError(404, 'work_item_not_found');
    const input = parseBody(CustomerOwnWork, ctx.body);
    if (item.status === 'approved') throw invalidState('work_item_already_approved');
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({
      ...x,
      workItems: x.workItems.map((w) => (w.id === item.id ? { ...w, customerOwnWork: input.customerOwnWork, cashOffer: input.customerOwnWork } : w)),
    }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, input.customerOwnWork ? 'customerOwnWorkSet' : 'customerOwnWorkRemoved', {
      ...taskParams(t), item: item.description,
    });
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),

  // 8. Godkjenne oppgaver: a completed task, 4 -> A.
  route<TaskP>('post', '/cases/:caseId/tasks/:taskId/approve', (ctx) => {
    const c = caseWith(ctx, ctx.params.caseId, 'approveTasks');
    const t = findTask(c, ctx.params.taskId);
    const input = parseBody(VersionBody, ctx.body);
    const status = nextTaskStatus(t.status, 'taskApproved');
    if (!status) throw invalidState('task_not_completed', { status: t.status });
    const next = updateTask(ctx.db, c, input.version, t.id, (x) => ({ ...x, status }));
    logCaseEvent(ctx.db, c.id, ctx.viewer.id, 'taskApproved', taskParams(t));
    return toCaseDetail(ctx.db, next, ctx.viewer, ctx.portal);
  }),
];
