import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AssignExternalOffice } from '@/api/contract';
import { DateField } from '@/components/ui/DateField';
import { useContractForm } from '@/lib/forms';

/** The "Til og med" part of the Tildel body (issue 14), checked by the contract's own rule. */
const RoleUntil = AssignExternalOffice.pick({ until: true });
type RoleUntilValues = { until: string };
const toBody = (v: RoleUntilValues) => ({ until: v.until || null });

/** The form holding the role's optional last day; '' is "no end". */
export function useRoleUntilForm(until: string | null | undefined) {
  return useContractForm<RoleUntilValues, typeof RoleUntil>(
    RoleUntil,
    { defaultValues: { until: until ?? '' }, toBody },
    'assignOffice',
  );
}
export type RoleUntilForm = ReturnType<typeof useRoleUntilForm>;
export const roleUntilOf = (v: { until?: string | null }) => v.until ?? null;

/** "Til og med (valgfritt)": the last day the office holds the role; empty for no end. */
export function RoleUntilField({ form }: { form: RoleUntilForm }) {
  const { t } = useTranslation('assignOffice');
  return (
    <>
      <Controller
        control={form.control}
        name="until"
        render={({ field }) => (
          <DateField
            label={t('until')}
            name="until"
            value={field.value}
            onChange={field.onChange}
            error={form.fieldError('until')}
          />
        )}
      />
      <p className="field-hint">{t('untilHint')}</p>
    </>
  );
}
