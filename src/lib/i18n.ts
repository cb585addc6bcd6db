import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANG_KEY = 'saksportal.lang';

/** Every `locales/<lang>/<namespace>.json` is bundled: all of them together are a few kB gzip. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(files)) {
  const m = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
  if (!m) continue;
  const [, lng, ns] = m as unknown as [string, string, string];
  (resources[lng] ??= {})[ns] = mod.default;
}

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

export function initI18n(lng: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'nb',
      defaultNS: 'common',
      ns: Object.keys(resources.nb ?? {}),
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      // In dev and tests a missing key is an error (tests fail on console.error), never a raw key on screen.
      saveMissing: import.meta.env.DEV || import.meta.env.MODE === 'test',
      missingKeyHandler: (_lngs, ns, key) => console.error(`Missing translation: ${ns}:${key}`),
    });
  } else if (i18n.language !== lng) {
    void i18n.changeLanguage(lng);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18n;
}

export { i18n };
