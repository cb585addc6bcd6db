import { useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

/*
 * Nothing typed is lost by accident. Every form or dialog with unsaved input says so with
 * <UnsavedChangesGuard when={dirty} /> (or useUnsavedChanges(dirty)); the one <UnsavedChangesPrompt /> in the
 * layout holds the router's only blocker and the `beforeunload` listener while any of them is dirty.
 * (React Router consults a single blocker, so the sources are gathered here instead of each blocking.)
 */
const dirtySources = new Set<string>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const anyDirty = () => dirtySources.size > 0;

/** Set just before the app itself reloads or leaves the page on purpose (demo reset), so nothing asks. */
let leavingOnPurpose = false;
export function leavePageOnPurpose() {
  leavingOnPurpose = true;
}

/** Marks the calling form as holding unsaved input while `dirty` is true. */
export function useUnsavedChanges(dirty: boolean) {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    dirtySources.add(id);
    emit();
    return () => {
      dirtySources.delete(id);
      emit();
    };
  }, [dirty, id]);
}

/** The same as useUnsavedChanges, as an element to put inside a form. */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  useUnsavedChanges(when);
  return null;
}

/**
 * Asks before a link, the back button, or closing/reloading the tab throws unsaved input away
 * ("Forlat siden" / "Bli på siden"). Going to sign-in is never held up: neither a sign-out nor an
 * expired session's redirect can be trapped. Mounted once, in the layout.
 */
export function UnsavedChangesPrompt() {
  const { t } = useTranslation();
  const dirty = useSyncExternalStore(subscribe, anyDirty, anyDirty);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      anyDirty() &&
      nextLocation.pathname !== '/login' &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (leavingOnPurpose) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Saved (or emptied) while the question was open: nothing to lose any more, so go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      title={t('unsaved.title')}
      description={t('unsaved.text')}
      onClose={() => blocker.reset()}
      actions={
        <>
          <Button variant="primary" data-autofocus onClick={() => blocker.reset()}>
            {t('unsaved.stay')}
          </Button>
          <Button variant="danger" onClick={() => blocker.proceed()}>
            {t('unsaved.leave')}
          </Button>
        </>
      }
    >
      {null}
    </Dialog>
  );
}
