import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { MemberListQuery, MemberStatus, type MemberListParams } from '@/api/contract';
import { organisationQuery } from '@/api/endpoints/organisation';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { DataTable } from '@/components/ui/DataTable';
import { MenuButton } from '@/components/ui/Menu';
import { Empty, ErrorState, Loading } from '@/components/ui/States';
import { formatNumber } from '@/lib/format';
import { useContractForm } from '@/lib/forms';
import { useMembers } from './api/getMembers';

const PAGE_SIZE = 25;
/** The search box's draft; the list's filters themselves live in the URL. */
const MemberSearch = MemberListQuery.pick({ q: true });

/** Reads the list's filters from the URL so that a filtered list can be shared and the back button works. */
function useListParams() {
  const [sp, setSp] = useSearchParams();
  const status = MemberStatus.safeParse(sp.get('status'));
  const flag = sp.get('externalCaseHandler');
  const params: MemberListParams = {
    q: sp.get('q') ?? undefined,
    companyId: sp.get('companyId') ?? undefined,
    officeId: sp.get('officeId') ?? undefined,
    status: status.success ? status.data : undefined,
    externalCaseHandler: flag === 'true' || flag === 'false' ? flag : undefined,
    page: Math.max(1, Number(sp.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    // Any change of the filters starts again at the first page.
    if (!('page' in changes)) next.delete('page');
    setSp(next);
  };
  return { params, update };
}

/** Selskapets admin -> Medlemmer (R2): who is in the portal, and the gear menu's "Rediger". */
export function MemberListPage() {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const search = useContractForm(MemberSearch, { defaultValues: { q: params.q ?? '' } }, 'members');
  const org = useQuery(organisationQuery());
  const members = useMembers(params);

  const companies = (org.data?.companies ?? []).filter((c) => c.kind !== 'platform');
  const offices = (org.data?.offices ?? []).filter((o) => !params.companyId || o.companyId === params.companyId);
  const pages = members.data ? Math.max(1, Math.ceil(members.data.total / members.data.pageSize)) : 1;
  const page = params.page ?? 1;

  const onSearch = search.handleSubmit(({ q }) => update({ q: q?.trim() || undefined }));

  return (
    <section className="page members-page" aria-labelledby="members-title">
      <h1 id="members-title">{t('title')}</h1>
      <form role="search" aria-label={t('list.filters')} className="toolbar" onSubmit={onSearch}>
        <TextField
          label={t('list.searchLabel')}
          type="search"
          error={search.fieldError('q')}
          {...search.register('q')}
        />
        <Button type="submit" variant="primary">
          {t('list.search')}
        </Button>
        <SelectField
          label={t('list.company')}
          value={params.companyId ?? ''}
          onChange={(e) => update({ companyId: e.target.value || undefined, officeId: undefined })}
        >
          <option value="">{t('list.allCompanies')}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.office')}
          value={params.officeId ?? ''}
          onChange={(e) => update({ officeId: e.target.value || undefined })}
        >
          <option value="">{t('list.allOffices')}</option>
          {offices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('list.status')}
          value={params.status ?? ''}
          onChange={(e) => update({ status: e.target.value || undefined })}
        >
          <option value="">{t('list.allStatuses')}</option>
          <option value="active">{t('status.active')}</option>
          <option value="inactive">{t('status.inactive')}</option>
        </SelectField>
        <SelectField
          label={t('list.externalCaseHandler')}
          value={params.externalCaseHandler ?? ''}
          onChange={(e) => update({ externalCaseHandler: e.target.value || undefined })}
        >
          <option value="">{t('list.all')}</option>
          <option value="true">{t('list.onlyFlagged')}</option>
          <option value="false">{t('list.notFlagged')}</option>
        </SelectField>
      </form>

      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <ErrorState error={members.error} ns="members" onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <Empty>{t('list.empty')}</Empty>
      ) : (
        <>
          <DataTable
            caption={t('list.caption', { page, pages })}
            className="members-table"
            busy={members.isFetching}
            rows={members.data.items}
            rowKey={(m) => m.id}
            columns={[
              // The name stays in view when the table scrolls sideways, and the gear menu (Rediger) with it.
              {
                key: 'name',
                header: t('list.columns.name'),
                identifies: true,
                cell: (m) => {
                  const name = `${m.firstName} ${m.lastName}`;
                  return (
                    <span className="member-name-cell">
                      <span>{name}</span>
                      <MenuButton
                        label={t('list.actionsFor', { name })}
                        align="start"
                        items={[
                          {
                            label: t('list.edit'),
                            onSelect: () => void navigate(`/admin/members/${encodeURIComponent(m.id)}`),
                          },
                        ]}
                      />
                    </span>
                  );
                },
              },
              { key: 'email', header: t('list.columns.email'), cell: (m) => m.email },
              { key: 'company', header: t('list.columns.company'), cell: (m) => m.companyName },
              { key: 'office', header: t('list.columns.office'), cell: (m) => m.officeName ?? '' },
              {
                key: 'authLevel',
                header: t('list.columns.authLevel'),
                cell: (m) => t(`common:authLevels.${m.authLevel}`),
              },
              { key: 'status', header: t('list.columns.status'), cell: (m) => t(`status.${m.status}`) },
              {
                key: 'flag',
                header: t('list.columns.externalCaseHandler'),
                cell: (m) => (m.externalCaseHandler ? t('common:yes') : t('common:no')),
              },
            ]}
          />
          <nav className="pager" aria-label={t('common:pagination.label')}>
            <Button disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>
              {t('common:actions.previous')}
            </Button>
            <span>{t('common:pagination.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
            <Button disabled={page >= pages} onClick={() => update({ page: String(page + 1) })}>
              {t('common:actions.next')}
            </Button>
            <span className="muted">
              {t('list.total', { count: members.data.total, formattedCount: formatNumber(members.data.total) })}
            </span>
          </nav>
        </>
      )}
    </section>
  );
}
