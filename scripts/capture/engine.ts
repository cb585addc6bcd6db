/**
 * The one capture engine behind `npm run screens`, `npm run review` and the layout browser test
 * (test/e2e/layout.e2e.ts): it opens an entry of the catalog (./catalog.ts) in Chromium on the
 * production build, as the entry's account, at a width and in a language, optionally after a step of the
 * guide's story and under a demo scenario (`?scenario=…`, mocks/scenarios.ts), and leaves the page ready
 * to be checked or photographed.
 *
 * How it stays fast and repeatable:
 * - each (account, story point, language) has one browser context, created from a saved `storageState`:
 *   the signed-in session and the demo data as they were at that point of the story. Each account signs
 *   in once per story point, never once per capture; each capture is a new page of that context, loading
 *   exactly one URL (a second full load in one page races MSW's worker, see test/e2e/assign-role.e2e.ts),
 *   so the app's files come from the context's HTTP cache after the first capture. Scenarios store
 *   nothing, and no step confirms a change, so captures sharing a context do not change each other;
 * - the page clock is pinned (`clock.setFixedTime(DEMO_NOW)`) and the mock data comes from the fixed seed,
 *   so two runs of the same code give the same pixels;
 * - launch, build and preview come from test/e2e/browser.ts and test/e2e/global-setup.ts.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Locator } from 'playwright-core';
import { baseURL, launchBrowser, loginAs, newPage, recordProblems, type JourneyPage } from '../../test/e2e/browser.ts';
import { ensureFreshBuild, startPreview } from '../../test/e2e/global-setup.ts';
import type { ScenarioId } from '../../mocks/scenarios.ts';
import { translator, textPattern, type Lang, type T } from './texts.ts';

export type { Lang } from './texts.ts';
export type { ScenarioId } from '../../mocks/scenarios.ts';

/** The widths the issue asks for: phone, small laptop, desktop. */
export const WIDTHS = [390, 1024, 1280] as const;
export type Width = (typeof WIDTHS)[number];
export const PHONE: Width = 390;
export const DESKTOP: Width = 1280;
const HEIGHTS: Record<Width, number> = { 390: 844, 1024: 768, 1280: 800 };
export const viewportOf = (width: Width) => ({ width, height: HEIGHTS[width] });

/** The demo's pinned "now": an hour after the seed's own clock (mocks/db/seed.ts SEED_NOW, 2026-11-20 09:00 UTC). */
export const DEMO_NOW = new Date('2026-11-20T10:00:00Z');

/** Prepended to the backend worker's script: `Date.now()` and `new Date()` give DEMO_NOW (like clock.setFixedTime). */
const PIN_WORKER_CLOCK = `{ const FIXED = ${DEMO_NOW.getTime()}; const RealDate = Date;
  class PinnedDate extends RealDate { constructor(...a) { super(...(a.length ? a : [FIXED])); } static now() { return FIXED; } }
  globalThis.Date = PinnedDate; }`;

const TOKEN_KEY = 'saksportal.session.token'; // src/api/client.ts
const LANG_KEY = 'saksportal.lang'; // src/lib/i18n.ts

export type Account =
  | 'plattform@saksportal.test'
  | 'admin@jorn6.test'
  | 'saksbehandler@jorn6.test'
  | 'kontor@hansjorn.test'
  | 'jorn.service@hansjorn.test'
  | 'handverker@hansjorn.test';

/** What a step gets: the page, the texts of the page's language, and a pattern for a text with placeholders. */
export interface StepContext {
  page: JourneyPage;
  lang: Lang;
  t: T;
  /** `re('members:list.actionsFor')`: the text as a whole-string RegExp, placeholders matching anything. */
  re: (key: string) => RegExp;
}

/** A point in the guide's story (e.g. "the case handler has given the role to the office"). */
export interface StoryStep {
  id: string;
  /** Who does it. */
  account: Account;
  /** What they do, starting signed in on the landing page (navigate with `go`). */
  run: (s: StepContext) => Promise<void>;
}

/** One page or dialog of the guide's flows, as one account sees it. */
export interface Entry {
  /** File-name safe, unique. */
  id: string;
  /** One line for designers. */
  title: string;
  /** The guide's section heading (exactly as in the guide) this screen belongs to. */
  section: string;
  /** The account that sees it; null: signed out. */
  account: Account | null;
  /** Path and query, without the scenario. */
  path: string;
  /** The story point whose demo data it shows (default: the seed). */
  after?: string;
  /** The bad-day state it shows (mocks/scenarios.ts). */
  scenario?: ScenarioId;
  /** Waits until the page shows what the entry is about (default: a visible level-1 heading). */
  ready?: (s: StepContext) => Promise<unknown>;
  /** Steps that open the dialog or menu the entry is about. */
  open?: (s: StepContext) => Promise<unknown>;
}

export interface CaptureOptions {
  width: Width;
  lang: Lang;
}

