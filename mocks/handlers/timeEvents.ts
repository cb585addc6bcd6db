import { isActiveCaseStatus } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow } from '../db/schema';
import { now } from '../clock';
import { insurerCaseHandlersFor } from '../rules/access';
import { caseColumns, flagFact, primed } from '../rules/caseColumns';
import {
  DEFAULT_OFFICE_ANSWER_HOURS,
  officeAnswerOverdue,
  osloDate,
  roleEndPhase,
  workingHoursBetween,
} from '../rules/osloTime';
import { portalOf } from './http';
import { logCaseEvent, notify, resolveNotifications, ROLE_TODO_KINDS, updateCase } from './caseEvents';
import { officeName } from './serialize';

/**
 * Issue 14: what happens because time passes, not because someone clicked. There is no background job in
 * a mock backend, so every request first applies what has come due by the demo clock (mocks/clock.ts):
 * a role's end reminder and its end ("Til og med"), and the alert about an office that has not assigned
 * a user within the portal's working hours. Each is applied once (flags on the case), under the store's
 * write lock, so two tabs never send it twice.
 */

type DueEvent = { kind: 'roleEndReminder' | 'roleEnded' | 'officeOverdue'; caseId: string };

export const officeAnswerHours = (d: Db) => portalOf(d).officeAnswerHours ?? DEFAULT_OFFICE_ANSWER_HOURS;

/** A case something may come due on: an end date on its role, or an office that has not yet assigned a user. */
const WATCHED = primed(
  flagFact(
    (c) =>
      c.externalOfficeId !== null &&
      (!!c.externalRoleUntil ||
        (!!c.externalOfficeAssignedAt && c.externalUserId === null && !c.externalOfficeOverdue)),
  ),
);

/**
 * The events due now; reads only, before every request. With 100,000 cases, reading every row took
 * 15–35 ms per request in the browser's worker: the watched cases are a column (mocks/rules/caseColumns.ts,
 * kept up to date as cases change), and only those rows are read.
 */
export function dueEvents(d: Db): DueEvent[] {
  const out: DueEvent[] = [];
  let today: string | null = null;
  let t = 0;
  let hours = 0;
  const cols = caseColumns(d.cases);
  const watched = cols.flags(WATCHED);
  for (let i = watched.indexOf(1); i >= 0; i = watched.indexOf(1, i + 1)) {
    const c = cols.row(i);
    const watchesEnd = !!c.externalRoleUntil && c.externalOfficeId !== null;
    const watchesOffice =
      !!c.externalOfficeAssignedAt &&
      c.externalOfficeId !== null &&
      c.externalUserId === null &&
      !c.externalOfficeOverdue;
    if (!watchesEnd && !watchesOffice) continue;
    if (!isActiveCaseStatus(c.status)) continue;
    if (today === null) {
      t = now(d);
      today = osloDate(t);
      hours = officeAnswerHours(d);
    }
    if (watchesEnd) {
      const phase = roleEndPhase(c.externalRoleUntil as string, today);
      if (phase === 'ended') {
        // Ended: nothing else is due for this role (no reminder, no alert about an office that no longer holds it).
        out.push({ kind: 'roleEnded', caseId: c.id });
        continue;
      }
      if (phase === 'remind' && c.externalRoleReminderSentFor !== c.externalRoleUntil)
        out.push({ kind: 'roleEndReminder', caseId: c.id });
    }
    if (watchesOffice && officeAnswerOverdue(Date.parse(c.externalOfficeAssignedAt as string), t, hours)) {
      out.push({ kind: 'officeOverdue', caseId: c.id });
    }
  }
  return out;
}

/** The insurer's case handler(s) of a case: each is told once, by name. */
function notifyCaseHandlers(
  d: Db,
  c: CaseRow,
  kind: 'externalRoleEndsSoon' | 'externalRoleEnded' | 'officeNotAnswering',
  params: Record<string, string>,
) {
  for (const u of insurerCaseHandlersFor(d.users.all(), c))
    notify(d, { kind, caseId: c.id, officeId: null, userId: u.id, params });
}

/** Ends a role whose last day has passed, as if the case handler had removed it. */
function endRole(d: Db, c: CaseRow) {
  const office = officeName(d, c.externalOfficeId);
  const until = c.externalRoleUntil ?? '';
  const officeId = c.externalOfficeId;
  const holderId = c.externalUserId;
  updateCase(d, c.id, () => ({
    externalOfficeId: null,
    externalUserId: null,
    externalRoleUntil: null,
    externalRoleReminderSentFor: null,
    externalOfficeAssignedAt: null,
    externalOfficeOverdue: false,
  }));
  resolveNotifications(d, c.id, [...ROLE_TODO_KINDS, 'officeNotAnswering', 'externalRoleEndsSoon']);
  if (holderId)
    notify(d, {
      kind: 'externalRoleRemoved',
      caseId: c.id,
      officeId: null,
      userId: holderId,
      params: { office, reason: 'ended' },
    });
  // The office can no longer open the case: its notice names the case without a link (see notificationLinksToCase).
  if (officeId)
    notify(d, { kind: 'externalRoleEnded', caseId: c.id, officeId, userId: null, params: { office, until } });
  notifyCaseHandlers(d, c, 'externalRoleEnded', { office, until });
  logCaseEvent(d, c.id, null, 'externalRoleEnded', { office, until });
}

function remindRoleEnd(d: Db, c: CaseRow) {
  const params = { office: officeName(d, c.externalOfficeId), until: c.externalRoleUntil ?? '' };
  // Bookkeeping, not a change of the case: no new version (an open dialog must not get a 409 for it).
  d.cases.update(c.id, (x) => ({ ...x, externalRoleReminderSentFor: x.externalRoleUntil ?? null }));
  if (c.externalUserId)
    notify(d, { kind: 'externalRoleEndsSoon', caseId: c.id, officeId: null, userId: c.externalUserId, params });
  notifyCaseHandlers(d, c, 'externalRoleEndsSoon', params);
}

function alertOfficeOverdue(d: Db, c: CaseRow) {
  const hours = officeAnswerHours(d);
  const params = { office: officeName(d, c.externalOfficeId), hours: String(hours) };
  d.cases.update(c.id, (x) => ({ ...x, externalOfficeOverdue: true }));
  notifyCaseHandlers(d, c, 'officeNotAnswering', params);
  logCaseEvent(d, c.id, null, 'officeNotAnswering', params);
}

/** Applies the due events (inside a write); recomputed there, after catching up with the other tabs. */
export function applyDueEvents(d: Db): number {
  const events = dueEvents(d);
  for (const e of events) {
    const c = d.cases.get(e.caseId);
    if (!c) continue;
    if (e.kind === 'roleEnded') endRole(d, c);
    else if (e.kind === 'roleEndReminder') remindRoleEnd(d, c);
    else alertOfficeOverdue(d, c);
  }
  return events.length;
}

/** "Venter på kontor (N t)": whole working hours the office has waited, once it is overdue; null otherwise. */
export function waitingForOffice(d: Db, c: CaseRow): { hours: number } | null {
  if (!c.externalOfficeOverdue || !c.externalOfficeId || c.externalUserId || !c.externalOfficeAssignedAt) return null;
  return { hours: Math.floor(workingHoursBetween(Date.parse(c.externalOfficeAssignedAt), now(d))) };
}

/** Whether a case counts on the dashboard as waiting for its office. */
export const isWaitingForOffice = (c: CaseRow) =>
  !!c.externalOfficeOverdue && c.externalOfficeId !== null && c.externalUserId === null && isActiveCaseStatus(c.status);
