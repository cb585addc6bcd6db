/**
 * The app's own texts, read from `locales/<lang>/<ns>.json` in Node, so that capture steps name
 * elements the way the page does in either language (`t('assignOffice:editLabel')`) and the review's
 * texts page can list every key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/e2e/global-setup.ts';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];

/** `ns:dotted.key` -> text, for one language (nested JSON flattened). */
export function loadTexts(lang: Lang): Map<string, string> {
  const dir = join(ROOT, 'locales', lang);
  const out = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const ns = file.slice(0, -'.json'.length);
    const walk = (prefix: string, value: unknown) => {
      if (typeof value === 'string') out.set(`${ns}:${prefix}`, value);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    };
    walk('', JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);
  }
  return out;
}

const cache = new Map<Lang, Map<string, string>>();
const textsOf = (lang: Lang) => {
  let m = cache.get(lang);
  if (!m) cache.set(lang, (m = loadTexts(lang)));
  return m;
};

/** Looks a text up by `ns:key` and fills `{{name}}` placeholders; throws on an unknown key (a renamed text). */
export type T = (key: string, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  return (key, params = {}) => {
    const text = textsOf(lang).get(key);
    if (text === undefined) throw new Error(`No text ${key} in locales/${lang}: was it renamed?`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-string pattern for a text whose `{{placeholders}}` (and `$t(...)` nestings) match anything. */
export function textPattern(text: string): RegExp {
  const parts = text.split(/\{\{[^}]+\}\}|\$t\([^)]*\)/g).map(escapeRe);
  return new RegExp(`^${parts.join('.+?')}$`);
}
