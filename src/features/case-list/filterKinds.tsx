import { useId, useMemo, type ReactNode } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  ADVANCED_OPTIONS,
  AdvancedOption,
  AmountInput,
  CASE_FILTERS,
  DayRange,
  filterKind,
  Presence,
  type CaseFilterKey,
  type CaseFilterKind,
  type CaseFilterOptions,
  type FilterKindOf,
  type FilterKindValues,
  type FilterOption,
} from '@/api/contract';
import { Checkbox, TextField } from '@/components/ui/Field';
import { ErrorState, Loading } from '@/components/ui/States';
import { formatAmountInput, formatDate, formatMoney } from '@/lib/format';
import type { FilterOptionsState } from './api/getFilterOptions';
import { DateField } from '@/components/ui/DateField';
import { useContractForm } from '@/lib/forms';
import { Controller } from 'react-hook-form';

/**
 * The panel's side of the filter registry (src/api/contract/caseList.ts): per filter *kind*, how its
 * value reads in the panel ("Jørn Service", "fra 01.01.2026") and the editor of its "Rediger" dialog.
 * A new filter of an existing kind needs nothing here; a new kind needs one entry (the compiler says so).
 */

interface LabelContext {
  key: CaseFilterKey;
  t: TFunction<'caseList'>;
  /** The choosable values of a choice filter; undefined while the server's options are not known yet. */
  choices: FilterOption[] | undefined;
}

export interface KindEditorProps<Kd extends CaseFilterKind> {
  filterKey: CaseFilterKey;
  /** The filter's translated name ("Bruker"). */
  name: string;
  value: FilterKindValues[Kd];
  options: FilterOptionsState;
  /** The id of the form, which the dialog's "Bruk" button submits. */
  formId: string;
  onApply: (value: FilterKindValues[Kd]) => void;
}

interface KindUi<Kd extends CaseFilterKind> {
  labels: (value: FilterKindValues[Kd], ctx: LabelContext) => string[];
  Editor: (props: KindEditorProps<Kd>) => ReactNode;
}

/** The values a choice filter offers: a fixed list is labelled `caseList:<key>.<value>`, the rest come from GET /cases/filter-options. */
export function choiceOptions(
  key: CaseFilterKey,
  options: CaseFilterOptions | undefined,
  t: TFunction<'caseList'>,
): FilterOption[] | undefined {
  const definition = CASE_FILTERS[key];
  if (definition.kind !== 'choice') return undefined;
  if (definition.fixed) return definition.fixed.map((value) => ({ value, label: t(`${key}.${value}`) }));
  // Every choice filter without a fixed list has its values in CaseFilterOptions.
  return options?.[key as keyof CaseFilterOptions];
}

const noon = (day: string) => formatDate(`${day}T12:00:00Z`);

function rangeLabel(t: TFunction<'caseList'>, from: string | null, to: string | null): string[] {
  if (from === null && to === null) return [];
  const parts = [
    from !== null ? t('range.fromValue', { value: from }) : null,
    to !== null ? t('range.toValue', { value: to }) : null,
  ];
  return [parts.filter(Boolean).join(' ')];
}

const SEARCH_FROM = 8;

/*
 * Each editor is a form on the one form pattern (useContractForm): react-hook-form holds what is being
 * chosen or typed, and the contract's value schema of the kind (DayRange, AmountInput, Presence,
 * AdvancedOption) checks it before "Bruk" applies it.
 */

const ChoiceDraft = z.object({ selected: z.array(z.string()), search: z.string() });

