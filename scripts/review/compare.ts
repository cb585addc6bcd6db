/**
 * `npm run review -- --compare <folder>`: the pixel difference of every screen with the same screen of an
 * earlier review (pixelmatch + pngjs). Screens of different sizes are compared on a canvas of the larger
 * size (the missing part counts as changed). The earlier images are copied into the review folder so that
 * the comparison page stays offline.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface ScreenDiff {
  file: string;
  status: 'changed' | 'same' | 'new' | 'removed';
  /** Pixels that differ (0 for same). */
  pixels: number;
  /** Share of the larger image's pixels that differ. */
  ratio: number;
  sizeBefore?: string;
  sizeAfter?: string;
}

function onCanvas(png: PNG, width: number, height: number): PNG {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height });
  out.data.fill(255);
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out;
}

/** Compares `reviewDir/shots` with `beforeDir/shots`; writes `compare/before/*` and `compare/diff/*`. */
export function compareShots(reviewDir: string, beforeDir: string): ScreenDiff[] {
  const beforeShots = join(beforeDir, 'shots');
  if (!existsSync(beforeShots)) throw new Error(`${beforeDir} has no shots/ folder: is it an earlier review/?`);
  const afterShots = join(reviewDir, 'shots');
  mkdirSync(join(reviewDir, 'compare', 'before'), { recursive: true });
  mkdirSync(join(reviewDir, 'compare', 'diff'), { recursive: true });
  const after = new Set(readdirSync(afterShots).filter((f) => f.endsWith('.png')));
  const before = new Set(readdirSync(beforeShots).filter((f) => f.endsWith('.png')));
  const diffs: ScreenDiff[] = [];
  for (const file of after) {
    if (!before.has(file)) {
      diffs.push({ file, status: 'new', pixels: 0, ratio: 1 });
      continue;
    }
    copyFileSync(join(beforeShots, file), join(reviewDir, 'compare', 'before', file));
    const a = PNG.sync.read(readFileSync(join(beforeShots, file)));
    const b = PNG.sync.read(readFileSync(join(afterShots, file)));
    const width = Math.max(a.width, b.width);
    const height = Math.max(a.height, b.height);
    const diff = new PNG({ width, height });
    const pixels = pixelmatch(onCanvas(a, width, height).data, onCanvas(b, width, height).data, diff.data, width, height, { threshold: 0.1 });
    const sized = a.width !== b.width || a.height !== b.height;
    if (pixels > 0 || sized) writeFileSync(join(reviewDir, 'compare', 'diff', file), PNG.sync.write(diff));
    diffs.push({
      file,
      status: pixels > 0 || sized ? 'changed' : 'same',
      pixels,
      ratio: pixels / (width * height),
      sizeBefore: `${a.width}×${a.height}`,
      sizeAfter: `${b.width}×${b.height}`,
    });
  }
  for (const file of before) {
    if (after.has(file)) continue;
    copyFileSync(join(beforeShots, file), join(reviewDir, 'compare', 'before', file));
    diffs.push({ file, status: 'removed', pixels: 0, ratio: 1 });
  }
  const rank = { changed: 0, new: 1, removed: 2, same: 3 } as const;
  return diffs.sort((x, y) => rank[x.status] - rank[y.status] || y.ratio - x.ratio || x.file.localeCompare(y.file));
}
