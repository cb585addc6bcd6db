import type { EligibleOfficeScope, PartnerOffice, PartnerOfficeList } from '@/api/contract';
import type { Db } from '../db';
import type { CaseRow, OfficeRow } from '../db/schema';
import { distanceKm, roundKm } from '../rules/distance';
import { recommendedOfficeIds } from '../rules/officeRecommendation';
import { unprocessable } from './http';

/**
 * One answer for every office picker ("Tildel" of the role and "Tildel oppgaver til partnere"):
 * `{ offices, categories }`, each office with its great-circle distance from the damage site and whether the
 * one recommendation rule (mocks/rules/officeRecommendation.ts) recommends it. `recommended`: those only,
 * nearest first; `all`: every candidate, by name.
 */
export function officeChoices(
  d: Db,
  c: CaseRow,
  candidates: readonly OfficeRow[],
  opts: { scope: EligibleOfficeScope; showCategories: boolean; category?: string | null },
): PartnerOfficeList {
  const withDistance = candidates
    .map((o) => ({ o, km: distanceKm(c, o) }))
    .sort((a, b) => a.km - b.km || a.o.name.localeCompare(b.o.name, 'nb'));
  const recommended = recommendedOfficeIds(withDistance.map(({ o, km }) => ({ id: o.id, distanceKm: km })));
  const rows: PartnerOffice[] = withDistance
    .filter(({ o }) => opts.scope === 'all' || recommended.has(o.id))
    .filter(({ o }) => !opts.category || o.categories.includes(opts.category))
    .map(({ o, km }) => ({
      id: o.id,
      name: o.name,
      companyName: d.companies.get(o.companyId)?.name ?? '',
      city: o.city,
      distanceKm: roundKm(km),
      recommended: recommended.has(o.id),
      categories: opts.showCategories ? o.categories : null,
    }));
  if (opts.scope === 'all') rows.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const categories = opts.showCategories
    ? [...new Set(candidates.flatMap((o) => o.categories))].sort((a, b) => a.localeCompare(b, 'nb'))
    : null;
  return { offices: rows, categories };
}

/** `?scope=recommended|all` (default recommended); the task picker's older `?all=true` still means all. */
export function scopeOf(url: URL): EligibleOfficeScope {
  if (url.searchParams.get('all') === 'true') return 'all';
  const raw = url.searchParams.get('scope') ?? 'recommended';
  if (raw !== 'recommended' && raw !== 'all') throw unprocessable({ scope: { code: 'validation.invalid' } });
  return raw;
}
