import type { Db } from '../db';
import type { CaseRow, NotificationRow } from '../db/schema';
import { conflict, portalOf } from './http';
import { authorityOf } from '../rules/escalation';
import { nowIso } from '../clock';

/**
 * Writes one entry to a case's log (Logg). `action` is an i18n key under `case:log.actions.*`. The entry
 * keeps the authority the actor holds in the case as it is written (limit and rights, issue 14), so a
 * later change of the role definition or of the user's limit does not rewrite it.
 */
export function logCaseEvent(
  d: Db,
  caseId: string,
  actorId: string | null,
  action: string,
  params: Record<string, string | number> = {},
) {
  const actor = actorId ? d.users.get(actorId) : undefined;
  const c = d.cases.get(caseId);
  const authority = actor && c ? authorityOf(actor, c, portalOf(d)) : null;
  return d.logs.insert({ id: d.nextId('log'), caseId, at: nowIso(d), actorId, action, params, authority });
}

/** Notifies an office (its admins) or one user about a case, naming who asked (`actorId`) and what (`params`). */
export function notify(
  d: Db,
  n: Pick<NotificationRow, 'kind' | 'caseId' | 'officeId' | 'userId'> & {
    actorId?: string | null;
    params?: Record<string, string>;
  },
) {
  return d.notifications.insert({
    actorId: null,
    params: {},
    ...n,
    id: d.nextId('n'),
    createdAt: nowIso(d),
    readBy: [],
    resolvedAt: null,
  });
}

/** Notifications that ask someone to act on the role in a case: they end when the reason ends. */
export const ROLE_TODO_KINDS: NotificationRow['kind'][] = [
  'assignExternalUser',
  'externalOfficeWithoutUser',
  'externalRoleHolderLost',
];

/** Marks the open notifications of some kinds for a case as resolved (e.g. once a user is assigned). */
export function resolveNotifications(
  d: Db,
  caseId: string,
  kinds: NotificationRow['kind'] | NotificationRow['kind'][],
  officeId?: string,
) {
  const list = Array.isArray(kinds) ? kinds : [kinds];
  const now = nowIso(d);
  for (const n of d.notifications.where(
    (x) =>
      x.caseId === caseId &&
      list.includes(x.kind) &&
      !x.resolvedAt &&
      (officeId === undefined || x.officeId === officeId),
  )) {
    d.notifications.update(n.id, (x) => ({ ...x, resolvedAt: now }));
  }
}

/** Bumps a case's version with a change (optimistic concurrency). */
export function updateCase(d: Db, id: string, fn: (c: CaseRow) => Partial<CaseRow>) {
  return d.cases.update(id, (c) => ({ ...c, ...fn(c), version: c.version + 1 }));
}

export const isOpenCase = (c: CaseRow) => c.status === 'open' || c.status === 'on_hold';

/** A closed or cancelled case can no longer be changed: 409 with its status. */
export function requireOpenCase(c: CaseRow) {
  if (!isOpenCase(c)) throw conflict('case_not_open', { status: c.status });
}
