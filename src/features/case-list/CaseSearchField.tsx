import { memo, useEffect, useEffectEvent, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { normaliseCaseSearch, SEARCH_MAX_LENGTH } from '@/api/contract';
import { TextField } from '@/components/ui/Field';
import { useContractForm } from '@/lib/forms';

/** How long typing may pause before the list is asked (each keystroke would be a request otherwise). */
export const SEARCH_DEBOUNCE_MS = 300;

/** The draft being typed; the contract's normaliseCaseSearch shapes it into `?q=`. */
const CaseSearchDraft = z.object({ q: z.string() });

/**
 * The case list's free-text search (case number, address, customer, skadenummer, poststed). The URL
 * holds the search (`?q=`); the field (react-hook-form) holds what is being typed, sends it after a pause
 * in typing (or at once on Enter), and takes the URL's value when it changes from elsewhere (back button, a link).
 */
export const CaseSearchField = memo(function CaseSearchField({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (text: string) => void;
}) {
  const { t } = useTranslation('caseList');
  const form = useContractForm(CaseSearchDraft, { defaultValues: { q: value } }, 'caseList');
  const { watch, reset, handleSubmit, register } = form;
  /** The last search this field sent, to tell its own URL changes from others'. */
  const sent = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const send = (text: string) => {
    clearTimeout(timer.current);
    sent.current = text;
    onSearch(text);
  };
  const sendLater = useEffectEvent(send);

  // The URL changed from elsewhere: show its search, and drop what was being typed.
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = null;
    clearTimeout(timer.current);
    reset({ q: value });
  }, [value, reset]);

  // Typing (not a reset) sends the draft after a pause.
  useEffect(() => {
    const subscription = watch((values, { type }) => {
      if (type !== 'change') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => sendLater(normaliseCaseSearch(values.q ?? '')), SEARCH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
    };
  }, [watch]);

  // Enter sends at once.
  const submit = (e: FormEvent) => void handleSubmit(({ q }) => send(normaliseCaseSearch(q)))(e);

  return (
    <form role="search" className="case-search" noValidate onSubmit={submit}>
      <TextField
        type="search"
        label={t('search.label')}
        hint={t('search.hint')}
        maxLength={SEARCH_MAX_LENGTH}
        {...register('q')}
      />
    </form>
  );
});
