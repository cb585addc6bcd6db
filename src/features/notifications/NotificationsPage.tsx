import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Notification } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { notificationsQuery, useMarkAllNotificationsRead, useMarkNotificationRead } from './api/notifications';

/** The names and figures a notification's text needs, formatted (amounts in NOK, dates nb-NO). */
function textParams(n: Notification, t: TFunction<'notifications'>): Record<string, string> {
  const p = n.params;
  const amount = (v: string | undefined) =>
    v !== undefined && v !== '' && Number.isFinite(Number(v)) ? formatMoney(Number(v)) : '';
  return {
    office: p.office ?? '',
    amount: amount(p.amount),
    limit: amount(p.limit),
    until: p.until ? formatDate(p.until) : '',
    hours: p.hours ?? '',
    decisionText: p.decision ? t(`decisions.${p.decision}`, { defaultValue: '' }) : '',
  };
}

function NotificationItem({ n }: { n: Notification }) {
  const { t } = useTranslation('notifications');
  const markRead = useMarkNotificationRead();
  const state = n.resolved ? 'resolved' : n.read ? 'read' : 'unread';
  const caseLine =
    n.caseAddress === null
      ? t('caseLineNumberOnly', { reference: n.caseReference })
      : t('caseLine', { reference: n.caseReference, address: n.caseAddress });
  const caseUrl = `/cases/${encodeURIComponent(n.caseId)}`;
  return (
    <li className={`notification notification-${state}`}>
      <p className="notification-kind">{t(`kinds.${n.kind}`, textParams(n, t))}</p>
      {n.params.comment && <p>{t('comment', { comment: n.params.comment })}</p>}
      {n.params.user && n.params.reason && (
        <p>
          {t('formerHolder', { user: n.params.user, reason: t(`reasons.${n.params.reason}`, { defaultValue: '' }) })}
        </p>
      )}
      <p>
        {/* Only a notice that the viewer lost the role names a case they cannot open: its number, no link. */}
        {n.caseAccessible ? (
          <Link to={caseUrl} onClick={() => !n.read && markRead.mutate(n.id)}>
            {caseLine}
          </Link>
        ) : (
          caseLine
        )}
      </p>
      <p className="notification-meta">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        {n.actor && (
          <>
            {' · '}
            {t('requestedBy', { name: n.actor.name })}
          </>
        )}
        {' · '}
        <span className={`notification-state notification-state-${state}`}>{t(`state.${state}`)}</span>
      </p>
      {n.actions.includes('assignExternalUser') && (
        <Link
          className="btn btn-primary"
          to={`${caseUrl}?dialog=assignUser`}
          aria-label={t('assignUserLabel', { reference: n.caseReference })}
          onClick={() => !n.read && markRead.mutate(n.id)}
        >
          {t('assignUser')}
        </Link>
      )}
      {state === 'unread' && (
        <Button
          variant="link"
          aria-label={t('markReadLabel', { reference: n.caseReference })}
          onClick={() => markRead.mutate(n.id)}
          disabled={markRead.isPending}
        >
          {t('markRead')}
        </Button>
      )}
      {markRead.error && <ErrorState error={markRead.error} onRetry={() => markRead.mutate(n.id)} ns="notifications" />}
    </li>
  );
}

/** The notification centre (/notifications): what needs the viewer's attention, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const notifications = useQuery(notificationsQuery());
  const markAll = useMarkAllNotificationsRead();

  return (
    <section className="page notifications-page" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('title')}</h1>
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} ns="notifications" />
      ) : notifications.data.items.length === 0 ? (
        <Empty>{t('empty')}</Empty>
      ) : (
        <>
          <div className="toolbar">
            <Button onClick={() => markAll.mutate()} disabled={markAll.isPending || notifications.data.unread === 0}>
              {t('markAllRead')}
            </Button>
          </div>
          {markAll.error && <ErrorState error={markAll.error} onRetry={() => markAll.mutate()} ns="notifications" />}
          <ul className="notification-list" aria-label={t('listLabel')}>
            {notifications.data.items.map((n) => (
              <NotificationItem key={n.id} n={n} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