/** A page the engine opened; `close()` closes it (its context stays for the next capture). */
export interface Opened {
  page: JourneyPage;
  entry: Entry;
  lang: Lang;
  /** The path (and query) the capture loaded, scenario included: open it live on the demo. */
  url: string;
  /** Where the page is after the entry's steps (may differ from `url`). */
  finalUrl: string;
  close: () => Promise<void>;
}

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

export function stepContext(page: JourneyPage, lang: Lang): StepContext {
  const t = translator(lang);
  return { page, lang, t, re: (key) => textPattern(t(key)) };
}

/** The path an entry loads, with its scenario parameter. */
export function entryUrl(entry: Pick<Entry, 'path' | 'scenario'>): string {
  if (!entry.scenario) return entry.path;
  return `${entry.path}${entry.path.includes('?') ? '&' : '?'}scenario=${entry.scenario}`;
}

/**
 * Client-side navigation inside the running app (react-router listens to popstate): a second full page
 * load in one page would cut off the app's requests in flight.
 */
export async function go(page: JourneyPage, path: string) {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((u) => u.pathname + u.search === path);
}

/**
 * Waits until the page has nothing loading (no `.state-loading`, `[aria-busy=true]` or progress bar shown)
 * and its fonts are ready, then a frame more. Never throws: a page that keeps loading is captured as it is.
 */
