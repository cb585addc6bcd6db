import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { caseListHref, CaseStatus, type CaseSummary } from '@/api/contract';
import { Checkbox } from '@/components/ui/Field';
import { ErrorState, Loading } from '@/components/ui/States';
import { useCan } from '@/lib/session';
import { formatDate, formatNumber } from '@/lib/format';
import { useDashboard } from './api/getDashboard';
import { WaitingForOffice } from './WaitingForOffice';

function CaseLinks({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <ul className="dashboard-cases">
      {items.map((c) => (
        <li key={c.id}>
          <Link
            to={`/cases/${encodeURIComponent(c.id)}`}
            aria-label={t('scopeCases.caseLabel', {
              reference: c.reference,
              address: `${c.address.street}, ${c.address.city}`,
            })}
          >
            {c.reference}
          </Link>{' '}
          {c.address.street}, {c.address.postalCode} {c.address.city}{' '}
          <span className="muted">{formatDate(c.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Instrumentbord (R6): counts by status, cases that need attention and unread notifications, over the
 * viewer's cases. A user flagged as external case handler also gets the filter "Saker hvor jeg er
 * ekstern saksbehandler" (from the session's permissions, never re-derived); it lives in the URL.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const canFilter = useCan('cases:filterAsExternalHandler');
  const [params, setParams] = useSearchParams();
  const scope = canFilter && params.get('scope') === 'externalCaseHandler' ? 'externalCaseHandler' : null;
  const q = useDashboard(scope);

  const setScope = (on: boolean) => setParams(on ? { scope: 'externalCaseHandler' } : {});

  return (
    <section className="page dashboard">
      <h1>{t('title')}</h1>
      {canFilter && (
        <div className="dashboard-filter">
          <Checkbox label={t('scopeFilter')} checked={scope !== null} onChange={(e) => setScope(e.target.checked)} />
          {scope && <p className="muted">{t('scopeHint')}</p>}
        </div>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} ns="dashboard" />
      ) : (
        <div className="dashboard-widgets">
          {scope && (
            <section className="widget widget-wide" aria-labelledby="dash-scope">
              <h2 id="dash-scope">{t('scopeCases.title')}</h2>
              <p>{t('total', { count: q.data.total, formatted: formatNumber(q.data.total) })}</p>
              {q.data.cases.length === 0 ? <p>{t('scopeCases.none')}</p> : <CaseLinks items={q.data.cases} />}
              {q.data.total > q.data.cases.length && (
                <Link to={caseListHref({ scope })}>
                  {t('scopeCases.showAll', { formatted: formatNumber(q.data.total) })}
                </Link>
              )}
            </section>
          )}
          <section className="widget" aria-labelledby="dash-status">
            <h2 id="dash-status">{t('byStatus.title')}</h2>
            <dl className="status-counts">
              {CaseStatus.options.map((s) => (
                <div key={s}>
                  <dt>{t(`byStatus.${s}`)}</dt>
                  <dd>
                    <Link
                      to={caseListHref({ values: { status: [s] }, scope })}
                      aria-label={t('byStatus.showInList', {
                        status: `${t(`byStatus.${s}`)} (${formatNumber(q.data.countsByStatus[s])})`,
                      })}
                    >
                      {formatNumber(q.data.countsByStatus[s])}
                    </Link>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="widget" aria-labelledby="dash-attention">
            <h2 id="dash-attention">{t('attention.title')}</h2>
            {q.data.attention.total === 0 ? (
              <p>{t('attention.none')}</p>
            ) : (
              <>
                <p>
                  {t('attention.count', {
                    count: q.data.attention.total,
                    formatted: formatNumber(q.data.attention.total),
                  })}
                </p>
                <CaseLinks items={q.data.attention.items} />
                <Link to={caseListHref({ values: { advanced: ['attention'] }, scope })}>{t('attention.showAll')}</Link>
              </>
            )}
            <WaitingForOffice count={q.data.waitingForOffice} />
          </section>
          <section className="widget" aria-labelledby="dash-notifications">
            <h2 id="dash-notifications">{t('notifications.title')}</h2>
            <p className="widget-number">
              {t('notifications.unread', {
                count: q.data.unreadNotifications,
                formatted: formatNumber(q.data.unreadNotifications),
              })}
            </p>
            <Link to="/notifications">{t('notifications.open')}</Link>
          </section>
        </div>
      )}
    </section>
  );
}