function ChoiceEditor({ filterKey, name, value, options, formId, onApply }: KindEditorProps<'choice'>) {
  const { t } = useTranslation('caseList');
  const form = useContractForm(ChoiceDraft, { defaultValues: { selected: value, search: '' } }, 'caseList');
  const selected = form.watch('selected');
  const search = form.watch('search');
  const all = choiceOptions(filterKey, options.data, t);
  const shown = useMemo(() => {
    const s = search.trim().toLocaleLowerCase('nb');
    return s && all ? all.filter((o) => `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase('nb').includes(s)) : all;
  }, [all, search]);
  const submit = form.handleSubmit(({ selected: chosen }) => {
    // The options' order; values the options no longer list (a link from elsewhere) are kept at the end.
    const known = (all ?? []).map((o) => o.value);
    onApply([...known.filter((v) => chosen.includes(v)), ...chosen.filter((v) => !known.includes(v))]);
  });
  // One value for the whole list (not a checkbox group): a choice hidden by the search stays chosen.
  const toggle = (v: string, on: boolean) =>
    form.setValue('selected', on ? [...selected, v] : selected.filter((x) => x !== v), { shouldDirty: true });
  return (
    <form id={formId} onSubmit={submit} noValidate className="filter-editor">
      {!all || !shown ? (
        options.isError ? (
          <ErrorState error={options.error} onRetry={options.retry} ns="caseList" />
        ) : (
          <Loading />
        )
      ) : all.length === 0 ? (
        <p>{t('editor.noOptions')}</p>
      ) : (
        <>
          {all.length > SEARCH_FROM && (
            <TextField label={t('editor.search', { name })} type="search" {...form.register('search')} />
          )}
          <fieldset className="filter-choices">
            <legend className="visually-hidden">{name}</legend>
            {shown.map((o) => (
              <Checkbox
                key={o.value}
                label={o.detail ? `${o.label} (${o.detail})` : o.label}
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
            ))}
          </fieldset>
        </>
      )}
    </form>
  );
}

/** The date fields hold '' for "no day"; the contract's DayRange has null there. */
const toDayRange = (v: { from: string; to: string }) => ({ from: v.from || null, to: v.to || null });

function DateRangeEditor({ value, formId, onApply }: KindEditorProps<'dateRange'>) {
  const { t } = useTranslation('caseList');
  const form = useContractForm(
    DayRange,
    { defaultValues: { from: value.from ?? '', to: value.to ?? '' }, toBody: toDayRange },
    'caseList',
  );
  return (
    <form id={formId} onSubmit={form.handleSubmit(onApply)} noValidate className="filter-editor">
      <div className="filter-range">
        {(['from', 'to'] as const).map((bound) => (
          <Controller
            key={bound}
            control={form.control}
            name={bound}
            render={({ field }) => (
              <DateField
                label={t(`range.${bound}`)}
                value={field.value}
                error={form.fieldError(bound)}
                onChange={field.onChange}
              />
            )}
          />
        ))}
      </div>
    </form>
  );
}

/** An amount range as typed ("10 000,50" NOK): an empty bound is no bound; the contract's AmountInput reads the rest (to øre). */
const AmountRangeInput = z.object({ min: AmountInput.nullable(), max: AmountInput.nullable() });
const toAmountRange = (v: { min: string; max: string }) => ({ min: v.min.trim() || null, max: v.max.trim() || null });

function AmountRangeEditor({ value, formId, onApply }: KindEditorProps<'amountRange'>) {
  const { t } = useTranslation('caseList');
  const form = useContractForm(
    AmountRangeInput,
    {
      defaultValues: {
        min: value.min !== null ? formatAmountInput(value.min) : '',
        max: value.max !== null ? formatAmountInput(value.max) : '',
      },
      toBody: toAmountRange,
    },
    'caseList',
  );
  return (
    <form id={formId} onSubmit={form.handleSubmit(onApply)} noValidate className="filter-editor">
      <div className="filter-range">
        <TextField
          label={t('range.min')}
          inputMode="decimal"
          error={form.fieldError('min')}
          {...form.register('min')}
        />
        <TextField
          label={t('range.max')}
          inputMode="decimal"
          error={form.fieldError('max')}
          {...form.register('max')}
        />
      </div>
    </form>
  );
}

const PresenceDraft = z.object({ presence: Presence.nullable() });

function PresenceEditor({ filterKey, name, value, formId, onApply }: KindEditorProps<'presence'>) {
  const { t } = useTranslation('caseList');
  const radioName = useId();
  const form = useContractForm(PresenceDraft, { defaultValues: { presence: value } }, 'caseList');
  return (
    <form id={formId} onSubmit={form.handleSubmit((v) => onApply(v.presence))} noValidate className="filter-editor">
      <fieldset className="filter-choices">
        <legend className="visually-hidden">{name}</legend>
        {(['with', 'without'] as const).map((p) => (
          <div className="checkbox" key={p}>
            <input type="radio" id={`${radioName}-${p}`} value={p} {...form.register('presence')} />
            <label htmlFor={`${radioName}-${p}`}>{t(`presence.${filterKey}.${p}`)}</label>
          </div>
        ))}
      </fieldset>
    </form>
  );
}

const AdvancedDraft = z.object({ ticked: z.array(AdvancedOption) });

function AdvancedEditor({ name, value, formId, onApply }: KindEditorProps<'advanced'>) {
  const { t } = useTranslation('caseList');
  const form = useContractForm(AdvancedDraft, { defaultValues: { ticked: value } }, 'caseList');
  const ticked = form.watch('ticked');
  return (
    <form
      id={formId}
      onSubmit={form.handleSubmit((v) => onApply(ADVANCED_OPTIONS.filter((o) => v.ticked.includes(o))))}
      noValidate
      className="filter-editor"
    >
      <fieldset className="filter-choices">
        <legend className="visually-hidden">{name}</legend>
        {ADVANCED_OPTIONS.map((o) => (
          <Checkbox
            key={o}
            label={t(`advanced.${o}`)}
            checked={ticked.includes(o)}
            onChange={(e) =>
              form.setValue('ticked', e.target.checked ? [...ticked, o] : ticked.filter((x) => x !== o), {
                shouldDirty: true,
              })
            }
          />
        ))}
      </fieldset>
    </form>
  );
}

const FILTER_KIND_UI: { [Kd in CaseFilterKind]: KindUi<Kd> } = {
  choice: {
    // Never a raw id: a neutral "…" until the server's options are known, then the label (or "unknown").
    labels: (values, { t, choices }) =>
      values.length && !choices
        ? [t('panel.valuePending')]
        : values.map((v) => choices?.find((o) => o.value === v)?.label ?? t('panel.valueUnknown')),
    Editor: ChoiceEditor,
  },
  dateRange: {
    labels: (r, { t }) => rangeLabel(t, r.from && noon(r.from), r.to && noon(r.to)),
    Editor: DateRangeEditor,
  },
  amountRange: {
    labels: (b, { t }) =>
      rangeLabel(t, b.min !== null ? formatMoney(b.min) : null, b.max !== null ? formatMoney(b.max) : null),
    Editor: AmountRangeEditor,
  },
  presence: {
    labels: (p, { t, key }) => (p ? [t(`presence.${key}.${p}`)] : []),
    Editor: PresenceEditor,
  },
  advanced: {
    labels: (opts, { t }) => opts.map((o) => t(`advanced.${o}`)),
    Editor: AdvancedEditor,
  },
};

/** The kind's UI for a filter, typed by the filter's key. */
export const filterUi = <K extends CaseFilterKey>(key: K): KindUi<FilterKindOf<K>> => FILTER_KIND_UI[filterKind(key)];
