import {
  boundedSum,
  CRAFTSMAN_TASK_TYPES,
  MAX_AMOUNT_ORE,
  taskStatusIn,
  type TaskStatus,
  type TaskType,
} from '@/api/contract';
import type { CaseRow, TaskRow } from '../db/schema';

/**
 * Pure rules of the work in a case (R5): how a task's status moves, when a budget may be approved,
 * which tasks an RFQ or a budget on behalf of another partner applies to. Handlers call these;
 * caseWork.test.ts drives them as tables.
 */

/** Events that move a task through the portal's statuses (C, 0, 0+, 1, 2, B, B+, B++, 3, 3-, 4, A). */
export type TaskEvent = 'assignOffice' | 'budgetSubmitted' | 'budgetApproved' | 'cashOffer' | 'taskApproved';

/**
 * The status after an event, or null when the event is not allowed in that status.
 * - assignOffice: C (needs a partner) -> 0 (partner must confirm); a reassignment before work starts goes back to 0.
 * - budgetSubmitted: a budget before approval -> B; a changed budget once work has begun -> 3-.
 * - budgetApproved: B / B+ -> B++ (work may start); 3- -> 3.
 * - cashOffer: a task whose budget awaits approval becomes partly approved as cash offer: B -> B+.
 * - taskApproved: 4 (completed, awaits approval) -> A.
 */
export function nextTaskStatus(status: TaskStatus, event: TaskEvent): TaskStatus | null {
  switch (event) {
    case 'assignOffice':
      return taskStatusIn(status, 'needsPartner', 'withPartner') ? '0' : null;
    case 'budgetSubmitted':
      if (taskStatusIn(status, 'withPartner', 'budgetSubmitted')) return 'B';
      if (taskStatusIn(status, 'inWork')) return '3-';
      return null;
    case 'budgetApproved':
      if (taskStatusIn(status, 'budgetSubmitted')) return 'B++';
      if (status === '3-') return '3';
      return null;
    case 'cashOffer':
      if (status === 'B') return 'B+';
      return taskStatusIn(status, 'needsPartner', 'withPartner', 'budgetSubmitted', 'inWork') ? status : null;
    case 'taskApproved':
      return taskStatusIn(status, 'completed') ? 'A' : null;
  }
}

export type BudgetApprovalDecision =
  | { ok: true }
  | { ok: false; reason: 'no_budget' | 'budget_not_submitted' }
  | { ok: false; reason: 'budget_limit_exceeded'; limit: number };

/**
 * Budget approval (Godkjenne budsjett): a submitted budget, up to the approver's limit (null = unlimited).
 * Both are øre, so the comparison is exact: a budget equal to the limit may be approved.
 */
export function decideBudgetApproval(task: Pick<TaskRow, 'budget'>, limit: number | null): BudgetApprovalDecision {
  if (!task.budget) return { ok: false, reason: 'no_budget' };
  if (task.budget.status !== 'submitted') return { ok: false, reason: 'budget_not_submitted' };
  if (limit !== null && task.budget.amount > limit) return { ok: false, reason: 'budget_limit_exceeded', limit };
  return { ok: true };
}

export const isCraftsmanTask = (type: TaskType) => CRAFTSMAN_TASK_TYPES.includes(type);

export type BudgetOnBehalfDecision =
  { ok: true } | { ok: false; reason: 'task_not_assigned' | 'own_office' | 'cash_offer_in_use' | 'task_status' };

/**
 * "Legge til budsjett på vegne av andre partnere": only for a task assigned to another partner's office,
 * and only where iCC (cash offer) is not used for that task.
 */
export function decideBudgetOnBehalf(
  task: Pick<TaskRow, 'officeId' | 'cashOffer' | 'status' | 'workItems'>,
  viewerOfficeId: string | null,
): BudgetOnBehalfDecision {
  if (!task.officeId) return { ok: false, reason: 'task_not_assigned' };
  if (viewerOfficeId !== null && task.officeId === viewerOfficeId) return { ok: false, reason: 'own_office' };
  if (task.cashOffer || task.workItems.some((w) => w.cashOffer)) return { ok: false, reason: 'cash_offer_in_use' };
  if (nextTaskStatus(task.status, 'budgetSubmitted') === null) return { ok: false, reason: 'task_status' };
  return { ok: true };
}

/**
 * Arbeidsnummer of the task at `index`: its stored number; a row stored before the number existed counts
 * by its place in the case (which is the number it would have been given).
 */
export const taskWorkNumber = (tasks: readonly Pick<TaskRow, 'workNumber'>[], index: number): number =>
  tasks[index]?.workNumber ?? index + 1;

/** The Arbeidsnummer of a task added to the case: one above the highest in use, so no two tasks share one. */
export const nextWorkNumber = (tasks: readonly Pick<TaskRow, 'workNumber'>[]): number =>
  tasks.reduce((max, _t, i) => Math.max(max, taskWorkNumber(tasks, i)), 0) + 1;

/**
 * Estimert partnerbudsjett: what the partner's work items add up to, draft or not, leaving out work the
 * customer does themselves (kontanttilbud for arbeidspost); null while the partner has entered none.
 */
export function estimatedPartnerBudget(task: Pick<TaskRow, 'workItems'>): number | null {
  const partnerItems = task.workItems.filter((w) => !w.customerOwnWork);
  return partnerItems.length === 0 ? null : partnerItems.reduce((sum, w) => sum + w.amount, 0);
}

export type BudgetTotalsDecision =
  | { ok: true; taskBudget: number; caseTotal: number }
  | { ok: false; reason: 'budget_total_too_large' | 'case_budget_total_too_large'; limit: number };

/**
 * A budget submitted for a task (work items in øre): the task's budget is their sum, and the case's budget
 * total (Saksbudsjett: every budget that is not rejected, this task's replaced by the new one) must stay
 * within MAX_AMOUNT_ORE too. No sum the portal stores or shows is ever unbounded.
 */
export function decideBudgetTotals(
  c: Pick<CaseRow, 'tasks'>,
  taskId: string,
  workItemAmounts: readonly number[],
): BudgetTotalsDecision {
  const taskBudget = boundedSum(workItemAmounts);
  if (taskBudget === null) return { ok: false, reason: 'budget_total_too_large', limit: MAX_AMOUNT_ORE };
  const caseTotal = boundedSum(
    c.tasks.map((t) =>
      t.id === taskId ? taskBudget : t.budget && t.budget.status !== 'rejected' ? t.budget.amount : 0,
    ),
  );
  if (caseTotal === null) return { ok: false, reason: 'case_budget_total_too_large', limit: MAX_AMOUNT_ORE };
  return { ok: true, taskBudget, caseTotal };
}
