import {
  CASE_ACTIONS,
  TASK_ACTIONS,
  isActiveCaseStatus,
  taskStatusIn,
  type ActionNotice,
  type CaseActionKey,
  type CasePermission,
  type TaskActionKey,
  type WorkItemActionKey,
} from '@/api/contract';
import type { CaseRow, PortalRow, TaskRow, UserRow, WorkItemRow } from '../db/schema';
import { canAssignExternalUser, caseRelation, casePermissions, effectiveBudgetLimit } from './access';
import { decideBudgetApproval, decideBudgetOnBehalf, nextTaskStatus } from './caseWork';
import { decideBudgetEscalation, decideEscalationAnswer } from './escalation';

/**
 * What a viewer may do in a case *now*: their permissions (access.ts) applied to the case's and the
 * task's state. The case answer lists the allowed actions for the UI, and every write handler asks the
 * same `decide*` function, so the list and the enforcement cannot drift apart.
 *
 * Order of refusals, as a real server answers: no right -> 403; an ended case (closed, cancelled) -> 409
 * `case_not_open`; a state that does not allow it -> 409 (or 403 for a rule about the viewer, such as
 * the budget limit).
 */

export type Refusal = { status: 403 | 409; code: string; params?: Record<string, string | number> };
export type ActionDecision = { ok: true } | ({ ok: false } & Refusal);

const OK: ActionDecision = { ok: true };
const refuse = (status: 403 | 409, code: string, params?: Record<string, string | number>): ActionDecision => ({
  ok: false,
  status,
  code,
  params,
});

/** The permission each case action needs. */
export const CASE_ACTION_PERMISSION: Record<CaseActionKey, CasePermission> = {
  hold: 'case:act',
  resume: 'case:act',
  close: 'case:act',
  cancel: 'case:act',
  reminder: 'case:act',
  claimDecision: 'claimDecision',
  editCaseHandler: 'case:editCaseHandler',
  assignExternalOffice: 'case:assignExternalOffice',
  assignExternalUser: 'case:assignExternalUser',
  addTask: 'addRemoveTasks',
  createRfq: 'createEditRfq',
  editRfq: 'createEditRfq',
  addNonIn4moPartner: 'addNonIn4moPartnersToRfq',
  decideRfq: 'decideRfq',
  customerContact: 'customerContact',
  startInspection: 'startInspection',
  remoteVideo: 'remoteVideo',
  chat: 'case:chat',
  documents: 'case:documents',
};

/** Kept in an ended case, as the guide says: the conversation and the documents are part of the record. */
const RECORD_ACTIONS: readonly CaseActionKey[] = ['chat', 'documents'];

export const TASK_ACTION_PERMISSION: Record<TaskActionKey, CasePermission> = {
  assign: 'assignTasksToPartners',
  cashOffer: 'cashOfferAllTasks',
  addBudget: 'budgetOnBehalfOfPartners',
  approveBudget: 'approveBudget',
  approve: 'approveTasks',
  remove: 'addRemoveTasks',
  escalateBudget: 'approveBudget',
  answerBudgetEscalation: 'approveBudget',
};

export const WORK_ITEM_ACTION_PERMISSION: Record<WorkItemActionKey, CasePermission> = {
  customerOwnWork: 'cashOfferWorkItemBeforeApproval',
};

/** The case part of every decision: the right, then an active case. */
function decidePermissionAndState(
  perms: readonly CasePermission[],
  c: CaseRow,
  permission: CasePermission,
  record: boolean,
): ActionDecision {
  if (!perms.includes(permission)) return refuse(403, 'forbidden', { permission });
  if (!record && !isActiveCaseStatus(c.status)) return refuse(409, 'case_not_open', { status: c.status });
  return OK;
}

export function decideCaseAction(
  u: UserRow,
  c: CaseRow,
  portal: PortalRow,
  action: CaseActionKey,
  perms = casePermissions(u, c, portal),
): ActionDecision {
  const base = decidePermissionAndState(perms, c, CASE_ACTION_PERMISSION[action], RECORD_ACTIONS.includes(action));
  if (!base.ok) return base;
  switch (action) {
    case 'hold':
      return c.status === 'open' ? OK : refuse(409, 'invalid_transition', { status: c.status });
    case 'resume':
      return c.status === 'on_hold' ? OK : refuse(409, 'invalid_transition', { status: c.status });
    case 'assignExternalUser':
      if (!canAssignExternalUser(u, c)) return refuse(403, 'forbidden', { permission: 'case:assignExternalUser' });
      return c.externalOfficeId ? OK : refuse(409, 'no_external_office');
    default:
      return OK;
  }
}

