/**
 * `npm run screens`: drives the production build in Chromium through every page and dialog of the guide's
 * flows (scripts/capture/catalog.ts), each as its demo account, at 390, 1024 and 1280 px in nb and at
 * 1280 px in en, and writes the PNGs and an `index.html` gallery to `screens/` (gitignored).
 *
 *   npm run screens                       # everything
 *   npm run screens -- --only=case-page,assign-office   # some entries (ids from the catalog)
 *
 * Builds `dist/` when stale and serves it on CAPTURE_PORT (default 4191).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../test/e2e/global-setup.ts';
import { CATALOG, SECTIONS, STORY } from './capture/catalog.ts';
import { CaptureEngine } from './capture/engine.ts';
import { esc, shootEntry, type ShotFailure, type ShotRecord, type ShotSpec } from './capture/shoot.ts';
import { SCENARIOS } from '../mocks/scenarios.ts';

const OUT = join(ROOT, 'screens');
const SPECS: ShotSpec[] = [
  { lang: 'nb', width: 1280 },
  { lang: 'nb', width: 1024 },
  { lang: 'nb', width: 390 },
  { lang: 'en', width: 1280 },
];

function gallery(records: ShotRecord[], failures: ShotFailure[], seconds: number): string {
  const byEntry = new Map<string, ShotRecord[]>();
  for (const r of records) byEntry.set(r.entryId, [...(byEntry.get(r.entryId) ?? []), r]);
  const sections = Object.values(SECTIONS).map((heading) => {
    const entries = CATALOG.filter((e) => e.section === heading);
    const cards = entries.map((e) => {
      const shots = byEntry.get(e.id) ?? [];
      const failed = failures.filter((f) => f.entryId === e.id);
      const meta = `<p class="meta">${esc(e.account ?? 'signed out')} · <code>${esc(shots[0]?.url ?? e.path)}</code>${e.scenario ? ` · scenario <b>${esc(e.scenario)}</b>` : ''}${e.after ? ` · after story step <i>${esc(e.after)}</i>` : ''}</p>`;
      const imgs = shots
        .map(
          (s) =>
            `<figure><a href="shots/${esc(s.file)}"><img loading="lazy" src="shots/${esc(s.file)}" alt="${esc(`${e.title}, ${s.lang} ${s.width} px`)}" width="${s.width === 390 ? 195 : 320}"></a><figcaption>${s.lang} · ${s.width} px${s.problems ? ' · <span class="warn">page errors</span>' : ''}</figcaption></figure>`,
        )
        .join('');
      const errs = failed
        .map((f) => `<pre class="fail">${esc(`${f.lang} ${f.widths.join('/')} px: ${f.error}`)}</pre>`)
        .join('');
      const problems = [...new Set(shots.map((s) => s.problems).filter(Boolean))]
        .map((p) => `<pre class="warn">${esc(p)}</pre>`)
        .join('');
      return `<article id="${esc(e.id)}"><h3>${esc(e.title)} <a class="anchor" href="#${esc(e.id)}">#</a></h3>${meta}<div class="shots">${imgs}</div>${errs}${problems}</article>`;
    });
    return `<section><h2>${esc(heading)}</h2>${cards.join('\n')}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Saksportal screens</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:0 2rem 4rem;color:#1a1a1a}
h1{margin:1.5rem 0 .25rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd}h3{margin:1.5rem 0 .25rem;font-size:1rem}
.meta{margin:.1rem 0 .5rem;color:#555}.shots{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}
figure{margin:0}img{border:1px solid #ccc;display:block;height:auto}figcaption{color:#555;font-size:12px}
pre{white-space:pre-wrap;padding:.5rem;border-radius:4px}.fail{background:#fde8e8}.warn{background:#fff4d6;color:#6b4e00}
.anchor{color:#aaa;text-decoration:none}
</style></head><body>
<h1>Saksportal: every page and dialog of the guide's flows</h1>
<p>${records.length} screenshots of ${byEntry.size} pages and dialogs (${CATALOG.length} in the list), nb at 1280, 1024 and 390 px and en at 1280 px,
on the production build with the demo clock pinned to ${esc(new Date('2026-11-20T10:00:00Z').toISOString())}; taken in ${seconds.toFixed(0)} s.
${failures.length ? `<b>${failures.length} capture(s) failed</b> (shown in red).` : ''}</p>
<p>Scenarios (append <code>?scenario=…</code> to a URL of the demo): ${Object.entries(SCENARIOS)
    .map(([id, what]) => `<b>${esc(id)}</b>: ${esc(what)}`)
    .join('; ')}</p>
${sections.join('\n')}
</body></html>`;
}

async function main() {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const entries = only ? CATALOG.filter((e) => only.includes(e.id)) : CATALOG;
  if (!entries.length) throw new Error(`No entry matches --only=${only?.join(',')}`);
  const t0 = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  const { engine, stop } = await CaptureEngine.start({ story: STORY });
  const records: ShotRecord[] = [];
  const failures: ShotFailure[] = [];
  try {
    await engine.runStory(console.log);
    for (const entry of entries) {
      const t1 = Date.now();
      const r = await shootEntry(engine, entry, SPECS, OUT);
      records.push(...r.records);
      failures.push(...r.failures);
      console.log(
        `[screens] ${entry.id}: ${r.records.length} shots${r.failures.length ? `, FAILED: ${r.failures.map((f) => f.error.split('\n')[0]).join(' | ')}` : ''} (${Date.now() - t1} ms)`,
      );
    }
  } finally {
    await stop();
  }
  const seconds = (Date.now() - t0) / 1000;
  writeFileSync(join(OUT, 'index.html'), gallery(records, failures, seconds));
  console.log(
    `[screens] ${records.length} screenshots, ${failures.length} failed captures, in ${seconds.toFixed(0)} s: ${join(OUT, 'index.html')}`,
  );
  if (failures.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
