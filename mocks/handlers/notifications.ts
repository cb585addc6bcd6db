import type { Notification, NotificationList } from '@/api/contract';
import type { Db } from '../db';
import type { NotificationRow, UserRow } from '../db/schema';
import { caseRelation, isAddressedTo, isNotificationFor } from '../rules/access';
import { decideCaseAction } from '../rules/caseActions';
import { notFound, portalOf, route } from './http';
import { caseReference, personRef } from './serialize';

/** Keeps the answer small; older notifications are still stored. */
const MAX_ITEMS = 100;

function toNotification(d: Db, n: NotificationRow, viewer: UserRow): Notification | null {
  const c = d.cases.get(n.caseId);
  if (!c || !isNotificationFor(n, viewer, c)) return null;
  // Only the notice that someone lost the role reaches a viewer who cannot open the case: number, no address, no link.
  const caseAccessible = caseRelation(viewer, c) !== null;
  const resolved = n.resolvedAt !== null;
  return {
    id: n.id,
    kind: n.kind,
    caseId: c.id,
    caseReference: caseReference(c),
    caseAddress: caseAccessible ? `${c.street}, ${c.postalCode} ${c.city}` : null,
    createdAt: n.createdAt,
    read: n.readBy.includes(viewer.id),
    resolved,
    caseAccessible,
    actor: personRef(d, n.actorId ?? null),
    params: n.params ?? {},
    actions:
      n.kind === 'assignExternalUser' && !resolved && decideCaseAction(viewer, c, portalOf(d), 'assignExternalUser').ok
        ? ['assignExternalUser']
        : [],
  };
}

/** The viewer's notifications, in the store's order: the cases are looked up only for those addressed to them. */
export function notificationsFor(d: Db, viewer: UserRow): NotificationRow[] {
  return d.notifications.where((n) => isAddressedTo(n, viewer) && isNotificationFor(n, viewer, d.cases.get(n.caseId)));
}

function viewerNotifications(d: Db, viewer: UserRow): NotificationRow[] {
  return notificationsFor(d, viewer).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** R4: the notification centre (Varsler) with the unread count. */
export const notificationHandlers = [
  route('get', '/notifications', ({ db, viewer }): NotificationList => {
    const items = viewerNotifications(db, viewer)
      .map((n) => toNotification(db, n, viewer))
      .filter((n): n is Notification => n !== null);
    // A resolved notification needs no attention any more, read or not.
    const unread = items.filter((n) => !n.read && !n.resolved).length;
    return { items: items.slice(0, MAX_ITEMS), unread };
  }),

  route<{ id: string }>('post', '/notifications/:id/read', ({ db, viewer, params }) => {
    const n = db.notifications.get(params.id);
    if (!n || !isNotificationFor(n, viewer, db.cases.get(n.caseId))) throw notFound();
    if (!n.readBy.includes(viewer.id))
      db.notifications.update(n.id, (x) => ({ ...x, readBy: [...x.readBy, viewer.id] }));
    return undefined;
  }),

  route('post', '/notifications/read-all', ({ db, viewer }) => {
    for (const n of viewerNotifications(db, viewer)) {
      if (!n.readBy.includes(viewer.id))
        db.notifications.update(n.id, (x) => ({ ...x, readBy: [...x.readBy, viewer.id] }));
    }
    return undefined;
  }),
];
