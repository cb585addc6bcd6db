/** Placeholder: the notifications feature renders the bell with the unread count here. */
export function NotificationBell() {
  return null;
}
