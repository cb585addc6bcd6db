/**
 * Layout at 1280, 1024 and 390 px (issue 11): every page and dialog of the guide's flows, from the one
 * catalog that `npm run screens` photographs (scripts/capture/catalog.ts), as its account, in nb, on the
 * production build. At each width:
 * 1. the document does not scroll sideways (`scrollWidth <= innerWidth`);
 * 2. every visible button and link lies inside the viewport horizontally. A control inside a box that
 *    scrolls on its own (a wide table) counts as reachable when the box itself is on screen and, scrolled
 *    to the control, still shows the row's identifying column (its row header, else its first cell);
 *    with a modal dialog open, only the dialog's controls are reachable, so only they are checked;
 * 3. no text is cut off (overflow hidden/clip, ellipsis, line clamp) without a way to read it in full:
 *    a `title` holding the whole text, or the whole text shown on hover or focus;
 * 4. axe reports no serious or critical violation.
 * Each entry is opened once, then resized (the `slow` scenario's loading state is opened per width).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, STORY } from '../../scripts/capture/catalog.ts';
import { CaptureEngine, viewportOf, type Opened, type Width } from '../../scripts/capture/engine.ts';
import { expectNoSeriousAxeViolations, launchBrowser, type JourneyPage } from './browser';

const WIDTHS_TO_CHECK: Width[] = [1280, 1024, 390];
/** Cut-off texts without a title that are hovered and focused to see whether they show in full (each costs time). */
const HOVER_CHECKS = 6;

interface PageFacts {
  scrollWidth: number;
  innerWidth: number;
  offscreen: string[];
  cut: { mark: string; text: string; what: string; readable: boolean }[];
}

/** Runs in the page: the facts behind checks 1–3. Marks each cut-off element with data-layout-cut. */
function measure(): PageFacts {
  window.scrollTo(0, 0); // an earlier hover may have scrolled the page
  const vw = window.innerWidth;
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const what = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
        : '';
    const name = norm(el.getAttribute('aria-label')) || norm(el.textContent).slice(0, 50);
    return `<${el.tagName.toLowerCase()}${cls}> "${name}"`;
  };
  const shown = (el: Element) => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const scrollingBox = (el: Element): HTMLElement | null => {
    for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if ((ox === 'auto' || ox === 'scroll') && p.scrollWidth > p.clientWidth + 1) return p;
    }
    return null;
  };

  const scope: ParentNode =
    document.querySelector('dialog[open]:modal, [role="dialog"][aria-modal="true"]') ?? document;
  const controls = [
    ...scope.querySelectorAll(
      'a[href], button, [role="button"], [role="link"], [role="menuitem"], input[type="button"], input[type="submit"], summary',
    ),
  ].filter(shown);
  const offscreen: string[] = [];
  for (const el of controls) {
    const box = scrollingBox(el);
    const r = el.getBoundingClientRect();
    if (!box) {
      if (r.left >= -1 && r.right <= vw + 1) continue;
      // A control placed off-screen until it has focus (a skip link) is reachable: focus it and look again.
      const before = document.activeElement as HTMLElement | null;
      (el as HTMLElement).focus({ preventScroll: true });
      const f = el.getBoundingClientRect();
      const onFocus = document.activeElement === el && f.left >= -1 && f.right <= vw + 1;
      (el as HTMLElement).blur();
      before?.focus?.({ preventScroll: true });
      if (!onFocus) offscreen.push(`${what(el)} at x ${Math.round(r.left)}…${Math.round(r.right)} (viewport ${vw})`);
      continue;
    }
    const b = box.getBoundingClientRect();
    if (b.left < -1 || b.right > vw + 1) {
      offscreen.push(
        `${what(el)} is in a scrolling box that is itself off-screen (x ${Math.round(b.left)}…${Math.round(b.right)}, viewport ${vw})`,
      );
      continue;
    }
    const saved = box.scrollLeft;
    box.scrollLeft += r.left < b.left ? r.left - b.left : r.right > b.right ? r.right - b.right : 0;
    const row = el.closest('tr, [role="row"]');
    const idCell =
      row?.querySelector('th[scope="row"], [role="rowheader"]') ??
      row?.querySelector('th, td, [role="cell"], [role="gridcell"]');
    const ownCell = el.closest('th, td, [role="cell"], [role="gridcell"], [role="rowheader"]');
    if (idCell && idCell !== ownCell) {
      const ir = idCell.getBoundingClientRect();
      const inView = Math.min(ir.right, b.right) - Math.max(ir.left, b.left);
      if (inView < Math.min(ir.width, 40) - 1)
        offscreen.push(
          `${what(el)}: scrolled to it, its row's identifying column ("${norm(idCell.textContent).slice(0, 40)}") is out of view`,
        );
    }
    box.scrollLeft = saved;
  }

  const cut: PageFacts['cut'] = [];
  let n = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.matches('input, select, textarea, option, script, style, svg, svg *, noscript')) continue;
    const cs = getComputedStyle(el);
    const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
    const clamp = (cs as CSSStyleDeclaration & { webkitLineClamp?: string }).webkitLineClamp;
    const clamped = Boolean(clamp && clamp !== 'none');
    if (!clipsX && !clamped) continue;
    const h = el as HTMLElement;
    if (h.clientWidth <= 1 || h.clientHeight <= 1 || !shown(el)) continue; // visually hidden on purpose (screen-reader text)
    const text = norm(h.innerText);
    if (!text) continue;
    const isCut = (clipsX && h.scrollWidth > h.clientWidth + 1) || (clamped && h.scrollHeight > h.clientHeight + 1);
    if (!isCut) continue;
    if (cut.some((c) => document.querySelector(`[data-layout-cut="${c.mark}"]`)?.contains(el))) continue;
    const titled = el.closest('[title]');
    const readable = Boolean(titled && norm(titled.getAttribute('title')).includes(text));
    const mark = String(n++);
    h.setAttribute('data-layout-cut', mark);
    cut.push({ mark, text: text.slice(0, 80), what: what(el), readable });
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, offscreen, cut };
}

