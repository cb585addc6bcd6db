import { SharedStore, StorageFullError, type LoadOutcome, type StoreOptions } from './shared';
import { DEFAULT_SEED, type SeedConfig } from './seed';
import type { Db } from './store';
import type { DroppedRow } from './rows';

export { IDS, DEMO_PASSWORD } from './ids';
export type { Db } from './store';
export type { SeedConfig } from './seed';
export type { DroppedRow } from './rows';
export { DEFAULT_SEED, SEED_NOW } from './seed';
export { SharedStore, StorageFullError, SeedConfigSchema } from './shared';

/**
 * The store of this page (or worker). `await initDb()` opens it (IndexedDB, shared with the other tabs);
 * after that, `db()` gives the in-memory tables synchronously. Before it is opened, `db()` gives a
 * memory-only store from the default seed (unit tests of pure rules).
 */
let store: SharedStore | null = null;
let opening: Promise<SharedStore> | null = null;
let defaults: StoreOptions = {};

export function initDb(options: StoreOptions = defaults): Promise<SharedStore> {
  opening ??= SharedStore.open(options).then((s) => {
    store = s;
    return s;
  });
  return opening;
}

/**
 * Closes the store and opens it again with these options. The jsdom tests of screens run on the
 * memory-only store (fake-indexeddb needs many macrotask turns per transaction, and busy screens starve
 * them); the store's own tests, and the tests of full storage and broken data, open it on IndexedDB.
 */
export async function openDb(options: StoreOptions = {}): Promise<SharedStore> {
  const old = opening ? await opening : null;
  old?.close();
  store = null;
  opening = null;
  defaults = options;
  return initDb(options);
}

/** The opened store (opening it when needed). */
export const sharedStore = (): Promise<SharedStore> => initDb();

/** The tables the handlers read and write. */
export function db(): Db {
  store ??= SharedStore.memory();
  return store.db;
}

/** "Tilbakestill demodata": forget every change, in every tab, and seed again (optionally with another size). */
export async function resetDb(config?: SeedConfig, origin?: string): Promise<Db> {
  const s = await initDb();
  return s.reset(config ?? s.db.seedConfig ?? DEFAULT_SEED, origin);
}

/** Rebuilds memory from what is stored, as a reload of the page does. */
export async function reloadDb(): Promise<Db> {
  const s = await initDb();
  return s.reload();
}

export interface DbStatus {
  outcome: LoadOutcome;
  storageProblem: 'quota' | null;
  dropped: DroppedRow[];
  caseCount: number;
  seedConfig: SeedConfig;
}

export function dbStatus(): DbStatus {
  const s = store ?? SharedStore.memory();
  return {
    outcome: s.outcome,
    storageProblem: s.storageProblem,
    dropped: s.dropped.slice(0, 50),
    caseCount: s.db.cases.size,
    seedConfig: s.db.seedConfig,
  };
}

/** Persists rows changed outside a request (a report job's progress). */
export function commitDb() {
  void store?.flushQuietly();
}

export const isStorageFull = (e: unknown): e is StorageFullError => e instanceof StorageFullError;
