import { SCHEMA_VERSION, type TableName } from './schema';

/**
 * Migrations of stored changes, one step per schema version: `STEPS[n]` turns a row stored under
 * version n into one of version n + 1 (return undefined when it cannot be kept). A change stored under
 * an older version is migrated on load instead of discarding every demo edit; the checks of `rows.ts`
 * then decide whether the migrated row is kept.
 */
type Step = (table: TableName, row: unknown) => unknown;

export const STEPS: Record<number, Step> = {};

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
