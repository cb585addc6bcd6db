import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldShellProps {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and the error message at the field (announced, linked by aria-describedby). */
export function FieldShell({ label, error, hint, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ds-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label ds-label">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field-hint" data-field="description">
          {hint}
        </div>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <div id={errId} className="field-error ds-validation-message" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
};

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, hint, ...rest },
  ref,
) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className="input ds-input"
          {...rest}
        />
      )}
    </FieldShell>
  );
});

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
};

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, hint, children, ...rest },
  ref,
) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          ref={ref}
          id={id}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className="input ds-input"
          {...rest}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
});

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  error?: string | undefined;
  role?: 'switch';
};

/** A checkbox (or, with role="switch", an on/off switch) with its label to the right. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox({ label, error, ...rest }, ref) {
  const id = useId();
  return (
    <div className={`checkbox ds-field${error ? ' field-invalid' : ''}`}>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <div id={`${id}-error`} className="field-error ds-validation-message" role="alert">
          {error}
        </div>
      )}
    </div>
  );
});
