import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from './Field';

/** "31.12.2026", "31.12.26", "1.2.2026" or "2026-12-31" → "2026-12-31"; "" when it is not a real date. */
export function parseNorwegianDate(text: string): string {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const nb = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nb) [d, m, y] = [Number(nb[1]), Number(nb[2]), nb[3]!.length === 2 ? 2000 + Number(nb[3]) : Number(nb[3])];
  else return '';
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return '';
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2026-12-31" → "31.12.2026" (the form every Norwegian date field shows). */
export function formatNorwegianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

interface DateFieldProps {
  label: ReactNode;
  /** The date as ISO "yyyy-mm-dd", or "" when empty. */
  value: string;
  /** Called with the ISO date, or "" while the text is empty or not (yet) a real date. */
  onChange: (iso: string) => void;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  name?: string;
}

/**
 * A date in Norwegian form, dd.mm.åååå, whatever the browser's own date control would show (Chromium shows
 * mm/dd/yyyy in a Norwegian page). A text field that understands dd.mm.åååå, d.m.åå and åååå-mm-dd, gives
 * the form an ISO date, and says at the field when the text is not a date.
 */
export function DateField({ label, value, onChange, error, required, disabled, name }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatNorwegianDate(value));
  const [touched, setTouched] = useState(false);

  // A value set from outside (reset, a loaded filter) replaces the text unless the text already means it.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (parseNorwegianDate(text) !== value) setText(formatNorwegianDate(value));
  }

  const notADate = touched && text.trim() !== '' && parseNorwegianDate(text) === '';
  return (
    <FieldShell label={label} hint={t('date.format')} error={error ?? (notADate ? t('validation.date') : undefined)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          className="input ds-input date-input"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('date.placeholder')}
          value={text}
          required={required}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNorwegianDate(e.target.value));
          }}
          onBlur={() => {
            setTouched(true);
            const iso = parseNorwegianDate(text);
            if (iso) setText(formatNorwegianDate(iso));
          }}
        />
      )}
    </FieldShell>
  );
}
