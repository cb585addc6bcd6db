import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/api/client';
import { NotificationList } from '@/api/contract';
import { notificationKeys } from '@/api/endpoints/cases';

export { notificationKeys };

/** How often the notification centre asks for news (there is no push channel). */
export const NOTIFICATION_POLL_MS = 30_000;

/** GET /notifications — the viewer's notifications, newest first, with the unread count. */
export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => apiRequest({ path: '/notifications', schema: NotificationList, signal }),
    refetchInterval: NOTIFICATION_POLL_MS,
    staleTime: 5_000,
  });

/** POST /notifications/:id/read */
export const markNotificationRead = (id: string) =>
  apiRequest({ method: 'POST', path: `/notifications/${encodeURIComponent(id)}/read`, schema: z.undefined() });

/** POST /notifications/read-all */
export const markAllNotificationsRead = () =>
  apiRequest({ method: 'POST', path: '/notifications/read-all', schema: z.undefined() });

export function useMarkNotificationRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSettled: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