/** Runs in the page after hovering or focusing a cut element: is its whole text on screen now? */
function shownInFull(mark: string): boolean {
  const el = document.querySelector(`[data-layout-cut="${mark}"]`) as HTMLElement | null;
  if (!el) return true;
  const text = el.innerText.replace(/\s+/g, ' ').trim();
  if (el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1) return true;
  return [...document.querySelectorAll('[role="tooltip"], [popover]:popover-open')].some(
    (t) => (t as HTMLElement).checkVisibility() && (t as HTMLElement).innerText.replace(/\s+/g, ' ').includes(text),
  );
}

async function layoutProblems(page: JourneyPage, label: string): Promise<string[]> {
  const problems: string[] = [];
  const facts = await page.evaluate(measure);
  if (facts.scrollWidth > facts.innerWidth)
    problems.push(`the page scrolls sideways: scrollWidth ${facts.scrollWidth} > innerWidth ${facts.innerWidth}`);
  for (const o of facts.offscreen) problems.push(`control off-screen: ${o}`);
  for (const c of facts.cut.filter((x) => !x.readable).slice(0, HOVER_CHECKS)) {
    const target = page.locator(`[data-layout-cut="${c.mark}"]`);
    let readable = false;
    try {
      await target.hover({ timeout: 2_000 });
      readable = await page.evaluate(shownInFull, c.mark);
      if (!readable) {
        const focusable = target.locator('xpath=ancestor-or-self::*[self::a or self::button or @tabindex][1]');
        if (await focusable.count()) {
          await focusable.first().focus();
          readable = await page.evaluate(shownInFull, c.mark);
        }
      }
    } catch {
      /* cannot be hovered: counts as not readable */
    }
    if (!readable) problems.push(`text cut off with no way to read it in full: ${c.what} "${c.text}"`);
  }
  const unread = facts.cut.filter((x) => !x.readable).length;
  if (unread > HOVER_CHECKS) problems.push(`… and up to ${unread - HOVER_CHECKS} more cut-off texts not examined`);
  await page.mouse.move(0, 0);
  try {
    await expectNoSeriousAxeViolations(page, label);
  } catch (e) {
    problems.push((e as Error).message);
  }
  return problems;
}

// No retry (the e2e project retries once): these checks measure a settled page, so a second try gives the
// same answer and would only double the time of a failing run.
describe(
  'layout: nothing off-screen, nothing cut off, no serious axe violation, at 1280, 1024 and 390 px',
  { retry: 0 },
  () => {
    let browser: Browser;
    let engine: CaptureEngine;

    beforeAll(async () => {
      browser = await launchBrowser();
      engine = new CaptureEngine(browser, STORY);
      await engine.runStory();
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const entry of CATALOG) {
      describe(`${entry.id} (${entry.account ?? 'signed out'}, ${entry.path}${entry.scenario ? `, scenario ${entry.scenario}` : ''})`, () => {
        const perWidth = entry.scenario === 'slow';
        let opened: Opened | undefined;

        beforeAll(async () => {
          if (!perWidth) opened = await engine.open(entry, { lang: 'nb', width: WIDTHS_TO_CHECK[0]! });
        });
        afterAll(async () => {
          await opened?.close();
        });

        for (const width of WIDTHS_TO_CHECK) {
          it(`${width} px`, async () => {
            const own = perWidth ? await engine.open(entry, { lang: 'nb', width }) : undefined;
            const page = (own ?? opened)!.page;
            try {
              if (page.viewportSize()?.width !== width) {
                await page.setViewportSize(viewportOf(width));
                await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
              }
              const problems = await layoutProblems(page, `${entry.id} at ${width} px`);
              expect(problems.join('\n'), `${entry.id} at ${width} px (${page.url()})`).toBe('');
            } finally {
              await own?.close();
            }
          });
        }
      });
    }
  },
);
