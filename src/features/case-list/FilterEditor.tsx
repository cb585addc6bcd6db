import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { filterDefinition, withFilterValue, type CaseFilterKey, type CaseFilterValue } from '@/api/contract';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import type { FilterOptionsState } from './api/getFilterOptions';
import { filterUi } from './filterKinds';
import type { FilterChange } from './FilterPanel';

interface FilterEditorProps<K extends CaseFilterKey> {
  filterKey: K;
  filter: CaseFilterValue;
  options: FilterOptionsState;
  onApply: (change: FilterChange) => void;
  onClose: () => void;
}

/**
 * "Rediger" (and a new filter from "Legg til filter"): the dialog around the editor of the filter's kind
 * (filterKinds.tsx), which starts from the filter's value (or its empty value); Bruk applies, Avbryt leaves it.
 */
export function FilterEditor<K extends CaseFilterKey>({
  filterKey,
  filter,
  options,
  onApply,
  onClose,
}: FilterEditorProps<K>) {
  const { t } = useTranslation('caseList');
  const name = t(`filters.${filterKey}`);
  const formId = `${useId()}-form`;
  const { Editor } = filterUi(filterKey);
  const value = filter.values[filterKey] ?? filterDefinition(filterKey).empty();

  return (
    <Dialog
      title={t('editor.title', { name })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('editor.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId}>
            {t('editor.apply')}
          </Button>
        </>
      }
    >
      <Editor
        filterKey={filterKey}
        name={name}
        value={value}
        options={options}
        formId={formId}
        onApply={(v) => onApply((f) => withFilterValue(f, filterKey, v))}
      />
    </Dialog>
  );
}
