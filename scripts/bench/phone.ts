/**
 * Phone 390×844, touch, CPU slowed by CDP (Emulation.setCPUThrottlingRate): language switch
 * (tapping the header's button), filter click (tapping an organisation's chip in the opened
 * filter sheet), a walk down the page after those taps, and taps on a bar chart's bars (the
 * linked highlight painted).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import {
  describeWalk,
  load1,
  loadApp,
  openPage,
  PHONE,
  scrollThrough,
  seconds,
  waitDrawn,
  type ScrollWalk,
} from './browser';
import { filterToggle, logged, ORGANISATIONS } from './desktop';
import type { RunContext } from './run-context';
import { summarize, type Summary } from './stats';
import {
  describeEvents,
  interactionSince,
  PAUSE,
  settle,
  summarizeEvents,
  toggleReferences,
  TRIAL_TIMEOUT,
  type EventTimingResult,
  type TimingResult,
  type Toggle,
} from './trials';

/** The bar chart tapped. */
const TAP_PANEL = 'revenue';
/** A slowed phone needs longer for the charts' animations to end between trials. */
const PHONE_PAUSE = PAUSE * 1.5;

export interface PhoneOptions {
  /** CPU slowdown (CDP Emulation.setCPUThrottlingRate). */
  cpuSlowdown: number;
  /** Device pixel ratio. */
  scale: number;
}

export interface TapResult {
  panel: string;
  /** Event Timing per tap. */
  eventTiming: EventTimingResult;
  /** From the finger's lift until the end of the first frame in which a chart's drawing
   * changed (the highlight), ms. */
  paint: Summary & { samples: number[]; missed: number };
  /** Panels whose drawing changed, over all taps. */
  highlighted: string[];
}

export interface PhoneResult {
  cpuSlowdown: number;
  deviceScaleFactor: number;
  lang: TimingResult;
  filter: TimingResult;
  /** Scrolling through the page after the filter taps (the page's hover is where the last
   * tap left it, as for a reader). */
  scroll: ScrollWalk;
  tap: TapResult;
}

/**
 * A finger's tap in the middle of the element, as the touchscreen sends it. Not Playwright's
 * `locator.tap()`: its check that the element receives the tap listens to the pointer events
 * inside the page, and that listener's work (several ms at 4x) would be timed as the app's.
 */
async function fingerTap(target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`nothing to tap: ${target.toString()} has no box`);
  await target.page().touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

async function langToggle(page: Page, ctx: RunContext): Promise<Toggle<'en' | 'zh'>> {
  const states = ['en', 'zh'] as const;
  const act = (next: 'en' | 'zh'): Promise<void> =>
    fingerTap(page.locator('.lang-switch button', { hasText: next === 'zh' ? '中文' : 'English' }));
  const keys = await page.evaluate(() => window.__bench!.keys('visible'));
  const refs = await toggleReferences(page, states, keys, act, ctx.log);
  return { states, refs, event: 'click', act };
}

/** Open the filter sheet; an organisation's chip in it (its label: what a finger taps). */
async function openSheetChip(page: Page): Promise<{ chip: Locator; label: string }> {
  await page.locator('.filter-strip__button').tap();
  await page.locator('dialog.filter-sheet[open] .check-chip').first().waitFor();
  const chips = page.locator('dialog.filter-sheet label.check-chip');
  for (const name of ORGANISATIONS) {
    const chip = chips.filter({ has: page.getByText(name, { exact: true }) });
    if ((await chip.count()) === 1) return { chip, label: name };
  }
  throw new Error(`no chip named ${ORGANISATIONS.join(' or ')} in the phone's filter sheet`);
}

