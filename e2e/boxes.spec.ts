/**
 * Nothing cut off, anywhere: every chart's text inside its chart's box, every element's text
 * inside the element (or wrapped), nothing wider than the screen, in both languages at 390,
 * 1024 and 1440 px; and every export preset's SVG, loaded into a page and measured there with
 * the real CJK font (an estimate in Node would measure the estimator, not the font).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { joinLines, withoutCjkSpaces } from '../src/test/text-lines';
import { EDITION, expect, test, type Lang } from './fixtures';

const WIDTHS = [390, 1024, 1440] as const;
const LANGS = ['en', 'zh'] as const;

/**
 * The names the treemap draws, whole: its threads' and its events' short titles. A tile's
 * label that does not fit its tile loses a line ("…and ultra-long" without "context") or has
 * a word broken in two ("prescripti / ons"); neither leaves anything outside a box.
 */
const { threads, events } = EDITION as unknown as {
  threads: { name: Record<Lang, string> }[];
  events: { shortTitle: Record<Lang, string> }[];
};
const treemapNames = (lang: Lang): string[] => [
  ...threads.map((t) => t.name[lang]),
  ...events.map((e) => e.shortTitle[lang]),
];

/**
 * Which of `names` a drawing's text lines (in document order) do not spell out whole: the
 * lines are joined (with a space between Latin words, without one in Chinese or after a
 * hyphen) and each name must be found in that text.
 */
function missingNames(lines: readonly string[], names: readonly string[]): string[] {
  const text = withoutCjkSpaces(joinLines(lines));
  return names.filter((name) => !text.includes(withoutCjkSpaces(name)));
}

/**
 * What is cut off on the page: chart texts (SVG) outside their chart's box, text of the
 * panels and the header outside its element or the screen, and a page wider than the screen.
 * Each panel is measured while it is on screen (off screen, a `content-visibility: auto`
 * panel's contents are not laid out, so their boxes mean nothing), once it has drawn.
 */
async function cutOff(page: Page, names: readonly string[]): Promise<string[]> {
  const { problems, treemap } = await page.evaluate(async () => {
    let treemap: string[] | null = null;
    const problems: string[] = [];
    const slack = 1.5;
    const width = document.documentElement.clientWidth;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    const within = (r: DOMRect, box: DOMRect): boolean =>
      r.left >= box.left - slack &&
      r.right <= box.right + slack &&
      r.top >= box.top - slack &&
      r.bottom <= box.bottom + slack;
    const measureChart = (root: HTMLElement, name: string): void => {
      for (const chart of root.querySelectorAll<HTMLElement>('.chart')) {
        const box = chart.getBoundingClientRect();
        for (const text of chart.querySelectorAll<SVGTextElement>('svg text')) {
          const content = text.textContent?.trim() ?? '';
          if (!content) continue;
          const r = text.getBoundingClientRect();
          if (r.width === 0 || !within(r, box)) problems.push(`${name}: chart text “${content}”`);
        }
      }
    };
    const measureText = (root: HTMLElement, name: string): void => {
      const rootBox = root.getBoundingClientRect();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (
          !content ||
          !parent ||
          parent.closest('svg, .visually-hidden, .visually-hidden-focusable, [hidden], .chart')
        ) {
          continue;
        }
        // Visually hidden on purpose (a 1-pixel clipped label): no text is seen to be cut.
        if (!parent.checkVisibility() || parent.getBoundingClientRect().width <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width === 0) continue;
          const element = parent.getBoundingClientRect();
          const clipped =
            r.right > element.right + slack && getComputedStyle(parent).overflowX !== 'visible';
          if (r.left < -slack || r.right > width + slack || clipped || !within(r, rootBox)) {
            problems.push(`${name}: “${content.slice(0, 60)}”`);
            break;
          }
        }
      }
    };
    window.scrollTo(0, 0);
    await frame();
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(
        `page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`,
      );
    }
    for (const root of document.querySelectorAll<HTMLElement>(
      '.masthead, .cards-section, .filter-strip',
    )) {
      measureText(root, root.className);
    }
    for (const section of document.querySelectorAll<HTMLElement>('section[data-panel], .figures')) {
      const name = section.dataset.panel ?? 'figures';
      section.scrollIntoView({ block: 'start' });
      const start = performance.now();
      while (
        section.dataset.panel &&
        !section.querySelector('.chart svg, .stat-tiles li, .theme-list li')
      ) {
        if (performance.now() - start > 8000) {
          problems.push(`${name}: never drew`);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      // Resize observers, then ECharts' own (lazy) update, then one frame to paint.
      await new Promise((r) => setTimeout(r, 250));
      await frame();
      measureChart(section, name);
      measureText(section, name);
      const drawn = name === 'themes' ? section.querySelector('.chart svg') : null;
      if (drawn) treemap = [...drawn.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }
    return { problems, treemap };
  });
  // On a phone the treemap is a list, whose names the text checks above cover.
  const notWhole = treemap ? missingNames(treemap, names) : [];
  return [...problems, ...notWhole.map((n) => `themes: “${n}” not whole`)];
}

