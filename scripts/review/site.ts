/**
 * The review site: plain HTML files with inline CSS and relative image links only, so the folder opens
 * offline from disk (file://) and can be zipped and sent.
 *   index.html    per guide section: the guide's sentences, beside them the step's screens (desktop and
 *                 phone, nb and en), then the same step in its bad-day states
 *   texts.html    every nb text: key, the screens it appears on, its en counterpart, the guide's exact labels marked
 *   compare.html  (with --compare) changed screens first, before | after | difference
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../capture/catalog.ts';
import { esc, type ShotRecord } from '../capture/shoot.ts';
import { loadTexts, textPattern } from '../capture/texts.ts';
import { SCENARIOS, type ScenarioId } from '../../mocks/scenarios.ts';
import type { ScreenDiff } from './compare.ts';
import type { Block, Guide } from './guide.ts';
import type { ReviewManifest } from './run.ts';

/** Where the README's `npm run build && npm run preview` serves the demo: each screenshot links there. */
const DEMO_ORIGIN = 'http://127.0.0.1:4173';

const CSS = `
:root{--line:#d8dbe0;--muted:#5b6370;--mark:#fff1b8}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#16191d;background:#f6f7f9}
header.top{background:#0b2b4c;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap}
header.top a{color:#fff}header.top h1{font-size:1.15rem;margin:0}
main{padding:1rem 1.5rem 4rem}nav.toc ol{margin:.25rem 0 1rem;padding-left:1.25rem}
section.step{background:#fff;border:1px solid var(--line);border-radius:8px;margin:1.5rem 0;padding:1rem 1.25rem}
section.step>h2{margin:.25rem 0 1rem;font-size:1.3rem}
.cols{display:grid;grid-template-columns:minmax(18rem,28rem) 1fr;gap:1.5rem;align-items:start}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.guide{background:#fbfaf6;border-left:4px solid #c9b56b;padding:.5rem 1rem;position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
.guide p{margin:.5rem 0}.guide table{border-collapse:collapse;font-size:13px}.guide td{border-top:1px solid var(--line);padding:.2rem .4rem;vertical-align:top}
.guide .note{color:var(--muted);font-style:italic}
.screen{margin:0 0 1.5rem}.screen h3{font-size:1rem;margin:.25rem 0}.meta{color:var(--muted);font-size:13px;margin:0 0 .5rem}
.shots{display:flex;gap:.75rem;flex-wrap:wrap;align-items:flex-start}figure{margin:0}
figure img{display:block;border:1px solid var(--line);background:#fff;height:auto}
figcaption{font-size:12px;color:var(--muted);max-width:320px;overflow-wrap:anywhere}
h3.bad{margin-top:1.5rem;border-top:1px dashed var(--line);padding-top:.75rem}
.tag{display:inline-block;border-radius:99px;padding:0 .5rem;font-size:12px;background:#e8eef6}.tag.bad{background:#fde2e1}
pre.fail{background:#fde8e8;white-space:pre-wrap;padding:.5rem;font-size:12px}
table.list{border-collapse:collapse;width:100%;background:#fff;font-size:14px}table.list th,table.list td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
table.list th{background:#eef1f5;position:sticky;top:0}tr.guide-label td.nb{background:var(--mark);font-weight:600}
code{font-size:12px}.side{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.5rem}.side img{width:100%}
`;

const page = (title: string, body: string) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head>
<body><header class="top"><h1>${esc(title)}</h1><a href="index.html">Guide walk</a><a href="texts.html">Texts</a><a href="compare.html">What changed</a></header><main>${body}</main></body></html>`;

const inline = (s: string) =>
  esc(s)
    .replace(/\[([^\]]+)\]\(#\)/g, '<u>$1</u>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');

function blockHtml(b: Block): string {
  if (b.kind === 'table') return `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  if (b.kind === 'list') return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
  return `<p>${b.lines.map(inline).join('<br>')}</p>`;
}

const anchor = (heading: string) => `s-${heading.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-')}`;

