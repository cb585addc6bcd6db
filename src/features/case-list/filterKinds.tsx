import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  AmountInput,
  ADVANCED_OPTIONS,
  CASE_FILTERS,
  filterKind,
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
import type { FilterOptionsState } from './api';
import { DateField } from '@/components/ui/DateField';

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
export function choiceOptions(key: CaseFilterKey, options: CaseFilterOptions | undefined, t: TFunction<'caseList'>): FilterOption[] | undefined {
  const definition = CASE_FILTERS[key];
  if (definition.kind !== 'choice') return undefined;
  if (definition.fixed) return definition.fixed.map((value) => ({ value, label: t(`${key}.${value}`) }));
  // Every choice filter without a fixed list has its values in CaseFilterOptions.
  return options?.[key as keyof CaseFilterOptions];
}

const noon = (day: string) => formatDate(`${day}T12:00:00Z`);

function rangeLabel(t: TFunction<'caseList'>, from: string | null, to: string | null): string[] {
  if (from === null && to === null) return [];
  const parts = [from !== null ? t('range.fromValue', { value: from }) : null, to !== null ? t('range.toValue', { value: to }) : null];
  return [parts.filter(Boolean).join(' ')];
}

const SEARCH_FROM = 8;

function ChoiceEditor({ filterKey, name, value, options, formId, onApply }: KindEditorProps<'choice'>) {
  const { t } = useTranslation('caseList');
  const [selected, setSelected] = useState(value);
  const [search, setSearch] = useState('');
  const all = choiceOptions(filterKey, options.data, t);
  const shown = useMemo(() => {
    const s = search.trim().toLocaleLowerCase('nb');
    return s && all ? all.filter((o) => `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase('nb').includes(s)) : all;
  }, [all, search]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The options' order; values the options no longer list (a link from elsewhere) are kept at the end.
    const known = (all ?? []).map((o) => o.value);
    onApply([...known.filter((v) => selected.includes(v)), ...selected.filter((v) => !known.includes(v))]);
  };
  const toggle = (v: string, on: boolean) => setSelected((cur) => (on ? [...cur, v] : cur.filter((x) => x !== v)));
  return (
    <form id={formId} onSubmit={submit} noValidate className="filter-editor">
      {!all || !shown ? (
        options.isError ? <ErrorState error={options.error} onRetry={options.retry} ns="caseList" /> : <Loading />
      ) : all.length === 0 ? (
        <p>{t('editor.noOptions')}</p>
      ) : (
        <>
          {all.length > SEARCH_FROM && (
            <TextField label={t('editor.search', { name })} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
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

function DateRangeEditor({ value, formId, onApply }: KindEditorProps<'dateRange'>) {
  const { t } = useTranslation('caseList');
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ from: from || null, to: to || null });
  };
  return (
    <form id={formId} onSubmit={submit} noValidate className="filter-editor">
      <div className="filter-range">
        <DateField label={t('range.from')} value={from} onChange={setFrom} />
        <DateField label={t('range.to')} value={to} onChange={setTo} />
      </div>
    </form>
  );
}

function AmountRangeEditor({ value, formId, onApply }: KindEditorProps<'amountRange'>) {
  const { t } = useTranslation('caseList');
  const [min, setMin] = useState(value.min !== null ? formatAmountInput(value.min) : '');
  const [max, setMax] = useState(value.max !== null ? formatAmountInput(value.max) : '');
  const [errors, setErrors] = useState<{ min?: string; max?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The contract's amount field: NOK as typed -> øre, with its own messages (format, negative, too large).
    const read = (text: string) => {
      if (!text.trim()) return { ore: null };
      const r = AmountInput.safeParse(text);
      return r.success ? { ore: r.data } : { error: t(`common:${r.error.issues[0]?.message ?? 'validation.amountFormat'}`) };
    };
    const lo = read(min);
    const hi = read(max);
    setErrors({ min: lo.error, max: hi.error });
    if (lo.error || hi.error) return;
    onApply({ min: lo.ore ?? null, max: hi.ore ?? null });
  };
  return (
    <form id={formId} onSubmit={submit} noValidate className="filter-editor">
      <div className="filter-range">
        <TextField label={t('range.min')} inputMode="decimal" value={min} error={errors.min} onChange={(e) => setMin(e.target.value)} />
        <TextField label={t('range.max')} inputMode="decimal" value={max} error={errors.max} onChange={(e) => setMax(e.target.value)} />
      </div>
    </form>
  );
}

function PresenceEditor({ filterKey, name, value, formId, onApply }: KindEditorProps<'presence'>) {
  const { t } = useTranslation('caseList');
  const radioName = useId();
  const [presence, setPresence] = useState(value);
  return (
    <form id={formId} onSubmit={(e) => { e.preventDefault(); onApply(presence); }} noValidate className="filter-editor">
      <fieldset className="filter-choices">
        <legend className="visually-hidden">{name}</legend>
        {(['with', 'without'] as const).map((p) => (
          <div className="checkbox" key={p}>
            <input type="radio" id={`${radioName}-${p}`} name={radioName} checked={presence === p} onChange={() => setPresence(p)} />
            <label htmlFor={`${radioName}-${p}`}>{t(`presence.${filterKey}.${p}`)}</label>
          </div>
        ))}
      </fieldset>
    </form>
  );
}

function AdvancedEditor({ name, value, formId, onApply }: KindEditorProps<'advanced'>) {
  const { t } = useTranslation('caseList');
  const [ticked, setTicked] = useState(value);
  return (
    <form id={formId} onSubmit={(e) => { e.preventDefault(); onApply(ADVANCED_OPTIONS.filter((o) => ticked.includes(o))); }} noValidate className="filter-editor">
      <fieldset className="filter-choices">
        <legend className="visually-hidden">{name}</legend>
        {ADVANCED_OPTIONS.map((o) => (
          <Checkbox
            key={o}
            label={t(`advanced.${o}`)}
            checked={ticked.includes(o)}
            onChange={(e) => setTicked((cur) => (e.target.checked ? [...cur, o] : cur.filter((x) => x !== o)))}
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
      values.length && !choices ? [t('panel.valuePending')] : values.map((v) => choices?.find((o) => o.value === v)?.label ?? t('panel.valueUnknown')),
    Editor: ChoiceEditor,
  },
  dateRange: {
    labels: (r, { t }) => rangeLabel(t, r.from && noon(r.from), r.to && noon(r.to)),
    Editor: DateRangeEditor,
  },
  amountRange: {
    labels: (b, { t }) => rangeLabel(t, b.min !== null ? formatMoney(b.min) : null, b.max !== null ? formatMoney(b.max) : null),
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
