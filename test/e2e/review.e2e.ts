/**
 * The designers' review kit (issue 13) on the production build, with the reduced set (the first good-day
 * screen of each guide section at desktop and phone width, and one capture of each demo scenario; the
 * full set is `npm run review`). Asserts that every section of the guide has at least one screen, every
 * scenario was captured, every screenshot file exists, and the site opens offline: loaded from disk,
 * no request leaves its folder, and every image shows. And that captures are repeatable: a screen of a
 * story step taken again after the story is replayed has the same pixels.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, STORY } from '../../scripts/capture/catalog.ts';
import { CaptureEngine, DESKTOP } from '../../scripts/capture/engine.ts';
import { shootEntry } from '../../scripts/capture/shoot.ts';
import { readGuide } from '../../scripts/review/guide.ts';
import { runReview, type ReviewManifest } from '../../scripts/review/run.ts';
import { SCENARIO_IDS } from '../../mocks/scenarios.ts';
import { launchBrowser } from './browser';

describe('npm run review (reduced set)', () => {
  let browser: Browser;
  let outDir: string;
  let manifest: ReviewManifest;

  beforeAll(async () => {
    browser = await launchBrowser();
    outDir = mkdtempSync(join(tmpdir(), 'saksportal-review-'));
    ({ manifest } = await runReview({ engine: new CaptureEngine(browser, STORY), outDir, reduced: true }));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('captured everything it planned, without a failed capture', () => {
    expect(manifest.failures.map((f) => `${f.entryId} ${f.lang}: ${f.error}`)).toEqual([]);
  });

  it('every section of the guide has at least one screen', () => {
    const guide = readGuide();
    expect(guide.sections.length).toBeGreaterThanOrEqual(7);
    const without = guide.sections.map((s) => s.heading).filter((h) => !manifest.shots.some((s) => s.section === h));
    expect(without).toEqual([]);
  });

  it('every demo scenario was captured', () => {
    const captured = new Set(manifest.shots.map((s) => s.scenario));
    expect(SCENARIO_IDS.filter((id) => !captured.has(id))).toEqual([]);
  });

  it('every screenshot is a PNG file in the folder, and the pages name each one with its account, URL and scenario', () => {
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const s of manifest.shots) {
      const file = join(outDir, 'shots', s.file);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(file).size).toBeGreaterThan(1000);
      expect(index).toContain(`src="shots/${s.file}"`);
      const alt = `${s.account ?? 'signed out'}, ${s.url}, ${s.scenario ? `scenario ${s.scenario}` : 'no scenario'}`;
      expect(index.replaceAll('&amp;', '&')).toContain(alt);
    }
  });

  it('captures are repeatable: the story replayed, a screen it changed has the same pixels', async () => {
    // The office's notification was written by the story (its time comes from the demo clock).
    const entry = CATALOG.find((e) => e.id === 'notifications-office')!;
    const first = manifest.shots.find((s) => s.entryId === entry.id && s.lang === 'nb' && s.width === DESKTOP);
    expect(first, 'the reduced set captures notifications-office at desktop width in nb').toBeDefined();
    const again = mkdtempSync(join(tmpdir(), 'saksportal-review-again-'));
    const engine = new CaptureEngine(browser, STORY);
    try {
      await engine.runStory();
      const { records, failures } = await shootEntry(engine, entry, [{ lang: 'nb', width: DESKTOP }], again);
      expect(failures).toEqual([]);
      const a = PNG.sync.read(readFileSync(join(outDir, 'shots', first!.file)));
      const b = PNG.sync.read(readFileSync(join(again, 'shots', records[0]!.file)));
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      expect(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 })).toBe(0);
    } finally {
      await engine.close();
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('the site opens offline: from disk, no request leaves its folder, every image shows', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const folder = pathToFileURL(outDir).href;
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${folder}/`)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    try {
      for (const name of ['index.html', 'texts.html', 'compare.html']) {
        await page.goto(`${folder}/${name}`);
        await page.waitForLoadState('load');
        const broken = await page.evaluate(async () => {
          const imgs = [...document.images];
          for (const img of imgs) img.loading = 'eager';
          await Promise.all(
            imgs.map((img) =>
              img.complete
                ? null
                : new Promise((r) => {
                    img.addEventListener('load', r);
                    img.addEventListener('error', r);
                  }),
            ),
          );
          return imgs.filter((img) => !img.naturalWidth).map((img) => img.getAttribute('src'));
        });
        expect(broken, `${name}: images that do not show`).toEqual([]);
      }
      const guideText = await page.goto(`${folder}/index.html`).then(() => page.locator('.guide').first().innerText());
      expect(guideText).toContain('Med rollen ekstern saksbehandler vil det være mulig');
      await page.goto(`${folder}/texts.html`);
      expect(await page.locator('tr.guide-label').count()).toBeGreaterThan(10);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
