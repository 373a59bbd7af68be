/**
 * The presenter's toolkit (issue 4): per-chart export (PNG at the preset size in either language,
 * with its text drawn; SVG; CSV with a BOM; the clipboard; both languages at once; the current
 * filters), presentation mode (keyboard steps, L flips the language, Esc goes back to the same
 * place), print (every chart, no controls, landscape PDF), themes (dark, remembered, following
 * the system), and `npm run export`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Download, Locator, Page } from '@playwright/test';
import { expectedPixels, pngSize, type Preset, type Scale } from '../scripts/export-charts-lib';
import {
  activeFilters,
  CHART_IDS,
  chartTitlePattern,
  chartImage,
  chartPanel,
  ECHARTS_IDS,
  EDITION,
  expect,
  filterBar,
  filterOption,
  gotoApp,
  langButton,
  REPORT_FILE,
  showChart,
  SLIDE_IDS,
  slideAt,
  tableToggle,
  test,
  TEXT,
  UI,
  urlParams,
  waitForCharts,
  type ChartId,
  type Lang,
} from './fixtures';

/** The export menu's words, per language. */
const EXPORT = {
  en: {
    button: (name: string) => `Export ${name}`,
    options: (name: string) => `Export options for ${name}`,
    png: 'Download PNG',
    svg: 'Download SVG',
    copy: 'Copy image',
    csv: 'Download data (CSV)',
    both: 'PNG in each language',
    preset: { '16x9': '16:9 (1920×1080)', '4x3': '4:3 (1600×1200)', square: 'Square (1080×1080)' },
    scale: (s: Scale) => `${s}×`,
    copied: 'Image copied to the clipboard',
    failed: /^Export failed: /,
  },
  zh: {
    button: (name: string) => `导出“${name}”`,
    options: (name: string) => `${name}的导出选项`,
    png: '下载 PNG',
    svg: '下载 SVG',
    copy: '复制图片',
    csv: '下载数据（CSV）',
    both: '各语言 PNG',
    preset: {
      '16x9': '16:9（1920×1080）',
      '4x3': '4:3（1600×1200）',
      square: '正方形（1080×1080）',
    },
    scale: (s: Scale) => `${s} 倍`,
    copied: '图片已复制到剪贴板',
    failed: /^导出失败：/,
  },
} as const;

const PRESENT = { en: 'Present', zh: '演示' } as const;

/** A panel's short name ("Q1 venture funding"): its Export button and menu say it. */
function panelName(lang: Lang, id: ChartId): string {
  const name = EDITION.panels.find((p) => p.id === id)?.name[lang];
  if (!name) throw new Error(`the edition has no panel "${id}"`);
  return name;
}

/** The panel these tests export: Q1's venture funding, its total and its rounds. */
const Q1 = 'q1-venture';
/** Its files: the edition, then the panel's slug ("ai-2026-04-q1-2026-ai-venture-funding"). */
const Q1_FILE = `${REPORT_FILE.replace(/\.json$/, '')}-${
  (EDITION.panels as { id: string; slug?: string }[]).find((p) => p.id === Q1)?.slug ?? ''
}`;

type Action = 'png' | 'svg' | 'copy' | 'csv' | 'both';

/** Open a panel's export menu (if it is closed) and return it. */
async function openExportMenu(page: Page, id: ChartId, lang: Lang): Promise<Locator> {
  const panel = chartPanel(page, id);
  const toggle = panel.getByRole('button', {
    name: EXPORT[lang].button(panelName(lang, id)),
    exact: true,
  });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const menu = page.getByRole('group', { name: EXPORT[lang].options(panelName(lang, id)) });
  await expect(menu).toBeVisible();
  return menu;
}

interface ExportOptions {
  preset?: Preset;
  scale?: Scale;
}

/** Choose size and resolution in an open menu. */
async function chooseSize(menu: Locator, lang: Lang, opts: ExportOptions): Promise<void> {
  if (opts.preset) {
    await menu.getByRole('radio', { name: EXPORT[lang].preset[opts.preset], exact: true }).check();
  }
  if (opts.scale) {
    await menu.getByRole('radio', { name: EXPORT[lang].scale(opts.scale), exact: true }).check();
  }
}

interface Downloaded {
  name: string;
  bytes: Buffer;
}

