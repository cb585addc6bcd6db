import { useCallback, useMemo } from 'react';
import {
  get,
  set,
  useForm,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '@/api/client';

/**
 * The one form pattern (docs/decisions/008-one-form-pattern.md): react-hook-form holds every field, the
 * contract's zod schema validates it (the server runs the same schema), and a 422's field errors land at
 * the same inputs. No field lives in useState.
 *
 * The form's values may be shaped for the inputs (an amount as typed text, '' for "no choice"); `toBody`
 * turns them into the request body the schema checks. Field names must be the same in both shapes, so a
 * schema issue at `budgetLimit.amount` is shown at the input registered as `budgetLimit.amount`.
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

export interface ContractFormOptions<V extends FieldValues, S extends z.ZodType> extends Omit<
  UseFormProps<V, unknown, z.output<S>>,
  'resolver'
> {
  /** From the inputs' values to the body the schema validates (default: the values themselves). */
  toBody?: (values: V) => unknown;
}

export type ContractForm<V extends FieldValues, S extends z.ZodType> = UseFormReturn<V, unknown, z.output<S>> & {
  /**
   * Puts a 422's field errors at their inputs (focusing the first) and returns true; any other failure
   * returns false, so the caller shows it as a form-level error. What the user typed is never reset.
   */
  applyServerErrors: (error: unknown) => boolean;
  /** A field's error in the active language: `<ns>:fieldErrors.<field>.<code>` if the feature has one, else the common text. */
  fieldError: (name: FieldPath<V>) => string | undefined;
};

const isSchema = <S extends z.ZodType>(source: SchemaSource<S>): source is S =>
  typeof source !== 'function' || 'safeParseAsync' in source;

/** A react-hook-form resolver that validates `toBody(values)` with a contract schema; issue messages are i18n codes. */
export function contractResolver<V extends FieldValues, S extends z.ZodType>(
  source: SchemaSource<S>,
  toBody: (values: V) => unknown = (v) => v,
): Resolver<V, unknown, z.output<S>> {
  return async (values) => {
    const schema = isSchema(source) ? source : await source();
    const result = await schema.safeParseAsync(toBody(values));
    if (result.success) return { values: result.data as z.output<S>, errors: {} };
    const errors: FieldErrors<V> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // The first issue of a field is the one shown (the schema lists the most basic check first).
      if (path && get(errors, path) === undefined) set(errors, path, { type: issue.code, message: issue.message });
    }
    return { values: {}, errors };
  };
}

/**
 * `useForm` with the contract's schema as its resolver. `ns` names the feature's locale namespace for
 * field-specific sentences (e.g. `members:fieldErrors.email.emailTaken`).
 */
export function useContractForm<V extends FieldValues, S extends z.ZodType>(
  schema: SchemaSource<S>,
  { toBody, ...options }: ContractFormOptions<V, S>,
  ns?: string,
): ContractForm<V, S> {
  const { t, i18n } = useTranslation();
  // react-hook-form reads its options on every render, so an inline toBody needs no memo by the caller.
  const resolver = useMemo(() => contractResolver<V, S>(schema, toBody), [schema, toBody]);
  const form = useForm<V, unknown, z.output<S>>({ ...options, resolver });
  const { setError, formState } = form;
  // Read during render, so the form re-renders when errors change even before any field shows one.
  const errors = formState.errors;

  const applyServerErrors = useCallback(
    (error: unknown) => {
      if (!isApiError(error) || error.status !== 422) return false;
      const entries = Object.entries(error.fieldErrors);
      if (entries.length === 0) return false;
      entries.forEach(([name, fe], i) => {
        setError(name as FieldPath<V>, { type: 'server', message: fe.code }, { shouldFocus: i === 0 });
      });
      return true;
    },
    [setError],
  );

  const fieldError = (name: FieldPath<V>): string | undefined => {
    const code = (get(errors, name) as { message?: string } | undefined)?.message;
    if (!code) return undefined;
    const specific = ns ? `${ns}:fieldErrors.${name}.${code.replace(/^validation\./, '')}` : null;
    return specific && i18n.exists(specific) ? t(specific) : t(`common:${code}`);
  };

  return { ...form, applyServerErrors, fieldError };
}
