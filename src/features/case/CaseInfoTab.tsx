import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@/api/contract';
import { formatDate, formatDateTime } from '@/lib/format';
import { ChatSection, CustomerContactSection, DocumentsSection } from './Communication';
import { InspectionSection, RemoteVideoSection } from './FieldSections';
import { TaskList } from './TaskList';
import { can } from './shared';

/** Saksinformasjon: the reported information, the tasks, and the work in the case the viewer may do. */
export function CaseInfoTab({ caseDetail }: { caseDetail: CaseDetail }) {
  return (
    <div className="case-info">
      <ReportedInfo caseDetail={caseDetail} />
      <TaskList caseDetail={caseDetail} />
      <InspectionSection caseDetail={caseDetail} />
      {can(caseDetail, 'remoteVideo') && <RemoteVideoSection caseDetail={caseDetail} />}
      <ChatSection caseDetail={caseDetail} />
      <DocumentsSection caseDetail={caseDetail} />
      {can(caseDetail, 'customerContact') && <CustomerContactSection caseDetail={caseDetail} />}
    </div>
  );
}

/** Rapportert informasjon: always granted to anyone who sees the case. */
function ReportedInfo({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('case');
  return (
    <section aria-labelledby="case-reported-heading" className="case-section">
      <h2 id="case-reported-heading">{t('reported.title')}</h2>
      <dl className="facts">
        <dt>{t('reported.description')}</dt>
        <dd>{c.description}</dd>
        <dt>{t('reported.damageType')}</dt>
        <dd>{t(`damageTypes.${c.damageType}`)}</dd>
        <dt>{t('reported.customer')}</dt>
        <dd>{[c.customer.name, c.customer.phone, c.customer.email].filter(Boolean).join(', ')}</dd>
        <dt>{t('reported.address')}</dt>
        <dd>{`${c.address.street}, ${c.address.postalCode} ${c.address.city}`}</dd>
        <dt>{t('reported.createdAt')}</dt>
        <dd>{formatDate(c.createdAt)}</dd>
        <dt>{t('reported.inspectionAt')}</dt>
        <dd>{c.inspectionAt ? formatDateTime(c.inspectionAt) : t('reported.noInspection')}</dd>
      </dl>
    </section>
  );
}
