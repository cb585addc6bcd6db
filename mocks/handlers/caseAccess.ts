import type {
  BudgetEscalation,
  CaseActionKey,
  CaseDetail,
  CasePermission,
  TaskActionKey,
  WorkItemActionKey,
} from '@/api/contract';
import type { Db } from '../db';
import type { BudgetEscalationRow, CaseRow, PortalRow, TaskRow, UserRow, WorkItemRow } from '../db/schema';
import { waitingForOffice } from './timeEvents';
import { caseRelation, casePermissions, effectiveBudgetLimit } from '../rules/access';
import {
  caseActions,
  decideCaseAction,
  decideTaskAction,
  decideWorkItemAction,
  taskActions,
  workItemActions,
  type ActionDecision,
} from '../rules/caseActions';
import { estimatedPartnerBudget, taskWorkNumber } from '../rules/caseWork';
import { forbidden, HttpError, notFound } from './http';
import { caseReference, officeRef, personRef } from './serialize';

/**
 * Loads a case for a viewer. A case the viewer has no link to does not exist for them: 404, never 403,
 * so that case ids cannot be probed.
 */
export function loadCaseFor(d: Db, viewer: UserRow, caseId: string): CaseRow {
  const c = d.cases.get(caseId);
  if (!c || !caseRelation(viewer, c)) throw notFound();
  return c;
}

/** Loads the case and checks one permission: 404 without a link, 403 without the permission. */
export function requireCasePermission(
  d: Db,
  viewer: UserRow,
  portal: PortalRow,
  caseId: string,
  permission: CasePermission,
): CaseRow {
  const c = loadCaseFor(d, viewer, caseId);
  if (!casePermissions(viewer, c, portal).includes(permission)) throw forbidden('forbidden', { permission });
  return c;
}

const enforce = (d: ActionDecision) => {
  if (!d.ok) throw new HttpError(d.status, d.code, d.params);
};

/**
 * Loads the case and checks that the viewer may take a case action now, by the same rule that lists it
 * in the case answer: 404 without a link, 403 without the right, 409 when the case's state refuses it.
 */
export function requireCaseAction(
  d: Db,
  viewer: UserRow,
  portal: PortalRow,
  caseId: string,
  action: CaseActionKey,
): CaseRow {
  const c = loadCaseFor(d, viewer, caseId);
  enforce(decideCaseAction(viewer, c, portal, action));
  return c;
}

/** The same for a task action: 404 for an unknown task too. */
export function requireTaskAction(
  d: Db,
  viewer: UserRow,
  portal: PortalRow,
  caseId: string,
  taskId: string,
  action: TaskActionKey,
): { c: CaseRow; t: TaskRow } {
  const c = loadCaseFor(d, viewer, caseId);
  const t = c.tasks.find((x) => x.id === taskId);
  if (!t) throw notFound('task_not_found');
  enforce(decideTaskAction(viewer, c, t, portal, action));
  return { c, t };
}

/** The same for a work item action. */
export function requireWorkItemAction(
  d: Db,
  viewer: UserRow,
  portal: PortalRow,
  caseId: string,
  taskId: string,
  itemId: string,
  action: WorkItemActionKey,
): { c: CaseRow; t: TaskRow; item: WorkItemRow } {
  const c = loadCaseFor(d, viewer, caseId);
  const t = c.tasks.find((x) => x.id === taskId);
  if (!t) throw notFound('task_not_found');
  const item = t.workItems.find((w) => w.id === itemId);
  if (!item) throw notFound('work_item_not_found');
  enforce(decideWorkItemAction(viewer, c, item, portal, action));
  return { c, t, item };
}

function externalCaseHandlerOf(
  d: Db,
  c: CaseRow,
  relation: CaseDetail['viewer']['relation'],
): CaseDetail['externalCaseHandler'] {
  const u = c.externalUserId ? d.users.get(c.externalUserId) : undefined;
  const holds = u !== undefined && u.status === 'active' && u.externalCaseHandler && u.officeId === c.externalOfficeId;
  return {
    office: officeRef(d, c.externalOfficeId),
    user: personRef(d, c.externalUserId),
    userRemoved: u !== undefined && !holds,
    until: c.externalRoleUntil ?? null,
    // "Venter på kontor (N t)": for the insurer, who is alerted, and the office, who has to act (issue 14).
    waitingForOffice: relation === 'insurer' || relation === 'externalOffice' ? waitingForOffice(d, c) : null,
  };
}

function escalationOf(d: Db, e: BudgetEscalationRow | null | undefined): BudgetEscalation | null {
  if (!e) return null;
  return {
    status: e.status,
    amount: e.amount,
    limit: e.limit,
    requestedBy: personRef(d, e.requestedById),
    requestedAt: e.requestedAt,
    answeredBy: personRef(d, e.answeredById),
    answeredAt: e.answeredAt,
    comment: e.comment,
  };
}

export function toCaseDetail(d: Db, c: CaseRow, viewer: UserRow, portal: PortalRow): CaseDetail {
  const relation = caseRelation(viewer, c);
  if (!relation) throw notFound();
  const insurer = d.companies.get(c.insurerCompanyId);
  const perms = casePermissions(viewer, c, portal);
  return {
    id: c.id,
    reference: caseReference(c),
    status: c.status,
    closeReason: c.closeReason,
    attention: c.attention,
    address: { street: c.street, postalCode: c.postalCode, city: c.city, lat: c.lat, lng: c.lng },
    insurer: { id: c.insurerCompanyId, name: insurer?.name ?? '' },
    customer: { name: c.customerName, phone: c.customerPhone, email: c.customerEmail },
    claimNumber: c.claimNumber,
    damageType: c.damageType,
    description: c.description,
    createdAt: c.createdAt,
    inspectionAt: c.inspectionAt,
    caseHandler: personRef(d, c.caseHandlerId),
    claimDecision: c.claimDecision,
    externalCaseHandler: externalCaseHandlerOf(d, c, relation),
    reminder: c.reminder,
    customerPageShared: c.customerPageShared,
    tasks: c.tasks.map((t, i) => ({
      ...taskActions(viewer, c, t, portal, perms),
      id: t.id,
      type: t.type,
      status: t.status,
      office: officeRef(d, t.officeId),
      user: personRef(d, t.userId),
      cashOffer: t.cashOffer,
      budget: t.budget
        ? {
            amount: t.budget.amount,
            status: t.budget.status,
            addedBy: personRef(d, t.budget.addedById),
            escalation: escalationOf(d, t.budget.escalation),
          }
        : null,
      workNumber: `${caseReference(c)}-${taskWorkNumber(c.tasks, i)}`,
      estimatedPartnerBudget: estimatedPartnerBudget(t),
      workItems: t.workItems.map((w) => ({ ...w, actions: workItemActions(viewer, c, w, portal, perms) })),
    })),
    viewer: {
      relation,
      permissions: perms,
      budgetLimit: effectiveBudgetLimit(viewer, c, portal),
      actions: caseActions(viewer, c, portal),
    },
    version: c.version,
  };
}