async function closeSheet(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('dialog.filter-sheet[open]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

async function filterTimes(page: Page, ctx: RunContext): Promise<TimingResult> {
  const { chip, label } = await openSheetChip(page);
  const toggle = await filterToggle(page, () => fingerTap(chip), ctx);
  const name = `phone filter chip in the sheet (${label})`;
  const times = await logged(page, toggle, 'bench:phone-filter', name, ctx, PHONE_PAUSE);
  await closeSheet(page);
  return times;
}

type Point = { x: number; y: number };

/**
 * The panel's bars on screen, and where to tap bar `index` if it is one of them and not
 * covered (else null). Points along the bar are tried middle first: one of them is not under
 * the previous tap's tooltip.
 */
async function tapPoint(page: Page, index: number): Promise<{ bars: number; point: Point | null }> {
  return page.evaluate(
    ([id, i, height]) => {
      const bars = window.__bench!.marks(id).filter((m) => m.y > 40 && m.y < height - 40);
      const bar = bars[i % Math.max(1, bars.length)];
      if (bars.length < 2 || !bar) return { bars: bars.length, point: null };
      const uncovered = (p: Point): boolean =>
        document.elementFromPoint(p.x, p.y)?.closest(`section[data-panel="${id}"] svg`) != null;
      const along = [0.5, 0.25, 0.75, 0.1, 0.9].map((f) => ({
        x: bar.left + bar.width * f,
        y: bar.y,
      }));
      return { bars: bars.length, point: along.find(uncovered) ?? null };
    },
    [TAP_PANEL, index, PHONE.height] as const,
  );
}

/** Bring the panel to the middle of the screen and wait for it to draw (panels above change
 * height as they draw, moving it). */
async function centrePanel(page: Page): Promise<void> {
  await page.evaluate((id) => {
    document.querySelector(`section[data-panel="${id}"]`)?.scrollIntoView({ block: 'center' });
  }, TAP_PANEL);
  await waitDrawn(page, 15_000);
  await page.waitForTimeout(2500);
}

/** A tap, not timed, on the panel's corner (outside its chart, where no tooltip reaches):
 * the previous tap's tooltip goes away. */
async function dismissTooltip(page: Page): Promise<void> {
  const corner = await page.evaluate((id) => {
    const r = document.querySelector(`section[data-panel="${id}"]`)?.getBoundingClientRect();
    return r ? { x: r.left + 8, y: Math.max(r.top + 8, 8) } : null;
  }, TAP_PANEL);
  if (corner) await page.touchscreen.tap(corner.x, corner.y);
  await page.waitForTimeout(PHONE_PAUSE);
}

/**
 * Where to tap bar `index`: on screen, and not under the previous tap's tooltip. A tooltip
 * that a tap beside the chart does not take away (now and then the tooltip stays) is left
 * with the page: the app is loaded again.
 */
async function findBar(page: Page, url: string, index: number): Promise<Point> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const { bars, point } = await tapPoint(page, index);
    if (point) return point;
    if (bars >= 2 && attempt === 0) {
      await dismissTooltip(page);
      continue;
    }
    if (bars >= 2) await loadApp(page, url);
    await centrePanel(page);
  }
  const marks = await page.evaluate((id) => window.__bench!.marks(id), TAP_PANEL);
  throw new Error(`no two uncovered bars of ${TAP_PANEL} on the phone: ${JSON.stringify(marks)}`);
}

/** One tap on bar `index`: its Event Timing and the frame that shows the highlight. */
async function tapOnce(page: Page, url: string, index: number) {
  const point = await findBar(page, url, index);
  const since = await page.evaluate((ms) => {
    window.__bench!.armPaint(ms);
    return performance.now();
  }, TRIAL_TIMEOUT);
  await page.touchscreen.tap(point.x, point.y);
  const paint = await page.evaluate(() => window.__bench!.paintResult());
  return { paint, interaction: await interactionSince(page, since) };
}

/**
 * Tap the panel's bars in turn (each tap moves the highlight to another bar's entity) and
 * time each: by Event Timing, and until the first frame in which a chart's drawing changed.
 */
async function measureTaps(page: Page, url: string, taps: number): Promise<TapResult> {
  const interactions = [];
  const paints: number[] = [];
  const highlighted = new Set<string>();
  for (let i = 0; i < taps; i++) {
    const { paint, interaction } = await tapOnce(page, url, i);
    interactions.push(interaction);
    if (paint.ok) paints.push(paint.duration);
    for (const p of paint.changed) highlighted.add(p);
    await page.waitForTimeout(PHONE_PAUSE);
  }
  return {
    panel: TAP_PANEL,
    eventTiming: summarizeEvents(interactions),
    paint: { ...summarize(paints), samples: paints, missed: taps - paints.length },
    highlighted: [...highlighted].sort(),
  };
}

function describeTaps(tap: TapResult): string {
  const missed = tap.paint.missed ? ` (${tap.paint.missed} taps changed no drawing)` : '';
  return (
    `  phone tap on a ${tap.panel} bar: ${describeEvents(tap.eventTiming)}; highlight painted ` +
    `after median ${tap.paint.median.toFixed(0)} ms, max ${tap.paint.max.toFixed(0)} ms${missed}; ` +
    `highlights in ${tap.highlighted.join(', ')}; load ${load1().toFixed(1)}`
  );
}

/** Taps on a fresh page: nothing hovered, and no panel lost to an earlier step. */
async function tapTimes(page: Page, ctx: RunContext): Promise<TapResult> {
  await loadApp(page, ctx.url);
  const tap = await measureTaps(page, ctx.url, Math.max(11, Math.ceil(ctx.tries / 2)));
  ctx.log(describeTaps(tap));
  return tap;
}

export async function runPhone(
  browser: Browser,
  ctx: RunContext,
  opts: PhoneOptions,
): Promise<PhoneResult> {
  const { context, page, cdp } = await openPage(
    browser,
    ctx.url,
    'phone',
    ctx.pageErrors,
    opts.scale,
  );
  try {
    await settle(page, await page.evaluate(() => window.__bench!.keys('all')), 1000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuSlowdown });
    const langName = 'phone language switch (tap)';
    const lang = await logged(
      page,
      await langToggle(page, ctx),
      'bench:phone-lang',
      langName,
      ctx,
      PHONE_PAUSE,
    );
    const filter = await filterTimes(page, ctx);
    const started = Date.now();
    const scroll = await scrollThrough(page, 15_000);
    ctx.log(
      `  phone: scrolled through the page after the filter taps: ${describeWalk(scroll)} (${seconds(started)})`,
    );
    const tap = await tapTimes(page, ctx);
    return {
      cpuSlowdown: opts.cpuSlowdown,
      deviceScaleFactor: opts.scale,
      lang,
      filter,
      scroll,
      tap,
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await context.close();
  }
}
