import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/client';

/**
 * Turns any failure into a sentence that says what happened and what to do, in the active language.
 * Looks up `<ns>:errors.<code>` first (feature-specific codes), then `common:errors.<code>`, then by status.
 */
export function useErrorMessage(ns?: string) {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return t('common:errors.unexpected');
    const params = { ...error.params };
    const keys = [
      ns ? `${ns}:errors.${error.code}` : null,
      `common:errors.${error.code}`,
      `common:errors.status${error.status}`,
    ].filter((k): k is string => k !== null);
    for (const k of keys) if (i18n.exists(k)) return t(k, params);
    return t('common:errors.unexpected');
  };
}

/** A field error code from the server or from zod (`validation.required`) in the active language. */
export function useFieldErrorText() {
  const { t } = useTranslation();
  return (code: string | undefined, params?: Record<string, string | number>) =>
    code ? t(`common:${code}`, params ?? {}) : undefined;
}
