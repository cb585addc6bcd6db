import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/Toast';
import type { CaseDetail } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useCaseMutation } from '@/api/caseMutation';
import { useInspections } from './api/getInspections';
import { useRemoteVideo } from './api/getRemoteVideo';
import { startInspection } from './api/startInspection';
import { startRemoteVideo } from './api/startRemoteVideo';
import { ActionError, canDo } from './shared';

/** Besiktigelse: the inspections of the case; "Start besiktigelse" with the right. */
export function InspectionSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const list = useInspections(caseDetail.id);
  const start = useCaseMutation(caseDetail, (_: void, c) => startInspection(c.id, c.version));
  return (
    <section aria-labelledby="case-inspection-heading" className="case-section">
      <h2 id="case-inspection-heading">{t('inspection.title')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} ns="case" onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t('inspection.empty')}</Empty>
      ) : (
        <ul className="plain-list">
          {list.data.map((i) => (
            <li key={i.id}>
              {t('inspection.started', { at: formatDateTime(i.startedAt), name: i.startedBy?.name ?? '' })}
            </li>
          ))}
        </ul>
      )}
      {canDo(caseDetail, 'startInspection') && (
        <Button
          onClick={() => start.mutate(undefined, { onSuccess: () => toast.show(t('toast.inspectionStarted')) })}
          disabled={start.isPending}
        >
          {t('inspection.start')}
        </Button>
      )}
      <ActionError error={start.error} />
    </section>
  );
}

/** in4mo Remote Video (iRV): start a session, see the calls and media of the case. */
export function RemoteVideoSection({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('case');
  const toast = useToast();
  const rv = useRemoteVideo(caseDetail.id);
  const start = useCaseMutation(caseDetail, (_: void, c) => startRemoteVideo(c.id));
  return (
    <section aria-labelledby="case-rv-heading" className="case-section">
      <h2 id="case-rv-heading">{t('remoteVideo.title')}</h2>
      {rv.isPending ? (
        <Loading />
      ) : rv.isError ? (
        <ErrorState error={rv.error} ns="case" onRetry={() => void rv.refetch()} />
      ) : (
        <>
          <p>{t('remoteVideo.counts', { calls: formatNumber(rv.data.calls), media: formatNumber(rv.data.media) })}</p>
          {rv.data.sessions.length === 0 ? (
            <Empty>{t('remoteVideo.empty')}</Empty>
          ) : (
            <ul className="plain-list">
              {rv.data.sessions.map((s) => (
                <li key={s.id}>
                  {t('remoteVideo.session', { at: formatDateTime(s.startedAt), name: s.startedBy?.name ?? '' })}{' '}
                  <a href={s.joinUrl} target="_blank" rel="noreferrer">
                    {t('remoteVideo.join')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {canDo(caseDetail, 'remoteVideo') && (
        <Button
          onClick={() => start.mutate(undefined, { onSuccess: () => toast.show(t('toast.remoteVideoStarted')) })}
          disabled={start.isPending}
        >
          {t('remoteVideo.start')}
        </Button>
      )}
      <ActionError error={start.error} />
    </section>
  );
}
