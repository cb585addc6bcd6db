import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberSettings, UpdateMember } from '@/api/contract';
import { formatMoney } from '@/lib/format';
import type { MemberFormValues } from '../memberForm';

interface BudgetLimitFieldsetProps {
  form: UseFormReturn<MemberFormValues, unknown, UpdateMember>;
  /** Only while "Ekstern saksbehandler" is ticked: the limit is a property of the role. */
  enabled: boolean;
  settings: MemberSettings;
  amountError: string | undefined;
}

/** "Grense for budsjettgodkjenning": Bruk standard: <portal default> NOK, or Bruk verdi: <amount> NOK. */
export function BudgetLimitFieldset({ form, enabled, settings, amountError }: BudgetLimitFieldsetProps) {
  const { t } = useTranslation('members');
  const id = useId();
  const mode = form.watch('budgetLimit.mode');
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const amount = form.register('budgetLimit.amount');
  const modeField = form.register('budgetLimit.mode', {
    onChange: (e: { target: { value: string } }) => {
      // Choosing "Bruk verdi" moves on to the amount (after the input is enabled by the re-render).
      if (e.target.value === 'custom') setTimeout(() => form.setFocus('budgetLimit.amount'), 0);
    },
  });

  return (
    <fieldset className="budget-limit" disabled={!enabled} aria-describedby={hintId}>
      <legend>{t('fields.budgetLimit')}</legend>
      <div className="radio">
        <input type="radio" id={`${id}-default`} value="default" {...modeField} />
        <label htmlFor={`${id}-default`}>
          {t('fields.useDefault', { amount: formatMoney(settings.defaultBudgetLimit) })}
        </label>
      </div>
      <div className="radio budget-custom">
        <input type="radio" id={`${id}-custom`} value="custom" {...modeField} />
        <label htmlFor={`${id}-custom`}>{t('fields.useCustom')}</label>
        <input
          className="input budget-amount"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('fields.amount')}
          aria-invalid={amountError ? true : undefined}
          aria-describedby={amountError ? errId : undefined}
          disabled={!enabled || mode !== 'custom'}
          {...amount}
        />
        <span>{t('fields.currency')}</span>
      </div>
      {amountError && enabled && (
        <div id={errId} className="field-error" role="alert">
          {amountError}
        </div>
      )}
      <p id={hintId} className="field-hint">
        {enabled ? t('fields.budgetHint') : t('fields.budgetNeedsFlag')}
        {enabled && !settings.approveBudgetGranted && <> {t('fields.budgetNotGranted')}</>}
      </p>
    </fieldset>
  );
}
