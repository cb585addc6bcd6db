import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADVANCED_OPTIONS,
  CASE_FILTER_KIND,
  CaseStatus,
  DAMAGE_TYPES,
  parseAmount,
  type AdvancedOption,
  type CaseFilterKey,
  type CaseFilterOptions,
  type CaseFilterValue,
  type ChoiceFilterKey,
  type DateRangeFilterKey,
  type FilterOption,
  type Presence,
  type PresenceFilterKey,
} from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Checkbox, TextField } from '@/components/ui/Field';
import { DateField } from '@/components/ui/DateField';
import { ErrorState, Loading } from '@/components/ui/States';
import type { FilterOptionsState } from './api';

/** Whether a choice filter's values come from GET /cases/filter-options (the rest are fixed lists). */
export const isServerChoice = (key: ChoiceFilterKey) => key !== 'status' && key !== 'damageType';

/** The values a choice filter offers: fixed lists are labelled here, the rest come from GET /cases/filter-options. */
export function useChoiceOptions(options: CaseFilterOptions | undefined) {
  const { t } = useTranslation('caseList');
  return (key: ChoiceFilterKey): FilterOption[] => {
    if (key === 'status') return CaseStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }));
    if (key === 'damageType') return DAMAGE_TYPES.map((d) => ({ value: d, label: t(`damageType.${d}`) }));
    return options?.[key] ?? [];
  };
}

const SEARCH_FROM = 8;

function ChoiceEditor({ name, options, selected, onChange }: { name: string; options: FilterOption[]; selected: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation('caseList');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const s = search.trim().toLocaleLowerCase('nb');
    return s ? options.filter((o) => `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase('nb').includes(s)) : options;
  }, [options, search]);
  const toggle = (v: string, on: boolean) => onChange(on ? [...selected, v] : selected.filter((x) => x !== v));
  if (options.length === 0) return <p>{t('editor.noOptions')}</p>;
  return (
    <>
      {options.length > SEARCH_FROM && (
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
  );
}

interface FilterEditorProps {
  filterKey: CaseFilterKey;
  filter: CaseFilterValue;
  options: FilterOptionsState;
  onApply: (next: CaseFilterValue) => void;
  onClose: () => void;
}

/** "Rediger" (and a new filter from "Legg til filter"): one dialog per filter kind; Bruk applies, Avbryt leaves it. */
export function FilterEditor({ filterKey, filter, options, onApply, onClose }: FilterEditorProps) {
  const { t } = useTranslation('caseList');
  const name = t(`filters.${filterKey}`);
  const kind = CASE_FILTER_KIND[filterKey];
  const choiceOptions = useChoiceOptions(options.data);
  const radioName = useId();

  const [choices, setChoices] = useState<string[]>(() => (kind === 'choice' ? (filter.choices[filterKey as ChoiceFilterKey] ?? []) : []));
  const range = kind === 'dateRange' ? filter.ranges[filterKey as DateRangeFilterKey] : undefined;
  const [from, setFrom] = useState(range?.from ?? '');
  const [to, setTo] = useState(range?.to ?? '');
  const [min, setMin] = useState(filter.budget?.min != null ? String(filter.budget.min) : '');
  const [max, setMax] = useState(filter.budget?.max != null ? String(filter.budget.max) : '');
  const [amountError, setAmountError] = useState<{ min?: string; max?: string }>({});
  const [presence, setPresence] = useState<Presence | null>(kind === 'presence' ? (filter.presence[filterKey as PresenceFilterKey] ?? null) : null);
  const [advanced, setAdvanced] = useState<AdvancedOption[]>(filter.advanced ?? []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: CaseFilterValue = {
      ...filter,
      choices: { ...filter.choices },
      ranges: { ...filter.ranges },
      presence: { ...filter.presence },
    };
    switch (kind) {
      case 'choice':
        next.choices[filterKey as ChoiceFilterKey] = choiceOptions(filterKey as ChoiceFilterKey)
          .map((o) => o.value)
          .filter((v) => choices.includes(v))
          .concat(choices.filter((v) => !choiceOptions(filterKey as ChoiceFilterKey).some((o) => o.value === v)));
        break;
      case 'dateRange':
        next.ranges[filterKey as DateRangeFilterKey] = { from: from || null, to: to || null };
        break;
      case 'amountRange': {
        const lo = min.trim() ? parseAmount(min) : null;
        const hi = max.trim() ? parseAmount(max) : null;
        const errors: { min?: string; max?: string } = {};
        if (min.trim() && (lo === null || lo < 0)) errors.min = t('common:validation.amountFormat');
        if (max.trim() && (hi === null || hi < 0)) errors.max = t('common:validation.amountFormat');
        if (errors.min || errors.max) {
          setAmountError(errors);
          return;
        }
        next.budget = { min: lo, max: hi };
        break;
      }
      case 'presence':
        next.presence[filterKey as PresenceFilterKey] = presence;
        break;
      case 'advanced':
        next.advanced = ADVANCED_OPTIONS.filter((o) => advanced.includes(o));
        break;
    }
    onApply(next);
  };

  return (
    <Dialog
      title={t('editor.title', { name })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button variant="primary" type="submit" form={`${radioName}-form`}>{t('editor.apply')}</Button>
        </>
      }
    >
      <form id={`${radioName}-form`} onSubmit={submit} noValidate className="filter-editor">
        {kind === 'choice' && (
          isServerChoice(filterKey as ChoiceFilterKey) && !options.data ? (
            options.isError ? <ErrorState error={options.error} onRetry={options.retry} ns="caseList" /> : <Loading />
          ) : (
            <ChoiceEditor name={name} options={choiceOptions(filterKey as ChoiceFilterKey)} selected={choices} onChange={setChoices} />
          )
        )}
        {kind === 'dateRange' && (
          <div className="filter-range">
            <DateField label={t('range.from')} value={from} onChange={setFrom} />
            <DateField label={t('range.to')} value={to} onChange={setTo} />
          </div>
        )}
        {kind === 'amountRange' && (
          <div className="filter-range">
            <TextField label={t('range.min')} inputMode="decimal" value={min} error={amountError.min} onChange={(e) => setMin(e.target.value)} />
            <TextField label={t('range.max')} inputMode="decimal" value={max} error={amountError.max} onChange={(e) => setMax(e.target.value)} />
          </div>
        )}
        {kind === 'presence' && (
          <fieldset className="filter-choices">
            <legend className="visually-hidden">{name}</legend>
            {(['with', 'without'] as const).map((p) => (
              <div className="checkbox" key={p}>
                <input
                  type="radio"
                  id={`${radioName}-${p}`}
                  name={radioName}
                  checked={presence === p}
                  onChange={() => setPresence(p)}
                />
                <label htmlFor={`${radioName}-${p}`}>{t(`presence.${filterKey}.${p}`)}</label>
              </div>
            ))}
          </fieldset>
        )}
        {kind === 'advanced' && (
          <fieldset className="filter-choices">
            <legend className="visually-hidden">{name}</legend>
            {ADVANCED_OPTIONS.map((o) => (
              <Checkbox
                key={o}
                label={t(`advanced.${o}`)}
                checked={advanced.includes(o)}
                onChange={(e) => setAdvanced((cur) => (e.target.checked ? [...cur, o] : cur.filter((x) => x !== o)))}
              />
            ))}
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}
