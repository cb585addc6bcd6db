import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/Field';
import { PickOneDialog } from '@/components/ui/PickOneDialog';
import { formatKm } from '@/lib/format';

/** Which list the picker shows: the guide's "Vis anbefalte kontor ▼" drop-down (recommended / all). */
export type OfficeScope = 'recommended' | 'all';
export const OFFICE_SCOPES: readonly OfficeScope[] = ['recommended', 'all'];

/** An office as the server lists it for a "Tildel" choice, with its distance from the damage site. */
export interface OfficeChoice {
  id: string;
  name: string;
  distanceKm: number;
  /** The insurer's office categories, when the viewer may see them (Vis kontorkategorier). */
  categories?: readonly string[] | null;
}

export interface OfficePickDialogProps {
  /** What is assigned, shown after "Tildel: " in the title ("Ekstern saksbehandler", "Riving"). */
  subject: string;
  description?: ReactNode;
  scope: OfficeScope;
  onScopeChange: (scope: OfficeScope) => void;
  /** The server's list for the scope (recommended: nearest first; all: by name). */
  offices: readonly OfficeChoice[] | undefined;
  loading: boolean;
  loadError: unknown;
  onRetryLoad: () => void;
  /** What to say when the list is empty; the default names the other list. */
  emptyText?: Partial<Record<OfficeScope, ReactNode>>;
  /** The office filter by category ("Vis kontorkategorier"), when the viewer may use it. */
  categoryFilter?: { categories: readonly string[]; value: string; onChange: (category: string) => void } | undefined;
  initialOfficeId?: string | undefined;
  onSave: (officeId: string) => void;
  saving: boolean;
  saveError: unknown;
  onRetrySave: () => void;
  onPick?: () => void;
  onClose: () => void;
  startAction?: ReactNode;
  errorNs?: string;
  /** More fields below the office (the role's "Til og med" date), and whether LAGRE sends an unchanged office. */
  after?: ReactNode;
  saveUnchanged?: boolean;
}

/** "(15.3 km) Hans & Jørn Servicepartner - Oslo", as the guide shows an office in the list. */
export function useOfficeLabel() {
  const { t } = useTranslation();
  return (o: OfficeChoice) =>
    o.categories?.length
      ? t('officePicker.optionWithCategories', {
          km: formatKm(o.distanceKm),
          name: o.name,
          categories: o.categories.join(', '),
        })
      : t('officePicker.option', { km: formatKm(o.distanceKm), name: o.name });
}

/**
 * The one office picker ("Tildel") for the external case handler role and for a task: the guide's
 * "Vis anbefalte kontor ▼" drop-down (recommended / all), both marked Obligatorisk, then the office
 * ("(15.3 km) Office"), AVBRYT / LAGRE. Which offices are recommended is the server's rule; the picker
 * only shows the list it is given.
 */
export function OfficePickDialog({
  subject,
  scope,
  onScopeChange,
  offices,
  categoryFilter,
  emptyText,
  initialOfficeId,
  ...rest
}: OfficePickDialogProps) {
  const { t } = useTranslation();
  const officeLabel = useOfficeLabel();
  return (
    <PickOneDialog
      {...rest}
      title={t('officePicker.title', { subject })}
      label={t('officePicker.office')}
      placeholder={t('officePicker.placeholder')}
      options={offices?.map((o) => ({ id: o.id, label: officeLabel(o) }))}
      emptyText={
        emptyText?.[scope] ?? t(scope === 'recommended' ? 'officePicker.emptyRecommended' : 'officePicker.emptyAll')
      }
      initialValue={initialOfficeId}
      fieldName="officeId"
      before={
        <>
          <SelectField
            label={t('officePicker.scope')}
            hint={t('pickOne.required')}
            required
            value={scope}
            onChange={(e) => onScopeChange(e.target.value === 'all' ? 'all' : 'recommended')}
          >
            {OFFICE_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`officePicker.scopes.${s}`)}
              </option>
            ))}
          </SelectField>
          {categoryFilter && (
            <SelectField
              label={t('officePicker.category')}
              value={categoryFilter.value}
              onChange={(e) => categoryFilter.onChange(e.target.value)}
            >
              <option value="">{t('officePicker.allCategories')}</option>
              {categoryFilter.categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
          )}
        </>
      }
    />
  );
}
