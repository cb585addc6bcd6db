/**
 * `npm run review`: the designers' review kit (issue 13). Runs the guide's story in Chromium on the
 * production build as the guide's people and writes a static offline site to `review/` (gitignored):
 * per guide section its sentences (read from ../shared/seed/ at run time) beside that step's screens, then
 * the same step in its bad-day states; a texts page; and, with `--compare`, what changed.
 *
 *   npm run review                              # the full set
 *   npm run review -- --compare review-before   # also diff every screen with an earlier review folder
 *   npm run review -- --reduced                 # the reduced set the browser test uses
 *
 * The clock is pinned and the seed fixed, so two runs of the same code give the same pixels. Builds
 * `dist/` when stale and serves it on CAPTURE_PORT (default 4191).
 */
import { resolve } from 'node:path';
import { ROOT } from '../test/e2e/global-setup.ts';
import { STORY } from './capture/catalog.ts';
import { CaptureEngine } from './capture/engine.ts';
import { runReview } from './review/run.ts';

const OUT = resolve(ROOT, 'review');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main() {
  const compare = argValue('--compare');
  const compareWith = compare ? resolve(process.cwd(), compare) : undefined;
  if (compareWith === OUT)
    throw new Error(
      '--compare needs an earlier review in another folder (e.g. `mv review review-before` first): review/ is rewritten by this run.',
    );
  const { engine, stop } = await CaptureEngine.start({ story: STORY });
  try {
    const { manifest, diffs } = await runReview({
      engine,
      outDir: OUT,
      reduced: process.argv.includes('--reduced'),
      compareWith,
      log: console.log,
    });
    console.log(
      `[review] ${manifest.shots.length} screenshots, ${manifest.failures.length} failed captures, in ${manifest.seconds.toFixed(0)} s: ${OUT}/index.html`,
    );
    if (diffs) {
      const changed = diffs.filter((d) => d.status !== 'same');
      console.log(
        `[review] compared with ${compareWith}: ${changed.length} of ${diffs.length} screens changed, new or removed: ${OUT}/compare.html`,
      );
      for (const d of changed.slice(0, 20))
        console.log(`  ${d.status} ${d.file}${d.status === 'changed' ? ` (${d.pixels} px)` : ''}`);
    }
    if (manifest.failures.length) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