async function read(download: Download): Promise<Downloaded> {
  expect(await download.failure()).toBeNull();
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Click one export action of a chart and return its single download. */
async function exportOne(
  page: Page,
  id: ChartId,
  lang: Lang,
  action: Exclude<Action, 'copy' | 'both'>,
  opts: ExportOptions = {},
): Promise<Downloaded> {
  const menu = await openExportMenu(page, id, lang);
  await chooseSize(menu, lang, opts);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: EXPORT[lang][action], exact: true }).click(),
  ]);
  const file = await read(download);
  await expect(menu.getByRole('status')).not.toHaveText(EXPORT[lang].failed);
  return file;
}

/** What the page's canvas finds in a PNG. */
interface PngStats {
  width: number;
  height: number;
  /** Distinct colours, 4 bits a channel. */
  colours: number;
  /** Share of pixels that are not (near) white. */
  nonWhite: number;
  /** Pixels in the title strip (top 12%) as dark as the title text (#15171c). */
  titleDark: number;
  /** The most separate dark runs along one row of the title strip. */
  titleRuns: number;
}

const TITLE_STRIP = 0.12;

/** Decode a PNG in the page (an <img> drawn to a canvas) and measure it. */
async function pngStats(page: Page, png: Buffer): Promise<PngStats> {
  return page.evaluate(
    async ({ b64, strip }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const { naturalWidth: w, naturalHeight: h } = img;
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D context');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, w, h).data;
      const colours = new Set<number>();
      let nonWhite = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
        colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        if (Math.min(r, g, b) < 240) nonWhite++;
      }
      const isDark = (i: number): boolean => Math.max(d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0) < 90;
      let titleDark = 0;
      let titleRuns = 0;
      for (let y = 0; y < Math.floor(h * strip); y++) {
        let runs = 0;
        let inRun = false;
        for (let x = 0; x < w; x++) {
          const dark = isDark((y * w + x) * 4);
          if (dark) titleDark++;
          if (dark && !inRun) runs++;
          inRun = dark;
        }
        titleRuns = Math.max(titleRuns, runs);
      }
      return {
        width: w,
        height: h,
        colours: colours.size,
        nonWhite: nonWhite / (w * h),
        titleDark,
        titleRuns,
      };
    },
    { b64: png.toString('base64'), strip: TITLE_STRIP },
  );
}

/** An image for the page to compare: a PNG, or an SVG document rasterised at `scale`. */
type Picture = { png: Buffer } | { svg: string; scale: number };

/**
 * Share of pixels that differ clearly between two pictures of the same size, in the title strip
 * (top 12%) and in the rest of the image.
 */
async function pictureDiff(
  page: Page,
  a: Picture,
  b: Picture,
): Promise<{ strip: number; rest: number }> {
  const wire = (p: Picture) =>
    'png' in p
      ? { kind: 'png' as const, data: p.png.toString('base64'), scale: 1 }
      : { kind: 'svg' as const, data: p.svg, scale: p.scale };
  return page.evaluate(
    async ({ pictures, strip }) => {
      const pixels = async (p: (typeof pictures)[number]) => {
        const url =
          p.kind === 'png'
            ? `data:image/png;base64,${p.data}`
            : URL.createObjectURL(new Blob([p.data], { type: 'image/svg+xml;charset=utf-8' }));
        const img = new Image();
        img.src = url;
        await img.decode();
        // As the exporter does: a white canvas at the scale, the image drawn over it.
        const w = Math.round(img.naturalWidth * p.scale);
        const h = Math.round(img.naturalHeight * p.scale);
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) throw new Error('no 2D context');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0, w, h);
        if (p.kind === 'svg') URL.revokeObjectURL(url);
        return { w, h, d: ctx.getImageData(0, 0, w, h).data };
      };
      const [x, y] = [await pixels(pictures[0]), await pixels(pictures[1])];
      if (x.w !== y.w || x.h !== y.h) throw new Error(`sizes differ: ${x.w}×${x.h}, ${y.w}×${y.h}`);
      const stripRows = Math.floor(x.h * strip);
      let inStrip = 0;
      let inRest = 0;
      for (let i = 0; i < x.d.length; i += 4) {
        const diff = Math.max(
          Math.abs((x.d[i] ?? 0) - (y.d[i] ?? 0)),
          Math.abs((x.d[i + 1] ?? 0) - (y.d[i + 1] ?? 0)),
          Math.abs((x.d[i + 2] ?? 0) - (y.d[i + 2] ?? 0)),
        );
        if (diff < 64) continue;
        if (i / 4 / x.w < stripRows) inStrip++;
        else inRest++;
      }
      return { strip: inStrip / (stripRows * x.w), rest: inRest / ((x.h - stripRows) * x.w) };
    },
    { pictures: [wire(a), wire(b)] as const, strip: TITLE_STRIP },
  );
}

