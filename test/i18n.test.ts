import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const LOCALES = join(ROOT, 'locales');

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object') return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const stripPlural = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const load = (lng: string, file: string) => JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8')) as unknown;

describe('locales', () => {
  const files = readdirSync(join(LOCALES, 'nb')).filter((f) => f.endsWith('.json'));

  it('has the same namespaces in nb and en', () => {
    expect(
      readdirSync(join(LOCALES, 'en'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files)('%s: English is complete and has nothing Norwegian lacks', (file) => {
    const nb = new Set(keys(load('nb', file)).map(stripPlural));
    const en = new Set(keys(load('en', file)).map(stripPlural));
    expect([...nb].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !nb.has(k))).toEqual([]);
  });

  it.each(files)('%s: no empty or placeholder texts', (file) => {
    for (const lng of ['nb', 'en']) {
      const flat = keys(load(lng, file));
      const obj = load(lng, file);
      for (const k of flat) {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj);
        expect(typeof v === 'string' && v.trim() !== '' && v !== 'TODO', `${lng}/${file} ${k}`).toBe(true);
      }
    }
  });
});

/** No user-visible literal outside locales/: JSX text and visible attributes must come from t(). */
describe('no hard-coded user-visible text in components', () => {
  const VISIBLE_ATTRS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
  const LETTERS = /[A-Za-zÆØÅæøå]{2,}/;
  function* tsxFiles(dir: string): Generator<string> {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) yield* tsxFiles(p);
      else if (e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx')) yield p;
    }
  }
  const files = [...tsxFiles(join(ROOT, 'src'))];

  it.each(files.map((f) => relative(ROOT, f)))('%s', (file) => {
    const src = ts.createSourceFile(
      file,
      readFileSync(join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && LETTERS.test(node.getText())) found.push(node.getText().trim());
      if (
        ts.isJsxAttribute(node) &&
        VISIBLE_ATTRS.has(node.name.getText()) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        LETTERS.test(node.initializer.text)
      ) {
        found.push(`${node.name.getText()}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
    expect(found).toEqual([]);
  });
});
