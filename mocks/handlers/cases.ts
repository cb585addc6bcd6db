import {
  CaseAction,
  CaseLogQuery,
  SetCaseHandler,
  SetClaimDecision,
  SetReminder,
  type CaseActionKind,
  type ClaimDecision,
  type LogEntry,
} from '@/api/contract';
import type { CaseRow, UserRow } from '../db/schema';
import { isInsurerStaff } from '../rules/access';
import { inLogTopic } from '../rules/caseLog';
import { conflict, expectVersion, parseBody, route, unprocessable } from './http';
import { loadCaseFor, requireCaseAction, requireCasePermission, toCaseDetail } from './caseAccess';
import { logCaseEvent, resolveNotifications, ROLE_TODO_KINDS, updateCase } from './caseEvents';
import { fullName, personRef, toPersonRef } from './serialize';

type CaseParams = { caseId: string };

/** Which status each case action (Sakstiltak) leads to, from which statuses it is allowed, and what the log says. */
const CASE_ACTIONS: Record<CaseActionKind, { from: CaseRow['status'][]; to: CaseRow['status']; log: string }> = {
  hold: { from: ['open'], to: 'on_hold', log: 'caseOnHold' }, // Vent
  resume: { from: ['on_hold'], to: 'open', log: 'caseResumed' }, // Gjenoppta
  close: { from: ['open', 'on_hold'], to: 'closed', log: 'caseClosed' }, // Lukk
  cancel: { from: ['open', 'on_hold'], to: 'cancelled', log: 'caseCancelled' }, // Avbryt
};

const CLAIM_DECISION_LOG: Record<ClaimDecision, string> = {
  accepted: 'claimAccepted', // Godta
  rejected: 'claimRejected', // Avis
  needs_info: 'claimNeedsInfo', // Behøver tilleggsopplysninger
};

/** The insurer's active case handlers (and admins), who may be the case's Saksbehandler. */
const caseHandlerCandidates = (users: readonly UserRow[], c: CaseRow) =>
  users
    .filter((u) => u.status === 'active' && isInsurerStaff(u, c.insurerCompanyId))
    .sort((a, b) => fullName(a).localeCompare(fullName(b), 'nb'));

/** The case page's data and the header's actions (R3). */
export const caseHandlers = [
  route<CaseParams>('get', '/cases/:caseId', ({ db, viewer, portal, params }) =>
    toCaseDetail(db, loadCaseFor(db, viewer, params.caseId), viewer, portal),
  ),

  /** Sakstiltak: Vent / Gjenoppta / Lukk / Avbryt. */
  route<CaseParams>('post', '/cases/:caseId/actions', ({ db, viewer, portal, params, body }) => {
    requireCasePermission(db, viewer, portal, params.caseId, 'case:act');
    const input = parseBody(CaseAction, body);
    const c = requireCaseAction(db, viewer, portal, params.caseId, input.action);
    expectVersion(c.version, input.version);
    const rule = CASE_ACTIONS[input.action];
    if (!rule.from.includes(c.status)) throw conflict('invalid_transition', { status: c.status });
    const closeReason =
      input.action === 'close' ? (input.closeReason ?? 'normal') : input.action === 'cancel' ? null : c.closeReason;
    const next = updateCase(db, c.id, () => ({ status: rule.to, closeReason }));
    logCaseEvent(db, c.id, viewer.id, rule.log, input.action === 'close' ? { reason: closeReason ?? 'normal' } : {});
    // A closed or cancelled case needs nobody to act on its role any more: its to-dos are done.
    if (rule.to === 'closed' || rule.to === 'cancelled') resolveNotifications(db, c.id, ROLE_TODO_KINDS);
    return toCaseDetail(db, next, viewer, portal);
  }),

  /** Erstatningsbeslutning: Godta | Avis | Behøver tilleggsopplysninger. */
  route<CaseParams>('post', '/cases/:caseId/claim-decision', ({ db, viewer, portal, params, body }) => {
    const c = requireCaseAction(db, viewer, portal, params.caseId, 'claimDecision');
    const input = parseBody(SetClaimDecision, body);
    expectVersion(c.version, input.version);
    if (c.claimDecision === input.decision) return toCaseDetail(db, c, viewer, portal);
    const next = updateCase(db, c.id, () => ({ claimDecision: input.decision }));
    logCaseEvent(db, c.id, viewer.id, CLAIM_DECISION_LOG[input.decision]);
    return toCaseDetail(db, next, viewer, portal);
  }),

  /**
   * Logg: every change of the case, newest first, with who did it; `?topic=` keeps one header row's entries
   * (422 for an unknown topic). Anyone who sees the case may read it.
   */
  route<CaseParams>('get', '/cases/:caseId/log', ({ db, viewer, params, url }): LogEntry[] => {
    const c = loadCaseFor(db, viewer, params.caseId);
    const { topic } = parseBody(CaseLogQuery, Object.fromEntries(url.searchParams));
    const rows = db.logs.where((l) => l.caseId === c.id && inLogTopic(l.action, topic));
    // Newest first; rows written in the same millisecond keep their insertion order reversed.
    const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.at.localeCompare(a.r.at) || b.i - a.i);
    return ordered.map(({ r }) => ({
      id: r.id,
      at: r.at,
      actor: personRef(db, r.actorId),
      action: r.action,
      params: r.params,
      authority: r.authority ?? null,
    }));
  }),

  /** Saksbehandler -> Rediger: the people who may be chosen. */
  route<CaseParams>('get', '/cases/:caseId/case-handlers', ({ db, viewer, portal, params }) => {
    const c = requireCasePermission(db, viewer, portal, params.caseId, 'case:editCaseHandler');
    return caseHandlerCandidates(db.users.all(), c).map(toPersonRef);
  }),

  // A closed or cancelled case is history: 409 (issue 9, point 9).
  route<CaseParams>('put', '/cases/:caseId/case-handler', ({ db, viewer, portal, params, body }) => {
    const c = requireCaseAction(db, viewer, portal, params.caseId, 'editCaseHandler');
    const input = parseBody(SetCaseHandler, body);
    expectVersion(c.version, input.version);
    const handler = caseHandlerCandidates(db.users.all(), c).find((u) => u.id === input.userId);
    if (!handler) throw unprocessable({ userId: { code: 'validation.notEligible' } });
    if (c.caseHandlerId === handler.id) return toCaseDetail(db, c, viewer, portal);
    const next = updateCase(db, c.id, () => ({ caseHandlerId: handler.id }));
    logCaseEvent(db, c.id, viewer.id, 'caseHandlerChanged', { name: fullName(handler) });
    return toCaseDetail(db, next, viewer, portal);
  }),

  /** Påminnelse (saksbehandler): on or off. The insurer's staff only (the same right as Sakstiltak). */
  route<CaseParams>('put', '/cases/:caseId/reminder', ({ db, viewer, portal, params, body }) => {
    const c = requireCaseAction(db, viewer, portal, params.caseId, 'reminder');
    const input = parseBody(SetReminder, body);
    expectVersion(c.version, input.version);
    if (c.reminder === input.reminder) return toCaseDetail(db, c, viewer, portal);
    const next = updateCase(db, c.id, () => ({ reminder: input.reminder }));
    logCaseEvent(db, c.id, viewer.id, input.reminder ? 'reminderOn' : 'reminderOff');
    return toCaseDetail(db, next, viewer, portal);
  }),
];
