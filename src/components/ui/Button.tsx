import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'link' | 'danger';

export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
