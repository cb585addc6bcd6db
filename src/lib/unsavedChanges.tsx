import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

/** Set just before the app itself reloads or leaves the page on purpose (demo reset), so no guard asks. */
let leavingOnPurpose = false;
export function leavePageOnPurpose() {
  leavingOnPurpose = true;
}

/**
 * Nothing typed is lost by accident: while `when` is true (a form has unsaved changes), following a link,
 * the back button or closing/reloading the tab asks first ("Forlat siden" / "Bli på siden").
 * Going to sign-in is never held up: neither a sign-out nor an expired session's redirect can be trapped.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && nextLocation.pathname !== '/login' && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (leavingOnPurpose) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  // Saved (or emptied) while the question was open: nothing to lose any more, so go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog
      title={t('unsaved.title')}
      description={t('unsaved.text')}
      onClose={() => blocker.reset()}
      actions={
        <>
          <Button variant="primary" data-autofocus onClick={() => blocker.reset()}>{t('unsaved.stay')}</Button>
          <Button variant="danger" onClick={() => blocker.proceed()}>{t('unsaved.leave')}</Button>
        </>
      }
    >
      {null}
    </Dialog>
  );
}
