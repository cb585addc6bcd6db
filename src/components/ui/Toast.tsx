import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import './Toast.css';

/** How long a message stays (long enough to read twice); it can be dismissed earlier and stays while hovered or focused. */
const TOAST_MS = 8000;

interface ToastApi {
  /** Says what just changed ("Saken er satt på vent."), in a polite live region. */
  show: (message: string) => void;
}

interface ToastItem {
  id: number;
  message: string;
}

const ToastContext = createContext<ToastApi | null>(null);

/**
 * The one place that confirms a successful change (Toast, role="status"). The region is always in the
 * document, outside the app's root, so a screen reader announces each message as it is added, and a
 * dialog that hides the page from assistive technology does not hide it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setItems((xs) => xs.filter((x) => x.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show: (message) => {
        const id = nextId.current++;
        // The newest last; at most three at once, so a burst of changes does not cover the page.
        setItems((xs) => [...xs.filter((x) => x.message !== message), { id, message }].slice(-3));
      },
    }),
    [],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      {typeof document !== 'undefined' &&
        createPortal(<ToastRegion items={items} onDismiss={dismiss} />, document.body)}
    </ToastContext.Provider>
  );
}

function ToastRegion({ items, onDismiss }: { items: ToastItem[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="toast-region" role="status" aria-live="polite" aria-atomic="false" aria-label={t('toast.region')}>
      {items.map((item) => (
        <Toast key={item.id} item={item} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(item.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [paused, item.id, onDismiss]);
  return (
    <div
      className="toast"
      data-color="success"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast-message">{item.message}</p>
      <Button
        variant="tertiary"
        size="sm"
        className="toast-close"
        onClick={() => onDismiss(item.id)}
        aria-label={t('toast.dismiss')}
      >
        <span aria-hidden="true">×</span>
      </Button>
    </div>
  );
}

/** `const toast = useToast(); toast.show(t('…'))` after a change succeeded. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() needs a <ToastProvider> (src/app/providers.tsx)');
  return api;
}