/** The slide's title lines (bold, title colour) removed: the same slide with a blank title. */
function withoutTitle(svg: string): string {
  const title = /<text [^>]*font-weight="700" fill="#15171c"[^>]*>[^<]*<\/text>/g;
  expect(svg.match(title)?.length ?? 0, 'the slide SVG has a title line').toBeGreaterThan(0);
  return svg.replace(title, '');
}

/** The text of the slide's own <text> lines (title, subtitle, source), entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

test.describe('export', () => {
  // One page: each language's exports on a load in that language, then a filtered load.
  // The menu's size starts at 16:9 2× on every load; a step that changes it says so.
  test('PNG, SVG, CSV, the clipboard and both languages at once, in each language; the current filters', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const pngs: Partial<Record<Lang, Buffer>> = {};
    const svgs: Partial<Record<Lang, string>> = {};

    for (const lang of ['en', 'zh'] as const) {
      await gotoApp(page, { lang });

      await test.step(`PNG in ${lang}: preset size, not blank, the title drawn in that language`, async () => {
        const png = await exportOne(page, Q1, lang, 'png', { preset: '16x9', scale: 2 });
        expect(png.name).toBe(`${Q1_FILE}.${lang}.png`);
        expect(pngSize(png.bytes), 'IHDR size').toEqual({ width: 1920, height: 1080 });

        const stats = await pngStats(page, png.bytes);
        expect({ width: stats.width, height: stats.height }).toEqual({ width: 1920, height: 1080 });
        expect(stats.colours, 'many distinct colours').toBeGreaterThan(40);
        expect(stats.nonWhite, 'share of non-white pixels').toBeGreaterThan(0.04);
        expect(stats.titleDark, 'dark title pixels in the top strip').toBeGreaterThan(2000);
        // A drawn line of text crosses many separate glyph strokes along one row.
        expect(stats.titleRuns, 'dark runs along a row of the title strip').toBeGreaterThanOrEqual(
          lang === 'en' ? 20 : 12,
        );
        pngs[lang] = png.bytes;
      });

      await test.step(`SVG in ${lang}: the title, the source line, no script; without its title it is the PNG`, async () => {
        const svg = await exportOne(page, Q1, lang, 'svg');
        expect(svg.name).toBe(`${Q1_FILE}.${lang}.svg`);
        const text = svg.bytes.toString('utf8');
        expect(text).toMatch(/^<svg\b/);
        // Titled with the panel's finding, as the page words it.
        const title = /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? '';
        expect(title).toMatch(chartTitlePattern(lang, Q1));
        await expect(chartPanel(page, Q1).getByRole('heading', { level: 3 })).toHaveText(title);
        expect(text).not.toMatch(/<script/i);
        expect(text).not.toMatch(/\son\w+=/i);
        const source =
          (await chartPanel(page, Q1).locator('.chart-panel__source').textContent()) ?? '';
        expect(source).toContain(UI[lang].source);
        expect(squeeze(svgTexts(text).join('')), 'the source line').toContain(squeeze(source));
        // The report month is stamped on it too.
        expect(text).toContain(lang === 'en' ? 'April 2026' : '2026 年 4 月');

        // The same slide with a blank title: its strip is empty, the rest is the same picture.
        const png = pngs[lang];
        if (!png) throw new Error(`no PNG in ${lang}`);
        const blank = await pictureDiff(page, { png }, { svg: withoutTitle(text), scale: 2 });
        expect(blank.strip, 'the title strip differs from a blank-title export').toBeGreaterThan(
          0.01,
        );
        expect(blank.rest, 'the rest matches the blank-title export').toBeLessThan(0.005);
        svgs[lang] = text;
      });

      if (lang === 'en') {
        await test.step('Copy image puts a PNG on the clipboard', async () => {
          const menu = await openExportMenu(page, Q1, 'en');
          await menu.getByRole('button', { name: EXPORT.en.copy, exact: true }).click();
          await expect(menu.getByRole('status')).toHaveText(EXPORT.en.copied);
          const item = await page.evaluate(async () => {
            const items = await navigator.clipboard.read();
            const first = items[0];
            if (!first) return null;
            const blob = await first.getType('image/png');
            const bytes = new Uint8Array(await blob.arrayBuffer());
            return {
              types: [...first.types],
              size: bytes.length,
              head: [...bytes.subarray(0, 24)],
            };
          });
          expect(item?.types).toContain('image/png');
          expect(pngSize(Uint8Array.from(item?.head ?? []))).toEqual({ width: 1920, height: 1080 });
        });

        await test.step('Square 3× and 4:3 2× give their preset sizes (the size changes here)', async () => {
          const cases: [Preset, Scale, { width: number; height: number }][] = [
            ['square', 3, { width: 1620, height: 1620 }],
            ['4x3', 2, { width: 1600, height: 1200 }],
          ];
          for (const [preset, scale, size] of cases) {
            expect(expectedPixels(preset, scale)).toEqual(size);
            const menu = await openExportMenu(page, Q1, 'en');
            await chooseSize(menu, 'en', { preset, scale });
            // "1620 × 1620 px" (a thousands separator allowed).
            const n = (v: number): string => String(v).replace(/(\d)(\d{3})$/, '$1,?$2');
            await expect(menu.locator('.export-menu__size')).toHaveText(
              new RegExp(`^${n(size.width)} × ${n(size.height)} px$`),
            );

            const png = await exportOne(page, Q1, 'en', 'png');
            expect(png.name).toBe(`${Q1_FILE}.en.png`);
            expect(pngSize(png.bytes), `${preset} ${scale}×`).toEqual(size);
            const stats = await pngStats(page, png.bytes);
            expect(stats.nonWhite).toBeGreaterThan(0.04);
            expect(stats.titleRuns).toBeGreaterThanOrEqual(20);
          }
        });
      }
    }

    await test.step('the title strips of the English and the Chinese PNG differ', async () => {
      const { en, zh } = pngs;
      if (!en || !zh) throw new Error('missing an export');
      const between = await pictureDiff(page, { png: en }, { png: zh });
      expect(between.strip, 'the title strips of en and zh differ').toBeGreaterThan(0.01);
    });

    await test.step('CSV starts with a BOM and keeps Chinese', async () => {
      const csv = await exportOne(page, Q1, 'zh', 'csv');
      expect(csv.name).toBe(`${Q1_FILE}.zh.csv`);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.toString('utf8');
      expect(text).toContain('2672 亿美元');
      expect(text).toContain('"指标"');
    });

    await test.step('“PNG in both languages” downloads a .zh.png and an .en.png', async () => {
      const menu = await openExportMenu(page, Q1, 'zh');
      await chooseSize(menu, 'zh', { preset: '16x9', scale: 2 });
      const downloads: Download[] = [];
      const collect = (d: Download): void => void downloads.push(d);
      page.on('download', collect);
      await menu.getByRole('button', { name: EXPORT.zh.both, exact: true }).click();
      await expect.poll(() => downloads.length).toBe(2);
      page.off('download', collect);
      const files = await Promise.all(downloads.map(read));
      expect(files.map((f) => f.name).sort()).toEqual([`${Q1_FILE}.en.png`, `${Q1_FILE}.zh.png`]);
      for (const f of files) expect(pngSize(f.bytes)).toEqual({ width: 1920, height: 1080 });
      expect(files[0]?.bytes.equals(files[1]?.bytes ?? Buffer.alloc(0))).toBe(false);
      await expect(menu.getByRole('status')).toHaveText(/^已保存 /);
    });

    await test.step('the export shows the current filters', async () => {
      // The unfiltered English exports above: 16:9 at 2×.
      const allPng = pngs.en;
      if (!allPng || !svgs.en) throw new Error('missing the unfiltered exports');
      const filterLine = (svg: string) => svgTexts(svg).filter((t) => /\bFiltered: /.test(t));
      expect(filterLine(svgs.en)).toEqual([]);
      // Anthropic's round is drawn in full: its orange bar (the only one) is opaque.
      const anthropicBar = /<path [^>]*fill="#c2410c"[^>]*>/;
      expect(svgs.en).toMatch(anthropicBar);
      expect(anthropicBar.exec(svgs.en)?.[0]).not.toContain('fill-opacity');

      await gotoApp(page, { lang: 'en', org: 'openai' });
      const png = await exportOne(page, Q1, 'en', 'png', { preset: '16x9', scale: 2 });
      const svg = (await exportOne(page, Q1, 'en', 'svg')).bytes.toString('utf8');
      // The subtitle names the filter, and Anthropic's round is drawn as context, faded.
      expect(filterLine(svg)).toEqual([expect.stringMatching(/\bFiltered: OpenAI$/)]);
      expect(anthropicBar.exec(svg)?.[0]).toMatch(/fill-opacity="0\.[0-4]\d*"/);
      expect(png.bytes.equals(allPng)).toBe(false);
      const diff = await pictureDiff(page, { png: png.bytes }, { png: allPng });
      // One bar of four fades and the subtitle gains its filter: about 0.35% of the picture.
      expect(diff.rest, 'the chart area differs from the unfiltered export').toBeGreaterThan(0.002);
    });
  });
});

// ---------------------------------------------------------------------------------------------

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

function slideTitle(page: Page): Locator {
  return dialog(page).getByRole('heading', { level: 2 });
}

function counter(page: Page): Locator {
  return dialog(page).locator('.presentation__counter');
}

async function slideId(page: Page): Promise<ChartId> {
  const id = await dialog(page).getAttribute('data-slide');
  expect(SLIDE_IDS).toContain(id);
  return id as ChartId;
}

/** The counter's text on the nth slide (from 1) of the whole edition. */
const nth = (n: number): string => `${n} / ${SLIDE_IDS.length}`;
/** The headline figures' slide, the second. */
const HEADLINE_TITLE = { en: 'April 2026 in figures', zh: '2026 年 4 月的关键数字' } as const;

