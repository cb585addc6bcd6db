import { z } from 'zod';
import { Id } from './common';
import { PersonRef } from './cases';

/**
 * i18n key under `notifications:kinds.*`. Who receives which (mocks/rules/notifications.ts):
 * - assignExternalUser: the admins of the office given the role ("Tildel bruker"); resolved once a user is
 *   assigned, the role is removed or moved, or the case is closed or cancelled.
 * - externalUserAssigned: the user given the role.
 * - chatMessage: the chat's subscribers.
 * - externalRoleRemoved: the user who lost the role (names the case without a link when they cannot open it).
 * - externalRoleHolderLost: the office's admins, when its user lost the role by being un-flagged,
 *   deactivated or moved, and no other flagged user is left to assign.
 * - externalOfficeWithoutUser: the insurer's case handler, when the office holding the role has no
 *   flagged active user left.
 * - budgetEscalated, budgetEscalationAnswered, externalRoleEndsSoon, externalRoleEnded, officeNotAnswering:
 *   issue 14 (mocks/handlers/beyond.ts); externalRoleEnded names the case without a link for the office.
 */
export const NOTIFICATION_KINDS = [
  'assignExternalUser',
  'externalUserAssigned',
  'chatMessage',
  'externalRoleRemoved',
  'externalRoleHolderLost',
  'externalOfficeWithoutUser',
  // issue 14
  'budgetEscalated', // the insurer's case handler: a budget over the holder's limit awaits their answer
  'budgetEscalationAnswered', // the holder who sent it: approved or rejected, with the comment
  'externalRoleEndsSoon', // the holder and the case handler: the role ends in two days
  'externalRoleEnded', // the office's admins and the case handler: the role's end date has passed
  'officeNotAnswering', // the case handler: the office has not assigned a user within the working hours
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** What the viewer can do from the notification: "Tildel bruker" opens the dialog on the case. */
export const NotificationAction = z.enum(['assignExternalUser']);
export type NotificationAction = z.infer<typeof NotificationAction>;

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  caseId: Id,
  caseReference: z.string(),
  /** null when the viewer cannot open the case: they learn its number only. */
  caseAddress: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
  resolved: z.boolean(),
  /** Whether the viewer can open the case (a flagged user is told about the office's task but cannot open it). */
  caseAccessible: z.boolean(),
  /** Who asked or made the change; null when the system did (or for older notifications). */
  actor: PersonRef.nullable(),
  /** Names for the text: `user` (the former holder), `office`, `reason` (unflagged | deactivated | moved). */
  params: z.record(z.string(), z.string()),
  /** Actions the viewer may take from here, by the same rule the case page uses. */
  actions: z.array(NotificationAction),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
