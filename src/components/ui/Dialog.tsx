import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useUnsavedChanges } from '@/lib/unsavedChanges';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * When the element that opened a dialog is gone (a row was deleted, a button replaced), focus goes to the
 * page's heading instead of being dropped on <body>, so keyboard and screen-reader users keep their place.
 */
export function focusPageHeading() {
  const h = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
  if (!h) return;
  if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
  h.focus();
}

/** Dialogs can open on top of each other (a confirmation over "Tildel"): the page stays hidden until the last closes. */
let openDialogs = 0;

interface DialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Footer buttons (AVBRYT / LAGRE): always visible, also when the body scrolls and on a phone. */
  actions?: ReactNode;
  description?: ReactNode;
  /** Wider dialogs (tables, long lists). */
  size?: 'md' | 'lg';
  /** The dialog holds typed input not yet saved: leaving the page (back button, closing the tab) asks first. */
  unsaved?: boolean;
}

/**
 * A modal dialog on the native <dialog> element (showModal): the browser puts it in the top layer and makes
 * the page behind it inert. Focus moves into it, Tab stays inside, Escape closes it (through onClose, so the
 * owner decides) and focus returns to the element that opened it. Below 600 px it is a full-width sheet
 * whose actions stay visible at the bottom. Styled by Designsystemet's `ds-dialog`.
 */
export function Dialog({ title, onClose, children, actions, description, size = 'md', unsaved = false }: DialogProps) {
  useUnsavedChanges(unsaved);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    openDialogs += 1;
    root?.setAttribute('aria-hidden', 'true');
    const el = ref.current;
    if (el && !el.open) el.showModal();
    const first =
      el?.querySelector<HTMLElement>('[data-autofocus]') ??
      el?.querySelector<HTMLElement>(`.dialog-body ${FOCUSABLE}`) ??
      el?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? el)?.focus();
    // The browser's own Escape handling closes the element; the owner closes it instead (it may ask first).
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (e.key !== 'Tab' || !el) return;
      const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => !x.hasAttribute('hidden'));
      if (items.length === 0) return e.preventDefault();
      const firstItem = items[0]!;
      const lastItem = items[items.length - 1]!;
      if (e.shiftKey && (document.activeElement === firstItem || !el.contains(document.activeElement))) {
        e.preventDefault();
        lastItem.focus();
      } else if (!e.shiftKey && document.activeElement === lastItem) {
        e.preventDefault();
        firstItem.focus();
      }
    };
    el?.addEventListener('cancel', onCancel);
    el?.addEventListener('keydown', onKey);
    return () => {
      el?.removeEventListener('cancel', onCancel);
      el?.removeEventListener('keydown', onKey);
      if (el?.open) el.close();
      openDialogs -= 1;
      if (openDialogs === 0) root?.removeAttribute('aria-hidden');
      if (opener && document.contains(opener)) opener.focus();
      else focusPageHeading();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      className={`ds-dialog dialog dialog-${size}`}
      data-size="sm"
      tabIndex={-1}
    >
      <div className="dialog-head">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description && (
          <p id={descId} className="dialog-description">
            {description}
          </p>
        )}
      </div>
      <div className="dialog-body">{children}</div>
      {actions && <div className="dialog-actions">{actions}</div>}
    </dialog>,
    document.body,
  );
}
