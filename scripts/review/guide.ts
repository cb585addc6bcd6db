/**
 * Reads the Norwegian user guide (the source of truth for every label) at run time from `../shared/seed/`
 * (relative to the repo root; GUIDE_DIR overrides it) and splits it into its sections: "Introduksjon"
 * plus every heading of its table of contents ("Innhold"), each with its own sentences as blocks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../../test/e2e/global-setup.ts';

export type Block = { kind: 'p'; lines: string[] } | { kind: 'table'; rows: string[][] } | { kind: 'list'; items: string[] };

export interface GuideSection {
  heading: string;
  blocks: Block[];
  /** Set when the heading is missing from the guide's text and its start was found another way. */
  note?: string;
}

export interface Guide {
  file: string;
  /** The whole text, to look labels up in. */
  text: string;
  sections: GuideSection[];
}

export const guideDir = () => resolve(process.env.GUIDE_DIR ?? join(ROOT, '..', 'shared', 'seed'));

/** Headings the text extraction lost from the body: the line their section starts with instead. */
export const LOST_HEADING_STARTS: Record<string, string> = {
  'Tildel ekstern saksbehandler': 'Når kontoret er valgt',
};

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let chunk: string[] = [];
  const flush = () => {
    const ls = chunk.map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim());
    chunk = [];
    if (!ls.length) return;
    if (ls.every((l) => l.includes('\t'))) blocks.push({ kind: 'table', rows: ls.map((l) => l.split('\t').map((c) => c.trim())) });
    else if (ls.every((l) => /^\s*-\s/.test(l))) blocks.push({ kind: 'list', items: ls.map((l) => l.replace(/^\s*-\s+/, '')) });
    else blocks.push({ kind: 'p', lines: ls.map((l) => l.trim()) });
  };
  for (const line of lines) {
    if (!line.trim()) flush();
    else chunk.push(line);
  }
  flush();
  return blocks;
}

export function parseGuide(text: string, file = 'guide'): Guide {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const tocAt = lines.findIndex((l) => l.trim() === 'Innhold');
  if (tocAt < 0) throw new Error(`${file}: no table of contents ("Innhold")`);
  const toc: string[] = [];
  let i = tocAt + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) {
      if (toc.length) break;
      continue;
    }
    toc.push(l.replace(/\t.*$/, '').replace(/\.{2,}\s*\d*$/, '').trim());
  }
  const headings = ['Introduksjon', ...toc];
  const body = lines.slice(i);
  // Where each section starts in the body: its heading on a line of its own, or the line a lost heading starts with.
  const starts: { heading: string; at: number; skip: number; note?: string }[] = [];
  for (const heading of headings) {
    const at = body.findIndex((l) => l.trim() === heading);
    if (at >= 0) {
      starts.push({ heading, at, skip: 1 });
      continue;
    }
    const first = LOST_HEADING_STARTS[heading];
    const alt = first ? body.findIndex((l) => l.trim().startsWith(first)) : -1;
    if (alt < 0) throw new Error(`${file}: the section "${heading}" of the table of contents is not in the text`);
    starts.push({ heading, at: alt, skip: 0, note: `The guide's text has no heading "${heading}" in its body; its section starts at "${first}".` });
  }
  starts.sort((a, b) => a.at - b.at);
  const sections = starts.map((s, k) => ({
    heading: s.heading,
    blocks: blocksOf(body.slice(s.at + s.skip, k + 1 < starts.length ? starts[k + 1]!.at : body.length)),
    ...(s.note ? { note: s.note } : {}),
  }));
  // In the guide's own order (the table of contents), not the order found.
  sections.sort((a, b) => headings.indexOf(a.heading) - headings.indexOf(b.heading));
  return { file, text, sections };
}

/** The guide in `dir` (its one .txt file). */
export function readGuide(dir = guideDir()): Guide {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) throw new Error(`No guide (.txt) in ${dir}: set GUIDE_DIR`);
  const file = join(dir, files[0]!);
  return parseGuide(readFileSync(file, 'utf8'), file);
}
