import type { CaseDetail, CasePermission } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, PortalRow, UserRow } from '../db/schema';
import { caseRelation, casePermissions, effectiveBudgetLimit } from '../rules/access';
import { forbidden, notFound } from './http';
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
export function requireCasePermission(d: Db, viewer: UserRow, portal: PortalRow, caseId: string, permission: CasePermission): CaseRow {
  const c = loadCaseFor(d, viewer, caseId);
  if (!casePermissions(viewer, c, portal).includes(permission)) throw forbidden('forbidden', { permission });
  return c;
}

export function toCaseDetail(d: Db, c: CaseRow, viewer: UserRow, portal: PortalRow): CaseDetail {
  const relation = caseRelation(viewer, c);
  if (!relation) throw notFound();
  const insurer = d.companies.get(c.insurerCompanyId);
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
    externalCaseHandler: { office: officeRef(d, c.externalOfficeId), user: personRef(d, c.externalUserId) },
    reminder: c.reminder,
    customerPageShared: c.customerPageShared,
    tasks: c.tasks.map((t) => ({
      id: t.id,
      type: t.type,
      status: t.status,
      office: officeRef(d, t.officeId),
      user: personRef(d, t.userId),
      cashOffer: t.cashOffer,
      budget: t.budget ? { amount: t.budget.amount, status: t.budget.status, addedBy: personRef(d, t.budget.addedById) } : null,
      workItems: t.workItems,
    })),
    viewer: {
      relation,
      permissions: casePermissions(viewer, c, portal),
      budgetLimit: effectiveBudgetLimit(viewer, c, portal),
    },
    version: c.version,
  };
}
