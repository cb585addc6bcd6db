import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/ui/Field';

interface MobileFieldProps {
  label: string;
  error: string | undefined;
  countryCode: UseFormRegisterReturn;
  number: UseFormRegisterReturn;
}

/**
 * The guide's "Mobilnummer: +": a "+", the country code (47 unless changed) and the number. The form joins
 * them into E.164 ("+4791234567"), which the contract checks; a number typed with its own "+46 …" keeps it.
 */
export function MobileField({ label, error, countryCode, number }: MobileFieldProps) {
  const { t } = useTranslation('members');
  return (
    <FieldShell label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className="mobile-input">
          <span className="mobile-plus" aria-hidden="true">
            +
          </span>
          <input
            className="input ds-input mobile-country"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            aria-label={t('fields.countryCode', { field: label })}
            aria-invalid={invalid || undefined}
            {...countryCode}
          />
          <input
            id={id}
            type="tel"
            className="input ds-input mobile-number"
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            {...number}
          />
        </div>
      )}
    </FieldShell>
  );
}
