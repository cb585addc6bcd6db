import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import { UpdateMember, type Member, type MemberSettings, type Organisation, type UnflagImpact } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Checkbox, SelectField, TextField } from '@/components/ui/Field';
import { useErrorMessage } from '@/lib/errors';
import { useContractForm } from '@/lib/forms';
import { useMembers } from '../api/getMembers';
import { getUnflagImpact, useUpdateMember } from '../api/updateMember';
import { authLevelsFor, toFormValues, toUpdateMemberInput, type MemberFormValues } from '../memberForm';
import { BudgetLimitFieldset } from './BudgetLimitFieldset';
import { MobileField } from './MobileField';
import { UnflagDialog } from './UnflagDialog';
import { UnsavedChangesGuard } from '@/lib/unsavedChanges';

interface MemberFormProps {
  member: Member;
  settings: MemberSettings;
  organisation: Organisation;
  onCancel: () => void;
  /** Fetches the member again (after a 409 stale version) and returns it. */
  onReload: () => Promise<Member | undefined>;
}

/** Every field of the guide's "Rediger medlem", in its order, with Lagre / Avbryt. */
export function MemberForm({ member, settings, organisation, onCancel, onReload }: MemberFormProps) {
  const { t } = useTranslation('members');
  const errorText = useErrorMessage('members');
  // The contract's UpdateMember checks the body the form would send (the server runs the same schema).
  const form = useContractForm(
    UpdateMember,
    {
      defaultValues: toFormValues(member),
      toBody: (v: MemberFormValues) => toUpdateMemberInput(v, member.budgetLimit),
    },
    'members',
  );
  const { register, formState, watch, setValue, getValues, reset, handleSubmit, fieldError: msg } = form;
  const errors = formState.errors;
  const mutation = useUpdateMember(member.id);
  const [saved, setSaved] = useState(false);
  const [pendingUnflag, setPendingUnflag] = useState<{
    body: UpdateMember;
    impact: UnflagImpact;
    changed: boolean;
  } | null>(null);
  const [impactError, setImpactError] = useState<unknown>(null);

  const companyId = watch('companyId');
  const flagged = watch('externalCaseHandler');
  const companies = organisation.companies.filter((c) => c.kind !== 'platform');
  const companyKind = companies.find((c) => c.id === companyId)?.kind;
  const offices = organisation.offices.filter((o) => o.companyId === companyId);
  const levels = authLevelsFor(companyKind);
  const currentLevel = watch('authLevel');
  if (!levels.includes(currentLevel)) levels.push(currentLevel);
  const colleagues = useMembers({ companyId, pageSize: 200 }, { enabled: Boolean(companyId) });
  const deputies = (colleagues.data?.items ?? []).filter((m) => m.id !== member.id);
  const deputyId = watch('deputyId');
  const deputiesLoading = Boolean(companyId) && colleagues.isPending;
  // Never show a raw id: while the colleagues load, or when the deputy is not among them, the current value gets a
  // neutral label. One keyed list, so the current deputy's <option> is reused (and stays selected) once it is named.
  const deputyOptions = [
    ...(deputyId && !deputies.some((d) => d.id === deputyId)
      ? [{ id: deputyId, label: deputiesLoading ? t('fields.deputyLoading') : t('fields.deputyUnknown') }]
      : []),
    ...deputies.map((d) => ({ id: d.id, label: `${d.firstName} ${d.lastName}` })),
  ];

  const save = (body: UpdateMember) => {
    setSaved(false);
    mutation.mutate(body, {
      onSuccess: (m) => {
        setPendingUnflag(null);
        reset(toFormValues(m));
        setSaved(true);
      },
      onError: (e) => {
        if (!isApiError(e)) return;
        if (e.status === 409 && e.code === 'unflag_needs_confirmation') {
          // Ask for exactly the cases the server names now; confirming sends their ids, so a case assigned
          // after this moment is not included silently (the server asks again).
          const again = body.confirmUnflagCaseIds !== undefined;
          setImpactError(null);
          getUnflagImpact(member.id, body).then(
            (impact) => {
              if (impact.caseIds.length === 0) save({ ...body, confirmUnflagCaseIds: [] });
              else setPendingUnflag({ body: { ...body, confirmUnflagCaseIds: undefined }, impact, changed: again });
            },
            (err: unknown) => {
              setPendingUnflag(null);
              setImpactError(err);
            },
          );
          return;
        }
        setPendingUnflag(null);
        form.applyServerErrors(e);
      },
    });
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh) {
      reset(toFormValues(fresh));
      mutation.reset();
    }
  };

  const error = mutation.error;
  const showError = mutation.isError && !(isApiError(error) && error.code === 'unflag_needs_confirmation');
  const stale = isApiError(error) && error.code === 'stale_version';

  return (
    <form noValidate className="member-form" onSubmit={handleSubmit(save)}>
      <TextField label={t('fields.firstName')} autoComplete="off" error={msg('firstName')} {...register('firstName')} />
      <TextField label={t('fields.lastName')} autoComplete="off" error={msg('lastName')} {...register('lastName')} />
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="off"
        error={msg('email')}
        {...register('email')}
      />
      <TextField
        label={t('fields.password')}
        type="password"
        autoComplete="new-password"
        hint={t('fields.passwordHint')}
        error={msg('password')}
        {...register('password')}
      />
      <TextField label={t('fields.userCode')} autoComplete="off" error={msg('userCode')} {...register('userCode')} />
      <div className="member-mobile">
        <MobileField
          label={t('fields.mobile')}
          error={msg('mobile')}
          countryCode={register('mobileCountryCode')}
          number={register('mobile')}
        />
        <Checkbox label={t('fields.useMobileForSecurityCode')} {...register('useMobileForSecurityCode')} />
      </div>
      <MobileField
        label={t('fields.securityMobile')}
        error={msg('securityMobile')}
        countryCode={register('securityMobileCountryCode')}
        number={register('securityMobile')}
      />
      <SelectField label={t('fields.status')} error={msg('status')} {...register('status')}>
        <option value="active">{t('status.active')}</option>
        <option value="inactive">{t('status.inactive')}</option>
      </SelectField>
      <SelectField
        label={t('fields.deputy')}
        error={msg('deputyId')}
        disabled={deputiesLoading}
        aria-busy={deputiesLoading || undefined}
        {...register('deputyId')}
      >
        {deputiesLoading && !deputyId ? (
          <option value="">{t('fields.deputyLoading')}</option>
        ) : (
          <option value="">{t('fields.noDeputy')}</option>
        )}
        {deputyOptions.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.authLevel')} error={msg('authLevel')} {...register('authLevel')}>
        {levels.map((l) => (
          <option key={l} value={l}>
            {t(`common:authLevels.${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('fields.company')}
        error={msg('companyId')}
        {...register('companyId', {
          onChange: () => {
            // Office and deputy belong to the company: a new company starts them again.
            setValue('officeId', '');
            setValue('deputyId', '');
            const nextKind = companies.find((c) => c.id === getValues('companyId'))?.kind;
            const fitting = authLevelsFor(nextKind);
            if (fitting.length && !fitting.includes(getValues('authLevel')))
              setValue('authLevel', fitting[fitting.length - 1]!);
          },
        })}
      >
        {companies.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.office')} error={msg('officeId')} {...register('officeId')}>
        <option value="">{t('fields.noOffice')}</option>
        {offices.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <Checkbox label={t('fields.inspectorExtraRights')} {...register('inspectorExtraRights')} />
      <Checkbox
        label={t('fields.externalCaseHandler')}
        error={msg('externalCaseHandler')}
        {...register('externalCaseHandler')}
      />
      <p className="field-hint member-flag-hint">{t('fields.externalCaseHandlerHint')}</p>
      <BudgetLimitFieldset
        form={form}
        enabled={flagged}
        settings={settings}
        amountError={msg('budgetLimit.amount') ?? msg('budgetLimit')}
      />

      {/* Lagre stays in view at the bottom of the window, with its result beside it. */}
      <div className="action-bar">
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('edit.saving') : t('edit.save')}
          </Button>
          <Button onClick={onCancel}>{t('edit.cancel')}</Button>
        </div>
        <div className="action-bar-status">
          {Object.keys(errors).length > 0 && !showError && (
            <p role="alert" className="form-error">
              {t('edit.fixFields')}
            </p>
          )}
          {impactError ? (
            <p role="alert" className="form-error">
              {errorText(impactError)}
            </p>
          ) : null}
          {showError && (
            <div role="alert" className="form-error member-save-error">
              <p>{error && isApiError(error) && error.status === 422 ? t('edit.fixFields') : errorText(error)}</p>
              {stale && <Button onClick={() => void reload()}>{t('edit.reload')}</Button>}
            </div>
          )}
          {saved && (
            <p role="status" className="form-success">
              {t('edit.saved')}
            </p>
          )}
        </div>
      </div>
      <UnsavedChangesGuard when={formState.isDirty && !mutation.isPending} />

      {pendingUnflag && (
        <UnflagDialog
          name={`${pendingUnflag.body.firstName} ${pendingUnflag.body.lastName}`}
          count={pendingUnflag.impact.affectedCaseCount}
          caseReferences={pendingUnflag.impact.cases.map((c) => c.reference)}
          changed={pendingUnflag.changed}
          pending={mutation.isPending}
          onCancel={() => {
            setPendingUnflag(null);
            mutation.reset();
          }}
          onConfirm={() => save({ ...pendingUnflag.body, confirmUnflagCaseIds: pendingUnflag.impact.caseIds })}
        />
      )}
    </form>
  );
}
