import { forwardRef, type ButtonHTMLAttributes } from 'react';

/**
 * The one button. Its weight says what it does:
 * - primary: the page's or dialog's main action (Lagre, LAGRE), one per view;
 * - secondary: other actions (Avbryt, Prøv igjen, Tildel);
 * - tertiary: quiet actions in toolbars and rows (Rediger, Logg);
 * - danger: an action that removes or ends something (Avbryt saken, Fjern), asked before it acts;
 * - link: a text action inside running text ("Ekstern saksbehandler: … Rediger").
 * Styled by Designsystemet's `ds-button` (data-variant, data-color, data-size); `btn btn-<variant>` stay for
 * the page styles that place buttons.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger' | 'link';

const DS: Record<Exclude<ButtonVariant, 'link'>, { variant: string; color: string }> = {
  primary: { variant: 'primary', color: 'accent' },
  secondary: { variant: 'secondary', color: 'accent' },
  tertiary: { variant: 'tertiary', color: 'accent' },
  danger: { variant: 'primary', color: 'danger' },
};

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: 'sm' | 'md' };

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size, className, type = 'button', ...rest },
  ref,
) {
  const classes = ['btn', `btn-${variant}`, variant === 'link' ? 'ds-link' : 'ds-button', className]
    .filter(Boolean)
    .join(' ');
  const ds = variant === 'link' ? undefined : DS[variant];
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      data-variant={ds?.variant}
      data-color={ds?.color}
      data-size={size}
      {...rest}
    />
  );
});
