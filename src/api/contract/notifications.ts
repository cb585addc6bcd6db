import { z } from 'zod';
import { Id } from './common';

export const Notification = z.object({
  id: Id,
  /** i18n key under `notifications:kinds.*` */
  kind: z.enum(['assignExternalUser', 'externalUserAssigned', 'chatMessage', 'externalRoleRemoved']),
  caseId: Id,
  caseReference: z.string(),
  /** null when the viewer cannot open the case: they learn its number only. */
  caseAddress: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
  resolved: z.boolean(),
  /** Whether the viewer can open the case (a flagged user is told about the office's task but cannot open it). */
  caseAccessible: z.boolean(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
