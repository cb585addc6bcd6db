import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '@/api/client';
import { RIGHT_KEYS, UpdateRoleDefinition, type RoleDefinition, type UpdateRoleDefinitionInput } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { DataTable } from '@/components/ui/DataTable';
import { TextField } from '@/components/ui/Field';
import { ErrorState, Loading } from '@/components/ui/States';
import { useErrorMessage } from '@/lib/errors';
import { useContractForm } from '@/lib/forms';
import { UnsavedChangesGuard } from '@/lib/unsavedChanges';
import { formatAmountInput, formatDateTime } from '@/lib/format';
import { useRoleDefinition } from './api/getRoleDefinition';
import { useUpdateRoleDefinition } from './api/updateRoleDefinition';

/** The amount is held as typed text; the contract's AmountInput accepts "10 000,50" and "10000.5". */
type FormValues = UpdateRoleDefinitionInput & { defaultBudgetLimit: string; officeAnswerHours: string };

const toFormValues = (d: RoleDefinition): FormValues => ({
  rights: [...d.rights],
  defaultBudgetLimit: formatAmountInput(d.defaultBudgetLimit),
  officeAnswerHours: String(d.officeAnswerHours),
  version: d.version,
});

/** R1 Rolledefinisjon: what the external case handler role may do in this portal (platform administrator). */
export function RoleDefinitionPage() {
  const { t } = useTranslation('roleDefinition');
  const query = useRoleDefinition();
  return (
    <section className="page role-definition" aria-labelledby="role-definition-title">
      <h1 id="role-definition-title">{t('title')}</h1>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorState error={query.error} ns="roleDefinition" onRetry={() => void query.refetch()} />
      ) : (
        <RoleDefinitionForm definition={query.data} onReload={async () => (await query.refetch()).data} />
      )}
    </section>
  );
}

function RoleDefinitionForm({
  definition,
  onReload,
}: {
  definition: RoleDefinition;
  onReload: () => Promise<RoleDefinition | undefined>;
}) {
  const { t } = useTranslation('roleDefinition');
  const errorText = useErrorMessage('roleDefinition');
  const form = useContractForm(UpdateRoleDefinition, { defaultValues: toFormValues(definition) }, 'roleDefinition');
  const mutation = useUpdateRoleDefinition();
  const [saved, setSaved] = useState(false);
  const rights = form.watch('rights');
  const granted = Array.isArray(rights) ? rights.length : 0;

  const save = (body: z.output<typeof UpdateRoleDefinition>) => {
    setSaved(false);
    mutation.mutate(body, {
      onSuccess: (def) => {
        form.reset(toFormValues(def));
        setSaved(true);
      },
      onError: (e) => form.applyServerErrors(e),
    });
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh) {
      form.reset(toFormValues(fresh));
      mutation.reset();
    }
  };

  const error = mutation.error;
  const stale = isApiError(error) && error.code === 'stale_version';

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <p>{t('intro', { portal: definition.portalName })}</p>
      <aside className="always-granted" aria-labelledby="always-granted-title">
        <h2 id="always-granted-title">{t('alwaysGrantedTitle')}</h2>
        <p>{t('alwaysGranted')}</p>
      </aside>
      <fieldset className="rights">
        <legend>{t('rightsLegend')}</legend>
        <p className="muted" aria-live="polite">
          {t('grantedCount', { count: granted, total: RIGHT_KEYS.length })}
        </p>
        {/* The guide's "Handling / Forklaring" table, with each right's switch in its row. */}
        <DataTable
          caption={t('rightsTable.caption')}
          className="rights-table"
          rowKey={(key) => key}
          rows={[...RIGHT_KEYS]}
          columns={[
            {
              key: 'action',
              header: t('rightsTable.action'),
              identifies: true,
              cell: (key) => (
                <span className="right">
                  <input
                    type="checkbox"
                    role="switch"
                    id={`right-${key}`}
                    value={key}
                    aria-describedby={`right-${key}-explanation`}
                    {...form.register('rights')}
                  />
                  <label htmlFor={`right-${key}`} className="right-name">
                    {t(`rights.${key}.name`)}
                  </label>
                </span>
              ),
            },
            {
              key: 'explanation',
              header: t('rightsTable.explanation'),
              cell: (key) => (
                <span id={`right-${key}-explanation`} className="right-explanation">
                  {t(`rights.${key}.explanation`)}
                </span>
              ),
            },
          ]}
        />
      </fieldset>
      <TextField
        label={t('defaultBudgetLimit')}
        hint={t('defaultBudgetLimitHint')}
        inputMode="decimal"
        autoComplete="off"
        error={form.fieldError('defaultBudgetLimit')}
        {...form.register('defaultBudgetLimit')}
      />
      <TextField
        label={t('officeAnswerHours')}
        hint={t('officeAnswerHoursHint')}
        inputMode="numeric"
        autoComplete="off"
        error={form.fieldError('officeAnswerHours')}
        {...form.register('officeAnswerHours')}
      />
      <p className="muted">{t('lastChanged', { at: formatDateTime(definition.updatedAt) })}</p>
      {/* Lagre stays in view at the bottom of the window, with its result beside it. */}
      <div className="action-bar">
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('saving') : t('save')}
          </Button>
        </div>
        <div className="action-bar-status">
          {mutation.isError && (
            <div role="alert" className="form-error">
              <p>{errorText(error)}</p>
              {stale && <Button onClick={() => void reload()}>{t('reload')}</Button>}
            </div>
          )}
          {saved && (
            <p role="status" className="form-success">
              {t('saved')}
            </p>
          )}
        </div>
      </div>
      <UnsavedChangesGuard when={form.formState.isDirty && !mutation.isPending} />
    </form>
  );
}