export async function settle(page: JourneyPage, timeout = 10_000) {
  await page
    .waitForFunction(
      () => {
        const busy = [...document.querySelectorAll('.state-loading, [aria-busy="true"], [role="progressbar"]')];
        return (
          document.fonts.status === 'loaded' && !busy.some((el) => (el as HTMLElement).checkVisibility?.() ?? true)
        );
      },
      null,
      { timeout, polling: 100 },
    )
    .catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Picks, in any `<select>` inside `scope`, the option whose text contains `text`. */
export async function chooseOption(scope: Locator, text: string) {
  const selects = scope.locator('select');
  await selects.first().waitFor();
  for (const select of await selects.all()) {
    const value = await select.evaluate((el, wanted) => {
      const option = [...(el as HTMLSelectElement).options].find((o) => o.text.includes(wanted));
      return option?.value ?? null;
    }, text);
    if (value !== null) {
      await select.selectOption(value);
      return;
    }
  }
  throw new Error(`No option containing "${text}"`);
}

/** The browser, the production build served by vite preview, and the story's saved states. */
export class CaptureEngine {
  /** Story point -> demo data and settings as saved after it (no session). 'seed' is the start. */
  private checkpoints = new Map<string, StorageState>([['seed', { cookies: [], origins: [] }]]);
  /** `${account}|${after}` -> a signed-in state. */
  private signedIn = new Map<string, Promise<StorageState>>();
  /** `${account}|${after}|${lang}` -> the context its captures share. */
  private contexts = new Map<string, Promise<BrowserContext>>();

  constructor(
    readonly browser: Browser,
    readonly story: readonly StoryStep[] = [],
  ) {}

  /**
   * For scripts: builds `dist/` when stale, serves it on `port` and launches Chromium. Inside the e2e
   * project use `new CaptureEngine(await launchBrowser(), STORY)` (the globalSetup serves the app).
   */
  static async start(options: { port?: number; story?: readonly StoryStep[]; log?: (line: string) => void } = {}) {
    const log = options.log ?? console.log;
    await ensureFreshBuild(log);
    // Not 4190: it is on the Fetch standard's list of blocked ports (Node's fetch and Chromium refuse it).
    const server = await startPreview(options.port ?? Number(process.env.CAPTURE_PORT ?? 4191));
    process.env.E2E_BASE_URL = server.baseURL; // what baseURL() in test/e2e/browser.ts reads outside vitest
    log(`[capture] vite preview serves ${server.baseURL}`);
    const browser = await launchBrowser();
    const engine = new CaptureEngine(browser, options.story ?? []);
    return {
      engine,
      stop: async () => {
        await engine.close();
        await browser.close().catch(() => undefined);
        await server.stop();
      },
    };
  }

  /** A fresh context's page with the pinned clock, from a saved state. */
  private async newPage(state: StorageState, width: Width): Promise<JourneyPage> {
    const page = await newPage(this.browser, {
      storageState: state,
      viewport: viewportOf(width),
      reducedMotion: 'reduce',
    });
    page.context().setDefaultTimeout(30_000); // a shared CI machine can be slow to start the app
    await page.context().clock.setFixedTime(DEMO_NOW);
    // tsx (esbuild keepNames) wraps named inner functions in `__name(…)`: give functions sent to the page that helper.
    await page.context().addInitScript('globalThis.__name ??= (fn) => fn;');
    // The mock backend runs in a Web Worker (mocks/backend.worker.ts), where page.clock does not reach:
    // pin its clock too, so times it writes (log lines, notifications) are the same in every run.
    await page.context().route(/\/backend\.worker[^/]*\.js(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${PIN_WORKER_CLOCK}\n${await response.text()}` });
    });
    return page;
  }

  private async save(page: JourneyPage): Promise<StorageState> {
    const state = await page.context().storageState({ indexedDB: true });
    return withLocalStorage(state, (items) => items.filter((i) => i.name !== TOKEN_KEY));
  }

  /** Runs the guide's story once, each step as its person, saving the demo data after each step. */
  async runStory(log: (line: string) => void = () => undefined) {
    let previous = 'seed';
    for (const step of this.story) {
      const t0 = Date.now();
      const page = await this.newPage(this.checkpoint(previous), DESKTOP);
      try {
        await loginAs(page, step.account);
        await settle(page);
        await step.run(stepContext(page, 'nb'));
        await settle(page);
        this.checkpoints.set(step.id, await this.save(page));
      } catch (e) {
        throw new Error(`Story step "${step.id}" (${step.account}) failed at ${page.url()}: ${(e as Error).message}`, {
          cause: e,
        });
      } finally {
        await page.context().close();
      }
      log(`[capture] story: ${step.id} (${step.account}) in ${Date.now() - t0} ms`);
      previous = step.id;
    }
  }

  private checkpoint(id: string): StorageState {
    const state = this.checkpoints.get(id);
    if (!state)
      throw new Error(
        `No story point "${id}" (run the story first; known: ${[...this.checkpoints.keys()].join(', ')})`,
      );
    return state;
  }

  /** The state of `account` signed in at story point `after` (signs in once, then reuses it). */
  private stateFor(account: Account | null, after = 'seed'): Promise<StorageState> {
    const key = `${account}|${after}`;
    let state = this.signedIn.get(key);
    if (!state) {
      state = (async () => {
        const base = this.checkpoint(after);
        if (!account) return base;
        const page = await this.newPage(base, DESKTOP);
        try {
          await loginAs(page, account);
          await settle(page);
          return await page.context().storageState({ indexedDB: true });
        } finally {
          await page.context().close();
        }
      })();
      this.signedIn.set(key, state);
      state.catch(() => this.signedIn.delete(key));
    }
    return state;
  }

  /**
   * The context of an account at a story point in a language, shared by the captures that need it (so the
   * app's files are loaded once, from the HTTP cache after that). It keeps an idle page open on a static
   * file (the service worker's own script), so the context and its service worker stay alive between
   * captures without running the app.
   */
  private contextFor(account: Account | null, after: string, lang: Lang): Promise<BrowserContext> {
    const key = `${account}|${after}|${lang}`;
    let context = this.contexts.get(key);
    if (!context) {
      context = (async () => {
        const state = withLocalStorage(await this.stateFor(account, after), (items) => [
          ...items.filter((i) => i.name !== LANG_KEY),
          { name: LANG_KEY, value: lang },
        ]);
        const anchor = await this.newPage(state, DESKTOP);
        await anchor.goto(`${baseURL()}/backendServiceWorker.js`);
        return anchor.context();
      })();
      this.contexts.set(key, context);
      context.catch(() => this.contexts.delete(key));
    }
    return context;
  }

  /** Closes the shared contexts (the browser stays open). */
  async close() {
    const contexts = [...this.contexts.values()];
    this.contexts.clear();
    await Promise.all(contexts.map((c) => c.then((x) => x.close()).catch(() => undefined)));
  }

  /** Opens an entry: loads its URL in a new page, waits for it, runs its steps, settles. */
  async open(entry: Entry, options: CaptureOptions): Promise<Opened> {
    const context = await this.contextFor(entry.account, entry.after ?? 'seed', options.lang);
    const page = recordProblems(await context.newPage());
    await page.setViewportSize(viewportOf(options.width));
    const url = entryUrl(entry);
    const s = stepContext(page, options.lang);
    try {
      await page.goto(`${baseURL()}${url}`);
      if (entry.scenario === 'slow') {
        // The loading state is the point: give the shell a moment, never wait for the answers.
        await page.waitForTimeout(1_500);
      } else {
        await (entry.ready ? entry.ready(s) : page.getByRole('heading', { level: 1 }).first().waitFor());
        await settle(page);
        if (entry.open) {
          await entry.open(s);
          await settle(page);
        }
      }
    } catch (e) {
      await page.close();
      throw new Error(
        `Opening "${entry.id}" (${entry.account ?? 'signed out'}, ${options.lang}, ${options.width} px, ${url}) failed: ${(e as Error).message}`,
        {
          cause: e,
        },
      );
    }
    const final = new URL(page.url());
    return { page, entry, lang: options.lang, url, finalUrl: final.pathname + final.search, close: () => page.close() };
  }
}

function withLocalStorage(
  state: StorageState,
  edit: (items: { name: string; value: string }[]) => { name: string; value: string }[],
): StorageState {
  const origin = new URL(baseURL()).origin;
  const origins = state.origins.some((o) => o.origin === origin)
    ? state.origins
    : [...state.origins, { origin, localStorage: [] }];
  return {
    ...state,
    origins: origins.map((o) => (o.origin === origin ? { ...o, localStorage: edit([...o.localStorage]) } : o)),
  };
}

export { launchBrowser };
