import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/DataTable';
import { PageHeader } from '@/components/ui/PageHeader';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatNumber } from '@/lib/format';
import { usePartnerNetwork } from './api/getPartnerNetwork';

/**
 * Innstillinger: the insurer's settings, read-only. Its partner network ("partnernettverk") is the list of
 * offices that "Tildel oppgaver til partnere" offers (the guide: "basert på forsikringsselskapets
 * partnernettsverk og innstillinger"); the API decides who may read it.
 */
export function InsurerSettingsPage() {
  const { t } = useTranslation('settings');
  const network = usePartnerNetwork();
  return (
    <section className="page insurer-settings" aria-labelledby="insurer-settings-title">
      <PageHeader title={t('title')} titleId="insurer-settings-title" meta={network.data?.insurerName} />
      <section aria-labelledby="partner-network-title">
        <h2 id="partner-network-title">{t('partnerNetwork.title')}</h2>
        <p className="muted">{t('partnerNetwork.intro')}</p>
        {network.isPending ? (
          <Loading />
        ) : network.isError ? (
          <ErrorState error={network.error} ns="settings" onRetry={() => void network.refetch()} />
        ) : network.data.offices.length === 0 ? (
          <Empty>{t('partnerNetwork.empty')}</Empty>
        ) : (
          <>
            <DataTable
              caption={t('partnerNetwork.caption', {
                count: network.data.offices.length,
                formattedCount: formatNumber(network.data.offices.length),
              })}
              showCaption
              className="partner-network-table"
              rows={network.data.offices}
              rowKey={(o) => o.id}
              columns={[
                { key: 'name', header: t('partnerNetwork.columns.office'), identifies: true, cell: (o) => o.name },
                { key: 'company', header: t('partnerNetwork.columns.company'), cell: (o) => o.companyName },
                { key: 'postalCode', header: t('partnerNetwork.columns.postalCode'), cell: (o) => o.postalCode },
                { key: 'city', header: t('partnerNetwork.columns.city'), cell: (o) => o.city },
              ]}
            />
            {network.data.outsideCount > 0 && (
              <p className="muted">
                {t('partnerNetwork.outside', {
                  count: network.data.outsideCount,
                  formattedCount: formatNumber(network.data.outsideCount),
                })}
              </p>
            )}
          </>
        )}
      </section>
    </section>
  );
}
