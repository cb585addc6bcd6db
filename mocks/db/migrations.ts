import { DEFAULT_COUNTRY_CODE, joinPhone } from '@/api/contract/members';
import { SCHEMA_VERSION, type TableName } from './schema';

/**
 * Migrations of stored changes, one step per schema version: `STEPS[n]` turns a row stored under
 * version n into one of version n + 1 (return undefined when it cannot be kept). A change stored under
 * an older version is migrated on load instead of discarding every demo edit; the checks of `rows.ts`
 * then decide whether the migrated row is kept.
 */
type Step = (table: TableName, row: unknown) => unknown;

export const STEPS: Record<number, Step> = {
  /**
   * 5 → 6: members' mobile numbers are E.164 (issue 8). "+47 912 34 567" becomes "+4791234567"; a number
   * stored without a country code (the old form allowed "91234567") gets +47, the portal's default. A number
   * that is still not E.164 fails the row check (rows.ts) and the row is dropped and named.
   */
  5: (table, row) => {
    if (table !== 'users' || typeof row !== 'object' || row === null) return row;
    const r = row as { mobile?: unknown; securityMobile?: unknown };
    const e164 = (v: unknown) => (typeof v === 'string' ? joinPhone(DEFAULT_COUNTRY_CODE, v) : v);
    return { ...r, mobile: e164(r.mobile), securityMobile: e164(r.securityMobile) };
  },
};

/** The row migrated from `from` to the current version; undefined when no path exists. */
export function migrateRow(from: number, table: TableName, row: unknown, steps: Record<number, Step> = STEPS): unknown {
  let r = row;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return undefined;
    if (r === null) continue;
    r = step(table, r);
    if (r === undefined) return undefined;
  }
  return r;
}