/** Relative luminance of a CSS rgb()/rgba() colour. */
function luminance(css: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The page's background as painted: the body's, else the root's. */
async function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    const transparent = body === 'transparent' || body === 'rgba(0, 0, 0, 0)';
    return transparent ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}

/** The fill of the Q1 chart's label of OpenAI's round. */
async function axisLabelFill(page: Page): Promise<string | null> {
  return (await showChart(page, Q1))
    .locator('svg text')
    .filter({ hasText: /OpenAI/ })
    .first()
    .getAttribute('fill');
}

const THEME_LABEL = { en: 'Theme', zh: '主题' } as const;

// One page; each step starts from a fresh load of its own address.
test('presentation mode, print and themes', async ({ page }) => {
  // Seven loads of the page and every slide stepped through twice: 43-46 s on a 2-core
  // machine running the whole suite, and once past the default 60 s when the machine was
  // busier (a clean-clone run on 2 Dec; its retry passed in 43 s).
  test.slow();
  await test.step('presentation: steps with the keyboard, flips language with L, and Esc goes back to the same place', async () => {
    await gotoApp(page, { lang: 'en' });
    await page.evaluate(() => window.scrollTo({ top: 1500, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1500);
    // The panel in the middle of the view: what "the same place" means to the reader.
    const middlePanel = (): Promise<string | null> =>
      page.evaluate(() => {
        const middle = window.innerHeight / 2;
        let best: { id: string | null; distance: number } = { id: null, distance: Infinity };
        for (const panel of document.querySelectorAll<HTMLElement>('section[data-panel]')) {
          const r = panel.getBoundingClientRect();
          const distance =
            r.top > middle ? r.top - middle : r.bottom < middle ? middle - r.bottom : 0;
          if (distance < best.distance) best = { id: panel.dataset.panel ?? null, distance };
        }
        return best.id;
      });
    const placeBefore = await middlePanel();
    expect(placeBefore).not.toBeNull();

    // The button is in the header; a click that scrolls the page up first would hide what
    // "the same place" means, so the click is dispatched where the reader is.
    await page.getByRole('button', { name: PRESENT.en, exact: true }).dispatchEvent('click');
    await expect(dialog(page)).toBeVisible();
    // The title slide, the headline figures, then one slide per panel.
    await expect(counter(page)).toHaveText(nth(1));
    expect(await slideId(page)).toBe(slideAt(0));
    await expect(slideTitle(page)).toHaveText(TEXT.en.reportTitle);
    const first = await slideTitle(page).textContent();
    expect(urlParams(page)).toMatchObject({ present: slideAt(0) });

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(nth(2));
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(nth(3));
    const third = await slideId(page);
    expect(third).toBe(slideAt(2));
    await expect(slideTitle(page)).toHaveText(chartTitlePattern('en', third));
    expect(await slideTitle(page).textContent()).not.toBe(first);
    await expect(dialog(page).locator('[role="img"][aria-describedby] svg')).toBeVisible();

    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(nth(2));
    expect(await slideId(page)).toBe(slideAt(1));
    await expect(slideTitle(page)).toHaveText(HEADLINE_TITLE.en);

    await page.keyboard.press('L');
    await expect(slideTitle(page)).toHaveText(HEADLINE_TITLE.zh);
    await expect(counter(page)).toHaveText(nth(2));
    await expect(dialog(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(urlParams(page)).toMatchObject({ present: slideAt(1), lang: 'zh' });

    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(nth(SLIDE_IDS.length));
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(nth(1));

    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(urlParams(page)).not.toHaveProperty('present');
    expect(urlParams(page)).toMatchObject({ lang: 'zh' });
    // Back where the reader was: the same panel in the middle of the view. The language
    // changed while presenting, so the text above may have re-wrapped and the browser's
    // scroll anchoring may move the page by a few lines.
    await expect.poll(middlePanel).toBe(placeBefore);
    await expect
      .poll(() => page.evaluate(() => Math.abs(window.scrollY - 1500)))
      .toBeLessThanOrEqual(200);
  });

  await test.step('presentation: filters apply inside it', async () => {
    await gotoApp(page, { lang: 'en', org: 'openai' });
    await page.getByRole('button', { name: PRESENT.en, exact: true }).click();
    await expect(dialog(page)).toBeVisible();
    for (let i = 0; i < SLIDE_IDS.length && (await slideId(page)) !== Q1; i++) {
      const before = await counter(page).textContent();
      await page.keyboard.press('ArrowRight');
      await expect(counter(page)).not.toHaveText(before ?? '');
    }
    expect(await slideId(page)).toBe(Q1);
    // The slide says what is filtered.
    await expect(dialog(page).locator('.presentation__filter')).toHaveText('Filtered: OpenAI');
    const chart = dialog(page).locator('[role="img"][aria-describedby]');
    await expect(chart.locator('svg')).toBeVisible();
    const descriptionId = await chart.getAttribute('aria-describedby');
    const description = (await page.locator(`[id="${descriptionId}"]`).textContent()) ?? '';
    expect(description).toContain('OpenAI: $122B');
    // OpenAI's round is drawn in full; Anthropic's, left out by the filter, only as faded
    // context, the one faded bar.
    const faded = await chart.evaluate((el) => {
      const label = [...el.querySelectorAll('svg text')].find(
        (t) => t.textContent === 'Anthropic Series G',
      );
      const row = label?.getBoundingClientRect();
      return [...el.querySelectorAll('svg path')]
        .filter((p) => /^(#|rgb)/.test(p.getAttribute('fill') ?? '') && !p.closest('pattern'))
        .map((p) => ({
          r: p.getBoundingClientRect(),
          o: Number(p.getAttribute('fill-opacity') ?? 1),
        }))
        .filter(({ r, o }) => r.width > 0 && r.height > 0 && o > 0 && o < 0.5)
        .map(({ r }) =>
          row && r.top <= row.bottom && r.bottom >= row.top ? 'Anthropic' : 'other',
        );
    });
    expect(faded).toEqual(['Anthropic']);
    // The filter is still on, and it is in the address.
    expect(urlParams(page)).toMatchObject({ org: 'openai' });
  });

  await test.step('presentation: ?present=4&lang=zh opens slide 4 in Chinese', async () => {
    await page.goto('/?present=4&lang=zh');
    await expect(dialog(page)).toBeVisible();
    await expect(counter(page)).toHaveText(nth(4));
    expect(await slideId(page)).toBe(slideAt(3));
    // An older link's number names the slide by its id from then on.
    expect(urlParams(page)).toMatchObject({ present: slideAt(3), lang: 'zh' });
    await expect(slideTitle(page)).toHaveText(chartTitlePattern('zh', slideAt(3)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(dialog(page).locator('[role="img"][aria-describedby] svg')).toBeVisible();
  });

  await test.step('presentation: every slide fits the 1440 × 900 screen, stepped to either way, in both languages', async () => {
    // Each slide's chart is sized to the room its title, subtitle and notes leave, and drawn
    // at that size, whichever slide came before (a chart kept the previous slide's size once,
    // pushing its notes off the slide).
    const misfit = (): Promise<string> =>
      page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('.presentation__chart');
        if (!body) return 'no slide body';
        const problems: string[] = [];
        const over = body.scrollHeight - body.clientHeight;
        if (over > 1) problems.push(`overflows by ${over} px`);
        const chart = body.querySelector<HTMLElement>('.chart');
        const drawn = chart?.querySelector('svg')?.getAttribute('height');
        if (chart && Number(drawn) !== chart.clientHeight)
          problems.push(`chart drawn ${drawn ?? 'nowhere'} px high in ${chart.clientHeight} px`);
        return problems.join('; ');
      });
    await page.keyboard.press('Home');
    for (const [lang, key] of [
      ['zh', 'ArrowRight'],
      ['en', 'ArrowLeft'],
    ] as const) {
      if (lang === 'en') await page.keyboard.press('L');
      await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
      for (let i = 0; i < SLIDE_IDS.length; i++) {
        const id = await slideId(page);
        await expect.poll(misfit, { message: `slide ${id} (${lang})` }).toBe('');
        if (i < SLIDE_IDS.length - 1) {
          await page.keyboard.press(key);
          await expect.poll(() => slideId(page)).not.toBe(id);
        }
      }
    }
  });

  await test.step('print: every chart at full width and no controls', async () => {
    await gotoApp(page, { lang: 'en' }, 'en', { reveal: true });
    await page.emulateMedia({ media: 'print' });

    await expect(filterBar(page, 'en')).toBeHidden();
    await expect(langButton(page, 'en')).toBeHidden();
    await expect(langButton(page, 'zh')).toBeHidden();
    await expect(page.getByRole('button', { name: PRESENT.en, exact: true })).toBeHidden();
    const widths: number[] = [];
    for (const id of CHART_IDS) {
      const panel = chartPanel(page, id);
      await expect(panel).toBeVisible();
      // A chart, or big numbers (HTML).
      const drawing = ECHARTS_IDS.includes(id)
        ? chartImage(page, id).locator('svg').first()
        : panel.locator('.stat-tiles');
      await expect(drawing).toBeVisible();
      await expect(
        panel.getByRole('button', { name: EXPORT.en.button(panelName('en', id)), exact: true }),
      ).toBeHidden();
      await expect(tableToggle(page, id)).toBeHidden();
      // ECharts follows the panel's new width (a ResizeObserver): the chart fills the panel.
      await expect
        .poll(async () => {
          const panelBox = await panel.boundingBox();
          const box = await drawing.boundingBox();
          return panelBox && box ? box.width / panelBox.width : 0;
        }, `${id}: chart width / panel width`)
        .toBeGreaterThan(0.85);
      widths.push((await panel.boundingBox())?.width ?? 0);
    }
    // One column: every panel as wide as the widest.
    const widest = Math.max(...widths);
    for (const w of widths) expect(w).toBeGreaterThan(widest - 2);
  });

  await test.step('print: on paper every chart is drawn for the sheet by the time `beforeprint` returns', async () => {
    // The browser lays the page out for the sheet (A4 landscape, 1031 px between the margins)
    // and takes its picture as soon as `beforeprint` returns, with no frame between: by then
    // every chart must be drawn for the sheet's column, not the window's (1440 px here, as
    // the emulated print media above lays it out).
    const drawn = await page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      const panels = [...document.querySelectorAll('section[data-panel]')].flatMap((panel) => {
        const chart = panel.querySelector('[role="img"]');
        const still = chart?.querySelector(':scope > .chart__paper > svg');
        return chart
          ? [
              {
                id: panel.getAttribute('data-panel'),
                width: Number(still?.getAttribute('width') ?? 0),
                marks: still?.querySelectorAll('path, rect').length ?? 0,
                shown: still ? getComputedStyle(still.parentElement as Element).display : 'none',
              },
            ]
          : [];
      });
      dispatchEvent(new Event('afterprint'));
      return panels;
    });
    expect(drawn.map((d) => d.id).sort()).toEqual([...ECHARTS_IDS].sort());
    for (const d of drawn) {
      expect(d.width, `${d.id}: drawn for the sheet`).toBeGreaterThan(900);
      expect(d.width, `${d.id}: drawn for the sheet`).toBeLessThanOrEqual(1031);
      expect(d.marks, `${d.id}: with its marks`).toBeGreaterThan(3);
      expect(d.shown, `${d.id}: shown in print`).toBe('block');
    }
  });

  await test.step('print: page.pdf() gives a landscape PDF', async () => {
    // As a print dialog does, take the page size from the CSS (@page A4 landscape).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = [
      ...pdf
        .toString('latin1')
        .matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
    ].map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
    expect(boxes.length, 'pages with a /MediaBox').toBeGreaterThan(0);
    for (const box of boxes) expect(box.width).toBeGreaterThan(box.height);
  });
  // Back to the screen for the themes.
  await page.emulateMedia({ media: null });

  await test.step('themes: Dark re-themes the page and the charts, keeps the view, and is remembered', async () => {
    await gotoApp(page, { lang: 'en', org: 'openai', sel: 'organisation:openai' });
    const theme = page.getByLabel(THEME_LABEL.en, { exact: true });
    await theme.selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const lightFill = await axisLabelFill(page);
    expect(lightFill).toBeTruthy();
    await expect.poll(async () => luminance(await pageBackground(page))).toBeGreaterThan(0.6);

    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Polled: under reduced motion every property change is a 0.01 ms transition.
    await expect
      .poll(async () => luminance(await pageBackground(page)), 'dark background')
      .toBeLessThan(0.05);
    await expect.poll(() => axisLabelFill(page), 'axis label colour').not.toBe(lightFill);

    // The view is untouched.
    expect(urlParams(page)).toMatchObject({ org: 'openai', sel: 'organisation:openai' });
    await expect(filterOption(page, 'en', 'organisations', 'OpenAI')).toBeChecked();
    await expect(
      activeFilters(page, 'en').getByText(UI.en.selected('OpenAI'), { exact: true }),
    ).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel(THEME_LABEL.en, { exact: true })).toHaveValue('dark');
    await waitForCharts(page);
    await expect.poll(async () => luminance(await pageBackground(page))).toBeLessThan(0.05);
  });

  await test.step('themes: with the system in dark mode and no saved choice, the page starts dark (“system”)', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoApp(page, { lang: 'zh' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel(THEME_LABEL.zh, { exact: true })).toHaveValue('system');
    await expect.poll(async () => luminance(await pageBackground(page))).toBeLessThan(0.05);
  });
});

// ---------------------------------------------------------------------------------------------

const run = promisify(execFile);

test.describe('npm run export', () => {
  test('writes every chart in both languages into --out', async () => {
    test.setTimeout(120_000);
    const out = mkdtempSync(join(tmpdir(), 'export-charts-e2e-'));
    try {
      const started = Date.now();
      const { stdout } = await run('npx', ['tsx', 'scripts/export-charts.ts', '--out', out], {
        cwd: resolve(import.meta.dirname, '..'),
        timeout: 100_000,
      });
      const seconds = (Date.now() - started) / 1000;
      test.info().annotations.push({ type: 'export time', description: `${seconds.toFixed(1)} s` });
      const files = readdirSync(out).sort();
      expect(files).toHaveLength(CHART_IDS.length * 2);
      for (const f of files) expect(f).toMatch(/\.(en|zh)\.png$/);
      expect(files.filter((f) => f.endsWith('.en.png'))).toHaveLength(CHART_IDS.length);
      expect(files).toContain(`${Q1_FILE}.en.png`);
      expect(files).toContain(`${Q1_FILE}.zh.png`);
      for (const f of files) {
        expect(pngSize(readFileSync(join(out, f))), f).toEqual({ width: 1920, height: 1080 });
        expect(stdout).toContain(f);
      }
      expect(stdout).toMatch(new RegExp(`Wrote ${CHART_IDS.length * 2} files`));
      expect(seconds).toBeLessThan(90);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