function figure(s: ShotRecord): string {
  const who = s.account ?? 'signed out';
  const scenario = s.scenario ? `scenario ${s.scenario}` : 'no scenario';
  const alt = `${s.title}: ${who}, ${s.url}, ${scenario}, ${s.lang} ${s.width} px`;
  const w = s.width <= 390 ? 160 : 320;
  return `<figure><a href="shots/${esc(s.file)}"><img src="shots/${esc(s.file)}" width="${w}" alt="${esc(alt)}" loading="lazy"></a>
<figcaption>${esc(s.lang)} · ${s.width} px<br>${esc(who)}<br><a href="${esc(DEMO_ORIGIN + s.url)}"><code>${esc(s.url)}</code></a><br>${esc(scenario)}${s.after ? `<br>after story step <i>${esc(s.after)}</i>` : ''}${s.problems ? '<br><b>page reported errors</b>' : ''}</figcaption></figure>`;
}

function screensOf(entryId: string, shots: ShotRecord[]) {
  return shots.filter((s) => s.entryId === entryId);
}

function indexHtml(guide: Guide, m: ReviewManifest): string {
  const toc = `<nav class="toc" aria-label="Sections"><ol>${guide.sections.map((s) => `<li><a href="#${anchor(s.heading)}">${esc(s.heading)}</a></li>`).join('')}</ol></nav>`;
  const sections = guide.sections.map((sec) => {
    const entries = CATALOG.filter((e) => e.section === sec.heading);
    const good = entries.filter((e) => !e.scenario && screensOf(e.id, m.shots).length);
    const bad = entries.filter((e) => e.scenario && screensOf(e.id, m.shots).length);
    const card = (e: (typeof entries)[number]) => {
      const shots = screensOf(e.id, m.shots);
      const fails = m.failures.filter((f) => f.entryId === e.id).map((f) => `<pre class="fail">${esc(`${f.lang} ${f.widths.join('/')} px: ${f.error}`)}</pre>`);
      return `<div class="screen" id="e-${esc(e.id)}"><h3>${esc(e.title)} ${e.scenario ? `<span class="tag bad">${esc(e.scenario)}</span>` : ''}</h3>
<p class="meta">${esc(e.account ?? 'signed out')} · <code>${esc(shots[0]?.url ?? e.path)}</code>${e.scenario ? ` · ${esc(SCENARIOS[e.scenario as ScenarioId])}` : ''}</p>
<div class="shots">${shots.map(figure).join('')}</div>${fails.join('')}</div>`;
    };
    const failedOnly = entries.filter((e) => !screensOf(e.id, m.shots).length && m.failures.some((f) => f.entryId === e.id));
    return `<section class="step" id="${anchor(sec.heading)}"><h2>${esc(sec.heading)}</h2><div class="cols">
<div class="guide" lang="nb">${sec.note ? `<p class="note">${esc(sec.note)}</p>` : ''}${sec.blocks.map(blockHtml).join('\n')}</div>
<div>${good.map(card).join('\n') || '<p><b>No screen for this section.</b></p>'}
${bad.length ? `<h3 class="bad">Bad-day states</h3>${bad.map(card).join('\n')}` : ''}
${failedOnly.map(card).join('\n')}</div></div></section>`;
  });
  const scenarios = `<details><summary>Scenarios (append <code>?scenario=…</code> to a demo URL)</summary><ul>${Object.entries(SCENARIOS)
    .map(([id, what]) => `<li><b>${esc(id)}</b>: ${esc(what)}</li>`)
    .join('')}</ul></details>`;
  const intro = `<p>The guide (<code>${esc(m.guideFile)}</code>) walked as its people on the production build: ${m.shots.length} screenshots (${m.createdWith.set} set) with the demo clock pinned to ${esc(m.createdWith.demoNow)} and the fixed seed, taken in ${m.seconds.toFixed(0)} s.
Each screenshot names its account, URL and scenario; the URL opens it on the demo (<code>npm run build &amp;&amp; npm run preview</code>; sign in as that account first, and replay the story step if one is named).
${m.failures.length ? `<b>${m.failures.length} capture(s) failed</b>, shown in red.` : ''}</p>`;
  return page('Saksportal review: the guide beside the screens', `${intro}${scenarios}${toc}${sections.join('\n')}`);
}

