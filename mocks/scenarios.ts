/**
 * Demo scenarios: the bad-day states a user meets, each reachable by URL so that it can be opened, linked
 * and captured (issue 13). `?scenario=closed-case` (read at page load, like `?mockLatency` in ./chaos.ts)
 * makes the mock backend answer as if the state were true, for that page load only: nothing is stored,
 * the next page load without the parameter is back to the demo data as it is.
 *
 * How a scenario acts, always in the handler wrapper (mocks/handlers/http.ts `route()`), so that the
 * handlers and the rules run unchanged on what the scenario shows them:
 * - `refusal`: an answer that stands for the handler's (a delay first for `slow`);
 * - `view`: the store as the handlers see it for this request, a read-only overlay (rows mapped or
 *   hidden from lists; direct lookups by id still work, so the signed-in user stays signed in).
 * Signing in (`/auth/*`) and the demo panel's own calls (`noChaos`) are never affected.
 */
import type { Db } from './db';

export const SCENARIOS = {
  'no-eligible-office':
    'No office has an active user flagged as external case handler: the "Tildel" lists are empty and a save is refused (422).',
  'closed-case': 'Every case reads as closed (Lukket): its actions are gone and work on it is refused (409).',
  'over-limit':
    'Every budget approval limit is the smallest amount: every budget is over the limit (the API answers 403 naming it).',
  conflict: 'Every save answers 409: someone else changed the same thing first.',
  'empty-list': 'Every list is empty: case list, dashboard, notifications, members, report rows.',
  slow: 'Every answer takes 4 seconds: the loading states.',
  failing: 'Every answer fails with 503 (the service does not answer), except signing in and the demo panel.',
} as const satisfies Record<string, string>;

export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];
export const SLOW_SCENARIO_MS = 4_000;

export const isScenarioId = (v: unknown): v is ScenarioId => typeof v === 'string' && Object.hasOwn(SCENARIOS, v);

let current: ScenarioId | null = null;

/** Reads `?scenario=` of this page load (an unknown or missing value means none). */
export function readScenarioFromLocation(search: string) {
  const v = new URLSearchParams(search).get('scenario');
  current = isScenarioId(v) ? v : null;
}

export function setScenario(id: ScenarioId | null) {
  current = id;
}

export const getScenario = (): ScenarioId | null => current;

/** Routes a scenario never touches: signing in and out, the session. */
const exempt = (path: string) => path.startsWith('/auth/');

/**
 * Before the handler: waits for `slow`, and returns the refusal that answers instead of the handler
 * (`failing`: 503; `conflict`: 409 on every write), or null to go on.
 */
export async function scenarioRefusal(
  method: string,
  path: string,
  scenario = current,
): Promise<{ status: number; code: string } | null> {
  if (!scenario || exempt(path)) return null;
  if (scenario === 'slow') await new Promise((r) => setTimeout(r, SLOW_SCENARIO_MS));
  if (scenario === 'failing') return { status: 503, code: 'unavailable' };
  if (scenario === 'conflict' && method !== 'get') return { status: 409, code: 'stale_version' };
  return null;
}

type AnyTable = Db[keyof Db] & { get(id: string): unknown; all(): readonly unknown[] };
interface Overlay<T> {
  /** How each row reads, looked up by id and in lists. */
  map?: (row: T) => T;
  /** How each row reads in lists only (all/where/find), not looked up by id. */
  mapInLists?: (row: T) => T;
  /** Lists (all/where/find/size, the rows array of the columns) are empty; `get(id)` still finds the row. */
  hideFromLists?: boolean;
}

function overlayTable<T>(table: AnyTable, o: Overlay<T>) {
  const map = (r: T) => (o.map ? o.map(r) : r);
  const inList = (r: T) => (o.mapInLists ? o.mapInLists(map(r)) : map(r));
  const list = (): T[] => (o.hideFromLists ? [] : (table.all() as T[]).map(inList));
  return new Proxy(table, {
    get(target, prop) {
      switch (prop) {
        case 'get':
          return (id: string) => {
            const r = target.get(id) as T | undefined;
            return r === undefined ? r : map(r);
          };
        case 'all':
        case 'rowsSoFar':
          return list;
        case 'at':
          return (position: number) => list()[position];
        case 'partlyMade':
          return false;
        case 'where':
          return (pred: (row: T) => boolean) => list().filter(pred);
        case 'find':
          return (pred: (row: T) => boolean) => list().find(pred);
        case 'size':
          return o.hideFromLists ? 0 : target.all().length;
        default: {
          const v: unknown = Reflect.get(target, prop, target);
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
      }
    },
  });
}

type Row<K extends keyof Db> = Db[K] extends { get(id: string): infer R | undefined } ? R : never;
type Overlays = { [K in keyof Db]?: Overlay<Row<K>> };

function overlaysOf(scenario: ScenarioId): Overlays | null {
  switch (scenario) {
    case 'closed-case':
      return {
        cases: {
          map: (c) =>
            c.status === 'open' || c.status === 'on_hold'
              ? { ...c, status: 'closed', closeReason: c.closeReason ?? 'normal' }
              : c,
        },
      };
    case 'no-eligible-office':
      // Nobody is flagged in the lists the eligibility rules read; the signed-in user (read by id) is unchanged.
      return { users: { mapInLists: (u) => (u.externalCaseHandler ? { ...u, externalCaseHandler: false } : u) } };
    case 'over-limit':
      return {
        portals: { map: (p) => ({ ...p, defaultBudgetLimit: 1 }) },
        users: {
          map: (u) => (u.budgetLimit.mode === 'custom' ? { ...u, budgetLimit: { mode: 'custom', amount: 1 } } : u),
        },
      };
    case 'empty-list':
      return { cases: { hideFromLists: true }, notifications: { hideFromLists: true }, users: { hideFromLists: true } };
    default:
      return null;
  }
}

const views = new WeakMap<Db, Map<ScenarioId, Db>>();

/** The store as the handler of `path` sees it under the scenario (the store itself when none applies). */
export function scenarioView(d: Db, path: string, scenario = current): Db {
  if (!scenario || exempt(path)) return d;
  const overlays = overlaysOf(scenario);
  if (!overlays) return d;
  let byScenario = views.get(d);
  if (!byScenario) views.set(d, (byScenario = new Map()));
  let view = byScenario.get(scenario);
  if (!view) {
    const tables = new Map(
      Object.entries(overlays).map(([name, o]) => [
        name,
        overlayTable(d[name as keyof Db] as AnyTable, o as Overlay<unknown>),
      ]),
    );
    view = new Proxy(d, {
      get: (target, prop) =>
        typeof prop === 'string' && tables.has(prop) ? tables.get(prop) : Reflect.get(target, prop, target),
    });
    byScenario.set(scenario, view);
  }
  return view;
}
