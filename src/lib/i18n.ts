import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANG_KEY = 'saksportal.lang';

/**
 * Texts are loaded per language and namespace (`locales/<lang>/<namespace>.json`, one small chunk each):
 * the first load carries only the sign-in's texts in the active language; each route loads its own
 * namespaces before it renders (see `withNamespaces` in src/app/routes).
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, done) {
    const load = loaders[`../../locales/${lng}/${ns}.json`];
    if (!load) return done(new Error(`No texts for ${lng}/${ns}`), false);
    load().then(
      (m) => done(null, m.default),
      (e: Error) => done(e, false),
    );
  },
};

/** Namespaces the app shell itself needs on every page. */
export const SHELL_NAMESPACES = ['common', 'auth', 'notifications'];

export function storedLanguage(): Language {
  try {
    const l = localStorage.getItem(LANG_KEY);
    return l === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

export function setLanguage(lng: Language) {
  try {
    localStorage.setItem(LANG_KEY, lng);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = lng;
  return i18n.changeLanguage(lng);
}

/** i18next's start, once it has begun (see loadNamespaces). */
let starting: Promise<unknown> | null = null;

/**
 * Starts i18next. The app passes nothing and texts load lazily; tests pass every resource up front
 * (`test/locales.ts`) so that rendering is synchronous.
 */
export async function initI18n(lng: Language = storedLanguage(), resources?: Resource) {
  if (!i18n.isInitialized) {
    if (!resources) i18n.use(lazyLocales);
    await (starting ??= i18n.use(initReactI18next).init({
      ...(resources ? { resources } : {}),
      lng,
      fallbackLng: 'nb',
      defaultNS: 'common',
      ns: resources ? Object.keys(resources.nb ?? {}) : SHELL_NAMESPACES,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: !resources,
      // In dev and tests a missing key is an error (tests fail on console.error), never a raw key on screen.
      saveMissing: import.meta.env.DEV || import.meta.env.MODE === 'test',
      missingKeyHandler: (_lngs, ns, key) => console.error(`Missing translation: ${ns}:${key}`),
    }));
  } else if (i18n.language !== lng) {
    await i18n.changeLanguage(lng);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18n;
}

/**
 * Loads namespaces (in the active language) before a route renders; asked before i18next has started
 * (the router starts loading the first route while the shell's texts load), it waits for the start.
 */
export const loadNamespaces = async (ns: string[]) => {
  await starting;
  return i18n.loadNamespaces(ns);
};

export { i18n };