/** The case actions the viewer may take now, in the contract's order. */
export function caseActions(u: UserRow, c: CaseRow, portal: PortalRow): CaseActionKey[] {
  const perms = casePermissions(u, c, portal);
  return CASE_ACTIONS.filter((a) => decideCaseAction(u, c, portal, a, perms).ok);
}

export function decideTaskAction(
  u: UserRow,
  c: CaseRow,
  task: TaskRow,
  portal: PortalRow,
  action: TaskActionKey,
  perms = casePermissions(u, c, portal),
): ActionDecision {
  const base = decidePermissionAndState(perms, c, TASK_ACTION_PERMISSION[action], false);
  if (!base.ok) return base;
  switch (action) {
    case 'assign':
      return nextTaskStatus(task.status, 'assignOffice')
        ? OK
        : refuse(409, 'task_status_not_allowed', { status: task.status });
    case 'cashOffer':
      // A completed or approved task is settled: no cash offer any more (B -> B+ and the rest keep their status).
      return nextTaskStatus(task.status, 'cashOffer')
        ? OK
        : refuse(409, 'task_status_not_allowed', { status: task.status });
    case 'addBudget': {
      const d = decideBudgetOnBehalf(task, u.officeId);
      if (d.ok) return OK;
      if (d.reason === 'cash_offer_in_use' || d.reason === 'own_office') return refuse(403, d.reason);
      return refuse(409, d.reason, { status: task.status });
    }
    case 'approveBudget': {
      const d = decideBudgetApproval(task, effectiveBudgetLimit(u, c, portal));
      if (d.ok) return OK;
      if (d.reason === 'budget_limit_exceeded')
        return refuse(403, 'budget_limit_exceeded', { limit: d.limit, amount: task.budget?.amount ?? 0 });
      return refuse(409, d.reason);
    }
    case 'approve':
      return taskStatusIn(task.status, 'completed') ? OK : refuse(409, 'task_not_completed', { status: task.status });
    case 'remove':
      return OK;
    case 'escalateBudget': {
      const d = decideBudgetEscalation(task, effectiveBudgetLimit(u, c, portal));
      return d.ok ? OK : refuse(d.status, d.code);
    }
    case 'answerBudgetEscalation': {
      const d = decideEscalationAnswer(caseRelation(u, c), task);
      return d.ok
        ? OK
        : refuse(d.status, d.code, d.status === 403 ? { permission: 'answerBudgetEscalation' } : undefined);
    }
  }
}

/** The task actions the viewer may take now, and the refusals worth saying before the click (over the budget limit). */
export function taskActions(
  u: UserRow,
  c: CaseRow,
  task: TaskRow,
  portal: PortalRow,
  perms = casePermissions(u, c, portal),
) {
  const actions: TaskActionKey[] = [];
  const notices: ActionNotice[] = [];
  for (const a of TASK_ACTIONS) {
    const d = decideTaskAction(u, c, task, portal, a, perms);
    if (d.ok) actions.push(a);
    else if (d.code === 'budget_limit_exceeded') notices.push({ action: a, code: d.code, params: d.params ?? {} });
  }
  return { actions, notices };
}

export function decideWorkItemAction(
  u: UserRow,
  c: CaseRow,
  item: WorkItemRow,
  portal: PortalRow,
  action: WorkItemActionKey,
  perms = casePermissions(u, c, portal),
): ActionDecision {
  const base = decidePermissionAndState(perms, c, WORK_ITEM_ACTION_PERMISSION[action], false);
  if (!base.ok) return base;
  return item.status === 'approved' ? refuse(409, 'work_item_already_approved') : OK;
}

export function workItemActions(
  u: UserRow,
  c: CaseRow,
  item: WorkItemRow,
  portal: PortalRow,
  perms = casePermissions(u, c, portal),
): WorkItemActionKey[] {
  return decideWorkItemAction(u, c, item, portal, 'customerOwnWork', perms).ok ? ['customerOwnWork'] : [];
}
