import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationKeys, notificationsQuery } from './api/notifications';

/**
 * Varsler in the top bar: a link to the notification centre with the unread count (polled every 30 s).
 * Any successful change made in the app (assigning a user resolves the office's notification, say) may
 * change the viewer's notifications, so the count is refreshed after each one instead of waiting.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const qc = useQueryClient();
  const notifications = useQuery(notificationsQuery());

  useEffect(
    () =>
      qc.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success')
          void qc.invalidateQueries({ queryKey: notificationKeys.all });
      }),
    [qc],
  );

  const unread = notifications.data?.unread ?? 0;
  return (
    <Link
      to="/notifications"
      className="notification-bell"
      aria-label={unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label')}
    >
      <svg
        aria-hidden="true"
        className="notification-bell-icon"
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="currentColor"
      >
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {t('bell.text')}
      {unread > 0 && (
        <span className="badge notification-badge" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
