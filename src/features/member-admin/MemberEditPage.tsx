import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { organisationQuery } from '@/api/endpoints/organisation';
import { ErrorState, Loading } from '@/components/ui/States';
import { useMember } from './api/getMember';
import { useMemberSettings } from './api/getMemberSettings';
import { MemberForm } from './components/MemberForm';

/** Medlemmer » Rediger medlem (R2). */
export function MemberEditPage() {
  const { t } = useTranslation('members');
  const { memberId = '' } = useParams();
  const navigate = useNavigate();
  const member = useMember(memberId);
  const settings = useMemberSettings();
  const org = useQuery(organisationQuery());
  const toList = () => void navigate('/admin/members');

  const failed = [member, settings, org].find((q) => q.isError);
  return (
    <section className="page member-edit" aria-labelledby="member-edit-title">
      <nav aria-label={t('edit.breadcrumb')} className="breadcrumb">
        <Link to="/admin/members">{t('title')}</Link> <span aria-hidden="true">»</span>{' '}
        <span aria-current="page">{t('edit.title')}</span>
      </nav>
      <h1 id="member-edit-title">
        {t('edit.title')}
        {member.data && (
          <span className="member-edit-name">
            : {member.data.firstName} {member.data.lastName}
          </span>
        )}
      </h1>
      {failed ? (
        <ErrorState error={failed.error} ns="members" onRetry={() => void failed.refetch()} />
      ) : !member.data || !settings.data || !org.data ? (
        <Loading />
      ) : (
        <MemberForm
          key={member.data.id}
          member={member.data}
          settings={settings.data}
          organisation={org.data}
          onCancel={toList}
          onReload={async () => (await member.refetch()).data}
        />
      )}
    </section>
  );
}
