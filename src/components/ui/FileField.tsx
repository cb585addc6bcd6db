import { useId, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
};

/**
 * A file picker that speaks the page's language: the browser's own control says "Choose Files / No file
 * chosen" whatever the page's `lang`. The real <input type="file"> lies over a Designsystemet button (so a
 * click, a tap, a drop and the keyboard all reach it) and keeps the field's label as its accessible name.
 */
export function FileField({ label, hint, onChange, multiple, disabled, ...rest }: FileFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setChosen([...(e.currentTarget.files ?? [])].map((f) => f.name));
    onChange?.(e);
  };
  return (
    <div className="field ds-field file-field">
      <label htmlFor={id} className="field-label ds-label">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="field-hint" data-field="description">
          {hint}
        </div>
      )}
      <div className="file-field-row">
        <span className="file-field-button" data-disabled={disabled || undefined}>
          <span className="ds-button" data-variant="secondary" data-color="accent" aria-hidden="true">
            {multiple ? t('file.chooseMany') : t('file.chooseOne')}
          </span>
          <input
            id={id}
            type="file"
            className="file-field-input"
            multiple={multiple}
            disabled={disabled}
            aria-describedby={[hint ? `${id}-hint` : null, `${id}-chosen`].filter(Boolean).join(' ')}
            onChange={change}
            {...rest}
          />
        </span>
        <span id={`${id}-chosen`} className="file-field-chosen">
          {chosen.length ? chosen.join(', ') : t('file.none')}
        </span>
      </div>
    </div>
  );
}