function textsHtml(guide: Guide, shots: ShotRecord[]): string {
  const nb = loadTexts('nb');
  const en = loadTexts('en');
  const screens = new Map<string, Set<string>>(); // entryId -> texts seen
  for (const s of shots) if (s.lang === 'nb' && s.texts.length) screens.set(s.entryId, new Set([...(screens.get(s.entryId) ?? []), ...s.texts]));
  const guideText = guide.text.replace(/\*\*/g, '');
  const isGuideLabel = (t: string) => {
    if (t.length < 3 || /\{\{|\$t\(/.test(t)) return false;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return re.test(guideText);
  };
  let labels = 0;
  const rows = [...nb.entries()].map(([key, text]) => {
    const re = textPattern(text);
    const on = [...screens.entries()].filter(([, seen]) => [...seen].some((s) => re.test(s))).map(([id]) => id);
    const guideLabel = isGuideLabel(text);
    if (guideLabel) labels++;
    const enText = en.get(key);
    return `<tr class="${guideLabel ? 'guide-label' : ''}"><td><code>${esc(key)}</code></td><td class="nb" lang="nb">${esc(text)}${guideLabel ? ' <span class="tag">guide</span>' : ''}</td><td lang="en">${enText === undefined ? '<b>missing</b>' : esc(enText)}</td><td>${on.map((id) => `<a href="index.html#e-${esc(id)}">${esc(id)}</a>`).join(', ') || '<span class="meta">not on a captured screen</span>'}</td></tr>`;
  });
  return page(
    'Saksportal review: every nb text',
    `<p>${nb.size} nb texts from <code>locales/nb/</code>. <span class="tag">guide</span> and the highlighted rows mark the ${labels} texts that appear word for word in the guide (its exact labels). "Screens" lists the captured screens that show the text (matched against what was on screen, placeholders matching anything).</p>
<table class="list"><thead><tr><th scope="col">Key</th><th scope="col">nb</th><th scope="col">en</th><th scope="col">Screens</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`,
  );
}

function compareHtml(diffs: ScreenDiff[] | null, before: string | null): string {
  if (!diffs) return page('Saksportal review: what changed', '<p>No comparison in this run: <code>npm run review -- --compare &lt;an earlier review folder&gt;</code>.</p>');
  const count = (s: ScreenDiff['status']) => diffs.filter((d) => d.status === s).length;
  const item = (d: ScreenDiff) => {
    const beforeImg = d.status === 'new' ? '<p>(new screen)</p>' : `<img src="compare/before/${esc(d.file)}" alt="before: ${esc(d.file)}">`;
    const afterImg = d.status === 'removed' ? '<p>(screen no longer captured)</p>' : `<img src="shots/${esc(d.file)}" alt="after: ${esc(d.file)}">`;
    const diffImg = d.status === 'changed' ? `<img src="compare/diff/${esc(d.file)}" alt="difference: ${esc(d.file)}">` : '<p></p>';
    const what = d.status === 'changed' ? `${d.pixels} pixels (${(d.ratio * 100).toFixed(2)} %)${d.sizeBefore !== d.sizeAfter ? `, size ${d.sizeBefore} → ${d.sizeAfter}` : ''}` : d.status;
    return `<section class="step"><h2>${esc(d.file)} <span class="tag ${d.status === 'same' ? '' : 'bad'}">${esc(what)}</span></h2><div class="side"><div>Before${beforeImg}</div><div>After${afterImg}</div><div>Difference${diffImg}</div></div></section>`;
  };
  const same = diffs.filter((d) => d.status === 'same');
  return page(
    'Saksportal review: what changed',
    `<p>Compared with <code>${esc(before ?? '')}</code>: ${count('changed')} changed, ${count('new')} new, ${count('removed')} removed, ${same.length} unchanged. Changed screens first (most changed first); red in the difference marks changed pixels.</p>
${diffs.filter((d) => d.status !== 'same').map(item).join('\n')}
<details><summary>${same.length} unchanged screens</summary><ul>${same.map((d) => `<li>${esc(d.file)}</li>`).join('')}</ul></details>`,
  );
}

export function writeSite(outDir: string, guide: Guide, manifest: ReviewManifest, diffs: ScreenDiff[] | null, before: string | null) {
  writeFileSync(join(outDir, 'index.html'), indexHtml(guide, manifest));
  writeFileSync(join(outDir, 'texts.html'), textsHtml(guide, manifest.shots));
  writeFileSync(join(outDir, 'compare.html'), compareHtml(diffs, before));
}
