import { DEFAULT_COUNTRY_CODE, joinPhone } from '@/api/contract/members';
import { SCHEMA_VERSION, type TableName } from './schema';

/**
 * Migrations of stored changes, one step per schema version: `STEPS[n]` turns a row stored under
 * version n into one of version n + 1 (return undefined when it cannot be kept). A change stored under
 * an older version is migrated on load instead of discarding every demo edit; the checks of `rows.ts`
 * then decide whether the migrated row is kept.
 */
type Step = (table: TableName, row: unknown) => unknown;

/** NOK (a float, as stored before version 6) → øre; anything else is left for the row checks to refuse. */
const toOre = (nok: unknown): unknown =>
  typeof nok === 'number' && Number.isFinite(nok) ? Math.round(nok * 100) : nok;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const mapArray = (x: unknown, f: (o: Obj) => Obj): unknown =>
  Array.isArray(x) ? x.map((o) => (isObj(o) ? f(o) : o)) : x;

/**
 * 5 → 6: money moves from NOK floats to øre integers. 10000.300000000001 (the float sum of 10 000,10 and
 * 0,20) becomes 1000030 øre. A migrated amount above MAX_AMOUNT_ORE fails the row check and is dropped.
 */
function amountsToOre(table: TableName, row: unknown): unknown {
  if (!isObj(row)) return row;
  switch (table) {
    case 'portals':
      return { ...row, defaultBudgetLimit: toOre(row.defaultBudgetLimit) };
    case 'users': {
      const limit = row.budgetLimit;
      return isObj(limit) && limit.mode === 'custom'
        ? { ...row, budgetLimit: { ...limit, amount: toOre(limit.amount) } }
        : row;
    }
    case 'cases':
      return {
        ...row,
        tasks: mapArray(row.tasks, (t) => ({
          ...t,
          budget: isObj(t.budget) ? { ...t.budget, amount: toOre(t.budget.amount) } : t.budget,
          workItems: mapArray(t.workItems, (w) => ({ ...w, amount: toOre(w.amount) })),
        })),
      };
    case 'rfqs':
      return {
        ...row,
        invitations: mapArray(row.invitations, (i) =>
          isObj(i.answer) ? { ...i, answer: { ...i.answer, amount: toOre(i.answer.amount) } } : i,
        ),
      };
    case 'logs':
      // "Budsjett på {{amount}} …": the amount a log line names.
      return isObj(row.params) && typeof row.params.amount === 'number'
        ? { ...row, params: { ...row.params, amount: toOre(row.params.amount) } }
        : row;
    case 'reports':
      return { ...row, lines: mapArray(row.lines, (l) => ({ ...l, budgetTotal: toOre(l.budgetTotal) })) };
    default:
      return row;
  }
}

export const STEPS: Record<number, Step> = {
  5: amountsToOre,
  /**
   * 6 → 7: members' mobile numbers are E.164 (issue 8). "+47 912 34 567" becomes "+4791234567"; a number
   * stored without a country code (the old form allowed "91234567") gets +47, the portal's default. A number
   * that is still not E.164 fails the row check (rows.ts) and the row is dropped and named.
   */
  6: (table, row) => {
    if (table !== 'users' || !isObj(row)) return row;
    const e164 = (v: unknown) => (typeof v === 'string' ? joinPhone(DEFAULT_COUNTRY_CODE, v) : v);
    return { ...row, mobile: e164(row.mobile), securityMobile: e164(row.securityMobile) };
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
