/**
 * Photographs catalog entries with the capture engine: one PNG per (entry, language, width), and a record
 * of what each shows (account, URL, scenario, the texts on screen) for the galleries that list them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../../test/e2e/browser.ts';
import { viewportOf, type CaptureEngine, type Entry, type Lang, type Opened, type Width } from './engine.ts';

export interface ShotSpec {
  lang: Lang;
  width: Width;
}

export interface ShotRecord {
  entryId: string;
  title: string;
  section: string;
  account: string | null;
  scenario: string | null;
  after: string | null;
  lang: Lang;
  width: Width;
  /** File name inside the output folder's `shots/`. */
  file: string;
  /** The URL the capture loaded (path and query, scenario included). */
  url: string;
  /** Where the page was when photographed. */
  finalUrl: string;
  /** Console errors and uncaught exceptions of the page, if any. */
  problems: string;
  /** Texts on screen (visible text, accessible names, placeholders), for the texts page. */
  texts: string[];
}

export interface ShotFailure {
  entryId: string;
  lang: Lang;
  widths: Width[];
  error: string;
}

export const shotFile = (entryId: string, lang: Lang, width: Width) => `${entryId}--${lang}-${width}.png`;

/** Everything a person can read on the page now: text nodes, labels, alternative texts, placeholders, titles. */
async function textsOnScreen(opened: Opened): Promise<string[]> {
  return opened.page.evaluate(() => {
    const out = new Set<string>();
    const add = (s: string | null | undefined) => {
      const v = s?.replace(/\s+/g, ' ').trim();
      if (v) out.add(v);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n as HTMLElement;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) add(el.getAttribute(attr));
      if (el instanceof HTMLOptionElement) add(el.text);
      const own = [...el.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent ?? '')
        .join('');
      if (own.trim()) add(own);
      if (el.childElementCount > 0 && el.innerText) add(el.innerText.split('\n').join(' '));
    }
    add(document.title);
    return [...out];
  });
}

/**
 * Opens `entry` and photographs it at each spec. Specs of one language share one page load (the viewport
 * is resized), except for the `slow` scenario, whose loading state would end while resizing.
 */
export async function shootEntry(
  engine: CaptureEngine,
  entry: Entry,
  specs: readonly ShotSpec[],
  outDir: string,
  options: { collectTexts?: boolean } = {},
): Promise<{ records: ShotRecord[]; failures: ShotFailure[] }> {
  mkdirSync(join(outDir, 'shots'), { recursive: true });
  const records: ShotRecord[] = [];
  const failures: ShotFailure[] = [];
  const groups = new Map<string, ShotSpec[]>();
  for (const spec of specs) {
    const key = entry.scenario === 'slow' ? `${spec.lang}-${spec.width}` : spec.lang;
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  for (const group of groups.values()) {
    const lang = group[0]!.lang;
    let opened: Opened | undefined;
    try {
      opened = await engine.open(entry, { lang, width: group[0]!.width });
      let texts: string[] = [];
      for (const spec of group) {
        if (opened.page.viewportSize()?.width !== spec.width) {
          await opened.page.setViewportSize(viewportOf(spec.width));
          await opened.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        }
        const file = shotFile(entry.id, lang, spec.width);
        await opened.page.screenshot({
          path: join(outDir, 'shots', file),
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
        if (options.collectTexts && lang === 'nb' && texts.length === 0) texts = await textsOnScreen(opened);
        const final = new URL(opened.page.url());
        records.push({
          entryId: entry.id,
          title: entry.title,
          section: entry.section,
          account: entry.account,
          scenario: entry.scenario ?? null,
          after: entry.after ?? null,
          lang,
          width: spec.width,
          file,
          url: opened.url,
          finalUrl: final.pathname + final.search,
          problems: formatProblems(opened.page),
          texts,
        });
      }
    } catch (e) {
      failures.push({
        entryId: entry.id,
        lang,
        widths: group.map((g) => g.width),
        error: (e as Error).message.split('\n').slice(0, 6).join('\n'),
      });
    } finally {
      await opened?.close().catch(() => undefined);
    }
  }
  return { records, failures };
}

/** HTML-escapes text. */
export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