for (const lang of LANGS) {
  test(`nothing is cut off at 390, 1024 and 1440 px (${lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: WIDTHS[0], height: 844 });
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('section[data-panel]').first()).toBeVisible({ timeout: 15_000 });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
      expect(await cutOff(page, treemapNames(lang)), `at ${width} px`).toEqual([]);
    }
  });
}

/**
 * Every <text> of a slide SVG inside the slide, and inside the chart it belongs to; with
 * `names`, each of them spelled out whole by the chart's text.
 */
async function slideCutOff(page: Page, svg: string, names: readonly string[]): Promise<string[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const { problems, chart } = await page.evaluate(async () => {
    await document.fonts.ready;
    const problems: string[] = [];
    const slide = document.querySelector('body > svg');
    if (!slide) return { problems: ['no slide'], chart: [] };
    const box = slide.getBoundingClientRect();
    for (const text of slide.querySelectorAll('text')) {
      const content = text.textContent?.trim() ?? '';
      if (!content) continue;
      const r = text.getBoundingClientRect();
      // A chart's own text also stays inside the chart's place on the slide.
      const chart = text.closest('svg:not(body > svg)')?.getBoundingClientRect() ?? box;
      for (const b of [box, chart]) {
        if (
          r.left < b.left - 1 ||
          r.right > b.right + 1 ||
          r.top < b.top - 1 ||
          r.bottom > b.bottom + 1
        ) {
          problems.push(`“${content}”`);
          break;
        }
      }
    }
    const chart = [...slide.querySelectorAll(':scope svg text')].map((t) => t.textContent ?? '');
    return { problems, chart };
  });
  return [...problems, ...missingNames(chart, names).map((n) => `“${n}” not whole`)];
}

for (const lang of LANGS) {
  test(`nothing is cut off in any export preset (${lang})`, async ({ page, browser }) => {
    test.slow();
    await page.goto(`/?lang=${lang}`);
    const panels = page.locator('section[data-panel]');
    await expect(panels.first()).toBeVisible({ timeout: 15_000 });
    const measure = await browser.newPage();
    const problems: string[] = [];
    for (const id of await panels.evaluateAll((s) =>
      s.map((x) => x.getAttribute('data-panel') ?? ''),
    )) {
      const panel = page.locator(`section[data-panel="${id}"]`);
      const menu = panel.locator('.export-menu');
      await menu.getByRole('button').first().click();
      for (const preset of [0, 1, 2]) {
        await menu.getByRole('radio').nth(preset).check();
        const download = page.waitForEvent('download');
        await menu
          .getByRole('button', { name: lang === 'en' ? 'Download SVG' : '下载 SVG' })
          .click();
        const file = await (await download).path();
        const names = id === 'themes' ? treemapNames(lang) : [];
        const found = await slideCutOff(measure, readFileSync(file, 'utf8'), names);
        problems.push(...found.map((p) => `${id} preset ${preset}: ${p}`));
      }
      await page.keyboard.press('Escape');
    }
    await measure.close();
    expect(problems).toEqual([]);
  });
}
