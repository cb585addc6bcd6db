import { createDb, loadDb, persistDb, STORAGE_KEY, type Db, type LoadOutcome } from './store';
import { DEFAULT_SEED, type SeedConfig } from './seed';

export { IDS, DEMO_PASSWORD } from './ids';
export type { Db } from './store';
export type { SeedConfig } from './seed';
export { DEFAULT_SEED, SEED_NOW } from './seed';

let current: Db | null = null;
let lastOutcome: LoadOutcome = 'fresh';
let storageProblem: 'quota' | null = null;

const storage = (): Storage | undefined => globalThis.localStorage;

/** The store the handlers read and write. Created lazily from storage on first use. */
export function db(): Db {
  if (!current) {
    const { db: d, outcome } = loadDb(storage());
    current = d;
    lastOutcome = outcome;
  }
  return current;
}

/** Called by the handler wrapper after every successful write. */
export function commitDb() {
  if (!current) return;
  storageProblem = persistDb(current, storage()) === 'quota' ? 'quota' : null;
}

/** "Tilbakestill demodata": forget every change and seed again (optionally with another size). */
export function resetDb(config: SeedConfig = current?.seedConfig ?? DEFAULT_SEED): Db {
  storage()?.removeItem(STORAGE_KEY);
  current = createDb(config);
  lastOutcome = 'fresh';
  commitDb();
  return current;
}

/** Simulates a page reload: rebuild the store from what was persisted. */
export function reloadDb(): Db {
  current = null;
  return db();
}

export function dbStatus() {
  const d = db();
  return { outcome: lastOutcome, storageProblem, caseCount: d.cases.size, seedConfig: d.seedConfig };
}
