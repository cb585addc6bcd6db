import { memo, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activeFilterKeys,
  CASE_FILTER_KEYS,
  filterValueCount,
  resetFilter,
  withoutFilter,
  type CaseFilterKey,
  type CaseFilterOptions,
  type CaseFilterValue,
  type FilterMatch,
} from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { MenuButton } from '@/components/ui/Menu';
import type { FilterOptionsState } from './api/getFilterOptions';
import { FilterEditor } from './FilterEditor';
import { choiceOptions, filterUi } from './filterKinds';

/** The values of an added filter as the panel lists them, by its kind's `labels`. */
function useValueLabels(options: CaseFilterOptions | undefined) {
  const { t } = useTranslation('caseList');
  return <K extends CaseFilterKey>(f: CaseFilterValue, key: K): string[] => {
    const value = f.values[key];
    if (value === undefined) return [];
    return filterUi(key).labels(value, { key, t, choices: choiceOptions(key, options, t) });
  };
}

function FilterGroup({
  filterKey,
  filter,
  labels,
  onEdit,
  onChange,
  onDelete,
}: {
  filterKey: CaseFilterKey;
  filter: CaseFilterValue;
  labels: string[];
  onEdit: () => void;
  onChange: (change: FilterChange) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('caseList');
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const name = t(`filters.${filterKey}`);
  const count = filterValueCount(filter, filterKey);
  return (
    <li className="filter-group">
      <div className="filter-group-head">
        <h3>
          <button
            type="button"
            className="filter-group-toggle"
            data-filter-key={filterKey}
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">{open ? '▼' : '▶'}</span> {t('panel.groupHeading', { name, count })}
          </button>
        </h3>
        <Button
          variant="link"
          aria-label={t('panel.resetLabel', { name })}
          onClick={() => onChange((f) => resetFilter(f, filterKey))}
        >
          {t('panel.reset')}
        </Button>
      </div>
      <div id={bodyId} hidden={!open} className="filter-group-body">
        {labels.length ? (
          <ul className="filter-values">
            {labels.map((l, i) => (
              <li key={`${i}-${l}`}>{l}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('panel.noValue')}</p>
        )}
        <div className="filter-group-actions">
          <Button variant="link" aria-label={t('panel.editLabel', { name })} onClick={onEdit}>
            {t('panel.edit')}
          </Button>
          <span aria-hidden="true"> | </span>
          <Button variant="link" aria-label={t('panel.deleteLabel', { name })} onClick={onDelete}>
            {t('panel.delete')}
          </Button>
        </div>
      </div>
    </li>
  );
}

/**
 * A change of the filters, from the filters it applies to: the list may still be waiting for an earlier
 * change's answer (CaseListPage), and a change builds on that one rather than on the filters on screen.
 */
export type FilterChange = (filter: CaseFilterValue) => CaseFilterValue;

interface FilterPanelProps {
  filter: CaseFilterValue;
  options: FilterOptionsState;
  onChange: (change: FilterChange) => void;
}

/**
 * Where focus goes when something above the groups disappears ("Slett"): the toggle of the group `after`
 * (or the first group), else "Legg til filter". Both stay mounted across the removal, so focus never drops to <body>.
 */
export function focusFilterPanel(root: HTMLElement | null, after?: CaseFilterKey) {
  if (!root) return;
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter-key]')];
  const next = after === undefined ? toggles[0] : toggles[toggles.findIndex((b) => b.dataset.filterKey === after) + 1];
  // "Legg til filter" is the panel's only menu button.
  (next ?? root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]'))?.focus();
}

/**
 * The guide's filter panel: one group per added filter, "Legg til filter", and "Vis saker som inneholder den valgte av".
 * Memoised: the case list renders again for every answer and every "Oppdaterer …", the panel only when its filter or options change.
 */
export const FilterPanel = memo(function FilterPanel({ filter, options, onChange }: FilterPanelProps) {
  const { t } = useTranslation('caseList');
  const [editing, setEditing] = useState<CaseFilterKey | null>(null);
  const labelsOf = useValueLabels(options.data);
  const panelRef = useRef<HTMLElement>(null);
  const active = activeFilterKeys(filter);
  const matchName = useId();
  const headingId = useId();

  const setMatch = (match: FilterMatch) => onChange((f) => ({ ...f, match }));

  return (
    <section ref={panelRef} className="filter-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('panel.label')}
      </h2>
      {active.length > 0 && (
        <ul className="filter-groups">
          {active.map((key) => (
            <FilterGroup
              key={key}
              filterKey={key}
              filter={filter}
              labels={labelsOf(filter, key)}
              onEdit={() => setEditing(key)}
              onChange={onChange}
              onDelete={() => {
                focusFilterPanel(panelRef.current, key);
                onChange((f) => withoutFilter(f, key));
              }}
            />
          ))}
        </ul>
      )}
      <MenuButton
        label={t('panel.addFilter')}
        icon={
          <>
            {t('panel.addFilter')} <span aria-hidden="true">▾</span>
          </>
        }
        items={CASE_FILTER_KEYS.map((key) => ({ label: t(`filters.${key}`), onSelect: () => setEditing(key) }))}
      />
      <fieldset className="filter-match">
        <legend>{t('panel.match')}</legend>
        {(['all', 'any'] as const).map((m) => (
          <span className="filter-match-option" key={m}>
            <input
              type="radio"
              id={`${matchName}-${m}`}
              name={matchName}
              checked={filter.match === m}
              onChange={() => setMatch(m)}
            />
            <label htmlFor={`${matchName}-${m}`}>{t(m === 'all' ? 'panel.matchAll' : 'panel.matchAny')}</label>
          </span>
        ))}
      </fieldset>
      {editing && (
        <FilterEditor
          filterKey={editing}
          filter={filter}
          options={options}
          onClose={() => setEditing(null)}
          onApply={(change) => {
            setEditing(null);
            onChange(change);
          }}
        />
      )}
    </section>
  );
});
