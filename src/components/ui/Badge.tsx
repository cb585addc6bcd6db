import type { ReactNode } from 'react';

/** The colours a status can have; each is a Designsystemet colour of the theme (data-color). */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

/** A status or category as a tag ("Åpen", "Handling kreves", "Ekstern"): Designsystemet's `ds-tag`. */
export function Tag({
  tone = 'neutral',
  children,
  className,
}: {
  tone?: Tone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span className={['ds-tag', 'tag', className].filter(Boolean).join(' ')} data-color={tone} data-size="sm">
      {children}
    </span>
  );
}

/** A count on a control (unread notifications): Designsystemet's `ds-badge`. The label says what is counted. */
export function CountBadge({ count, label, tone = 'danger' }: { count: number; label?: string; tone?: Tone }) {
  return (
    <span
      className="ds-badge badge"
      data-color={tone}
      data-variant="base"
      data-count={count}
      aria-label={label}
      role={label ? 'img' : undefined}
    >
      {count}
    </span>
  );
}
