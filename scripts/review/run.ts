/**
 * The designers' review kit (issue 13): the guide's story in Chromium as the guide's people, photographed
 * step by step, written as a static offline site. `scripts/review.ts` is the command; the browser test
 * (test/e2e/review.e2e.ts) calls `runReview` with the reduced set.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../capture/catalog.ts';
import { DEMO_NOW, DESKTOP, PHONE, type CaptureEngine, type Entry } from '../capture/engine.ts';
import { shootEntry, type ShotFailure, type ShotRecord, type ShotSpec } from '../capture/shoot.ts';
import { SCENARIO_IDS } from '../../mocks/scenarios.ts';
import { compareShots, type ScreenDiff } from './compare.ts';
import { readGuide } from './guide.ts';
import { writeSite } from './site.ts';

export interface ReviewManifest {
  createdWith: { demoNow: string; entries: number; set: 'full' | 'reduced' };
  guideFile: string;
  sections: { heading: string; note?: string }[];
  shots: ShotRecord[];
  failures: ShotFailure[];
  seconds: number;
}

/** Good-day screens: desktop and phone, nb and en. Bad-day states: desktop and phone in nb. */
const GOOD_DAY_SPECS: ShotSpec[] = [
  { lang: 'nb', width: DESKTOP },
  { lang: 'nb', width: PHONE },
  { lang: 'en', width: DESKTOP },
  { lang: 'en', width: PHONE },
];
const BAD_DAY_SPECS: ShotSpec[] = [
  { lang: 'nb', width: DESKTOP },
  { lang: 'nb', width: PHONE },
];

/**
 * The reduced set (for CI): the first good-day screen of each guide section at desktop and phone in nb,
 * and the first capture of each scenario at desktop in nb.
 */
export function reducedPlan(entries: readonly Entry[] = CATALOG): { entry: Entry; specs: ShotSpec[] }[] {
  const plan: { entry: Entry; specs: ShotSpec[] }[] = [];
  const sections = new Set<string>();
  for (const e of entries) {
    if (e.scenario || sections.has(e.section)) continue;
    sections.add(e.section);
    plan.push({ entry: e, specs: [{ lang: 'nb', width: DESKTOP }, { lang: 'nb', width: PHONE }] });
  }
  for (const id of SCENARIO_IDS) {
    const e = entries.find((x) => x.scenario === id);
    if (e) plan.push({ entry: e, specs: [{ lang: 'nb', width: DESKTOP }] });
  }
  return plan;
}

export function fullPlan(entries: readonly Entry[] = CATALOG) {
  return entries.map((entry) => ({ entry, specs: entry.scenario ? BAD_DAY_SPECS : GOOD_DAY_SPECS }));
}

/**
 * Runs the story, photographs the plan into `outDir/shots/`, and writes the site (index.html, texts.html,
 * and compare.html when `compareWith` names an earlier review folder). The engine must have the story.
 */
export async function runReview(options: {
  engine: CaptureEngine;
  outDir: string;
  reduced?: boolean;
  compareWith?: string;
  log?: (line: string) => void;
}): Promise<{ manifest: ReviewManifest; diffs: ScreenDiff[] | null }> {
  const log = options.log ?? (() => undefined);
  const t0 = Date.now();
  const guide = readGuide();
  rmSync(options.outDir, { recursive: true, force: true });
  await options.engine.runStory(log);
  const plan = options.reduced ? reducedPlan() : fullPlan();
  const shots: ShotRecord[] = [];
  const failures: ShotFailure[] = [];
  for (const { entry, specs } of plan) {
    const t1 = Date.now();
    const r = await shootEntry(options.engine, entry, specs, options.outDir, { collectTexts: true });
    shots.push(...r.records);
    failures.push(...r.failures);
    log(`[review] ${entry.id}: ${r.records.length} shots${r.failures.length ? `, FAILED: ${r.failures.map((f) => f.error.split('\n')[0]).join(' | ')}` : ''} (${Date.now() - t1} ms)`);
  }
  const manifest: ReviewManifest = {
    createdWith: { demoNow: DEMO_NOW.toISOString(), entries: plan.length, set: options.reduced ? 'reduced' : 'full' },
    guideFile: guide.file,
    sections: guide.sections.map((s) => ({ heading: s.heading, ...(s.note ? { note: s.note } : {}) })),
    shots,
    failures,
    seconds: (Date.now() - t0) / 1000,
  };
  const diffs = options.compareWith ? compareShots(options.outDir, options.compareWith) : null;
  writeSite(options.outDir, guide, manifest, diffs, options.compareWith ?? null);
  writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify({ ...manifest, shots: shots.map(({ texts: _texts, ...s }) => s) }, null, 2));
  return { manifest, diffs };
}
