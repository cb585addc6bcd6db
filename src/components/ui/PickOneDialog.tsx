import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';
import { useFieldErrorText } from '@/lib/errors';
import { useContractForm } from '@/lib/forms';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { SelectField } from './Field';
import { Empty, ErrorState, Loading } from './States';

/** The dialog's one field: a choice is required (the caller's request schema checks the rest on the server). */
const PickOne = z.object({ choice: z.string().min(1, { message: 'validation.required' }) });

export interface PickOneOption {
  id: string;
  label: string;
}

export interface PickOneDialogProps {
  /** Says what is assigned: "Tildel: Ekstern saksbehandler", "Tildel bruker". */
  title: ReactNode;
  description?: ReactNode;
  /** The field's label ("Kontor", "Bruker") and its first, empty option ("Velg kontor"). */
  label: string;
  placeholder: string;
  /** The server's list; undefined while it loads or when it failed. */
  options: readonly PickOneOption[] | undefined;
  loading: boolean;
  loadError: unknown;
  /** Asks for the list again ("Prøv igjen" where the list failed). */
  onRetryLoad: () => void;
  /** Said instead of an empty field when the server lists nothing. */
  emptyText: ReactNode;
  /** The current choice, if any: preselected; saving it unchanged closes without a request. */
  initialValue?: string | undefined;
  /** Sends the choice. The caller closes the dialog on success. */
  onSave: (id: string) => void;
  saving: boolean;
  /** The last save's failure: a 422 on `fieldName` shows at the field, anything else below with "Prøv igjen". */
  saveError: unknown;
  fieldName: string;
  onRetrySave: () => void;
  /** Called when the choice changes (to clear the last save's error). */
  onPick?: () => void;
  onClose: () => void;
  /** Controls above the field that change the list (e.g. "Vis anbefalte kontor ▼", categories). */
  before?: ReactNode;
  /** An extra action at the start of the footer (e.g. "Fjern ekstern saksbehandler"). */
  startAction?: ReactNode;
  /** More fields below the choice (the role's "Til og med" date). */
  after?: ReactNode;
  /** LAGRE sends the unchanged choice too (a field in `after` changed). */
  saveUnchanged?: boolean;
  /** Namespace for error texts (`<ns>:errors.<code>` first). */
  errorNs?: string;
}

/**
 * A required choice of one item from a server list (PickOneDialog): the three "Tildel"-style dialogs and
 * "Rediger saksbehandler" share it. "Obligatorisk" under the field; LAGRE without a choice says so at the
 * field; the server's 422 (the choice is no longer eligible) shows at the field too; a list that failed
 * to load offers "Prøv igjen"; AVBRYT / LAGRE. A choice that is not in the list now shown counts as none.
 */
export function PickOneDialog(props: PickOneDialogProps) {
  const {
    title,
    description,
    label,
    placeholder,
    options,
    loading,
    loadError,
    onRetryLoad,
    emptyText,
    initialValue,
    onSave,
    saving,
    saveError,
    fieldName,
    onRetrySave,
    onPick,
    onClose,
    before,
    startAction,
    errorNs,
    after,
    saveUnchanged,
  } = props;
  const { t } = useTranslation();
  const fieldText = useFieldErrorText();
  const inList = (id: string) => Boolean(options?.some((o) => o.id === id));
  // A choice that is not in the list now shown counts as none.
  const form = useContractForm(PickOne, {
    defaultValues: { choice: initialValue ?? '' },
    toBody: (v: { choice: string }) => ({ choice: inList(v.choice) ? v.choice : '' }),
  });
  const value = useWatch({ control: form.control, name: 'choice' });
  const selected = inList(value) ? value : '';
  const serverFieldError = isApiError(saveError) ? saveError.fieldErrors[fieldName] : undefined;
  const fieldError = form.fieldError('choice') ?? fieldText(serverFieldError?.code, serverFieldError?.params);
  const listed = options !== undefined && options.length > 0;

  const save = form.handleSubmit(({ choice }) => {
    if (choice === initialValue && !saveUnchanged) return onClose();
    onSave(choice);
  });

  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      actions={
        <>
          {startAction}
          <Button onClick={onClose}>{t('pickOne.cancel')}</Button>
          <Button
            variant="primary"
            onClick={() => void save()}
            disabled={saving || !listed}
            aria-busy={saving || undefined}
          >
            {saving ? t('pickOne.saving') : t('pickOne.save')}
          </Button>
        </>
      }
    >
      {before}
      {loading ? (
        <Loading />
      ) : loadError && !options ? (
        <ErrorState error={loadError} onRetry={onRetryLoad} ns={errorNs} />
      ) : !listed ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <SelectField
          label={label}
          hint={t('pickOne.required')}
          required
          error={fieldError}
          {...form.register('choice', { onChange: () => onPick?.() })}
          value={selected}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      {after}
      {saveError && !serverFieldError ? <ErrorState error={saveError} onRetry={onRetrySave} ns={errorNs} /> : null}
    </Dialog>
  );
}
