import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseCaseSearch, SEARCH_MAX_LENGTH } from '@/api/contract';
import { TextField } from '@/components/ui/Field';

/** How long typing may pause before the list is asked (each keystroke would be a request otherwise). */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The case list's free-text search (case number, address, customer, skadenummer, poststed). The URL
 * holds the search (`?q=`); the field holds what is being typed, sends it after a pause in typing (or at
 * once on Enter), and takes the URL's value when it changes from elsewhere (back button, a link).
 */
export function CaseSearchField({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation('caseList');
  /** What is typed and not yet replaced by the URL's value; null shows the URL's value. */
  const [draft, setDraft] = useState<string | null>(null);
  /** The last search this field sent, to tell its own URL changes from others'. */
  const [sent, setSent] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(null);
  }

  const send = (text: string) => {
    setSent(text);
    onSearch(text);
  };
  const sendLater = useEffectEvent(send);
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => sendLater(normaliseCaseSearch(draft)), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(normaliseCaseSearch(draft ?? value));
  };

  return (
    <form role="search" className="case-search" onSubmit={submit}>
      <TextField
        type="search"
        label={t('search.label')}
        hint={t('search.hint')}
        value={draft ?? value}
        maxLength={SEARCH_MAX_LENGTH}
        onChange={(e) => setDraft(e.target.value)}
      />
    </form>
  );
}
