/**
 * Desktop 1440×900, no throttling: language switch (the L key) and an organisation filter
 * click (a checkbox in the sidebar), at the top of a fresh page and again after scrolling
 * through the whole page (every chart made); memory and ECharts instances; pointer sweeps
 * across two charts' marks; timeline brush.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { measureBrush, describeBrush, type BrushResult } from './brush';
import {
  atRest,
  describeWalk,
  load1,
  openPage,
  scrollThrough,
  seconds,
  type ScrollWalk,
} from './browser';
import { describeMemory, heapAfterGc, measureMemory, type MemoryResult } from './memory';
import { describeSweep, sweep, type SweepResult } from './sweep';
import {
  describeTiming,
  settle,
  toggleReferences,
  toggleTrials,
  type TimingResult,
  type Toggle,
} from './trials';
import type { RunContext } from './run-context';

/** The organisations tried, in order, for the filter click. */
export const ORGANISATIONS = ['Anthropic', 'OpenAI'];

/** Pairs of panels side by side whose marks the pointer sweeps across. */
const SWEEP_PAIRS: [string, string][] = [
  ['revenue', 'sora'],
  ['context-windows', 'osworld'],
];
const SWEEP_MS = 4000;

export interface DesktopResult {
  lang: TimingResult;
  filter: TimingResult;
  /** The same filter click after scrolling through the whole page, back at the top. */
  filterScrolled: TimingResult;
  scroll: ScrollWalk;
  brush: BrushResult;
  memory: MemoryResult;
  sweeps: SweepResult[];
}

/** An organisation's checkbox in the Organisation fieldset, else anywhere on the page. */
async function findCheckbox(page: Page): Promise<{ box: Locator; label: string }> {
  const group = page.getByRole('group', { name: 'Organisation', exact: true });
  for (const scope of [group, page.locator('body')]) {
    for (const name of ORGANISATIONS) {
      const box = scope.getByRole('checkbox', { name, exact: true });
      if ((await box.count()) === 1) return { box, label: name };
    }
  }
  throw new Error(
    `no checkbox named ${ORGANISATIONS.join(' or ')} (in the "Organisation" fieldset) to time a filter click`,
  );
}

/** Every panel and the match count: what a filter changes. */
export async function filterKeys(page: Page): Promise<string[]> {
  const all = await page.evaluate(() => window.__bench!.keys('all'));
  return all.filter((k) => k.startsWith('panel:') || k === 'status');
}

/** The filter toggle of `click`, its references taken on the page as it is now. */
export async function filterToggle(
  page: Page,
  click: () => Promise<void>,
  ctx: RunContext,
): Promise<Toggle<'off' | 'on'>> {
  const states = ['off', 'on'] as const;
  const refs = await toggleReferences(page, states, await filterKeys(page), click, ctx.log);
  return { states, refs, event: 'click', act: click };
}

async function langToggle(page: Page, ctx: RunContext): Promise<Toggle<'en' | 'zh'>> {
  const states = ['en', 'zh'] as const;
  const act = (): Promise<void> => page.keyboard.press('l');
  const keys = await page.evaluate(() => window.__bench!.keys('visible'));
  const refs = await toggleReferences(page, states, keys, act, ctx.log);
  return { states, refs, event: 'keydown', act };
}

/** Timed trials of a toggle, logged. */
export async function logged<S extends string>(
  page: Page,
  toggle: Toggle<S>,
  label: string,
  name: string,
  ctx: RunContext,
  pause?: number,
): Promise<TimingResult> {
  const started = Date.now();
  const t = await toggleTrials(page, toggle, ctx.tries, label, pause);
  ctx.log(describeTiming(`${name}, ${seconds(started)}`, t, ctx.tries));
  return t;
}

/** Through the whole page (every chart made), then the filter click again at the top. */
async function afterScrolling(
  page: Page,
  click: () => Promise<void>,
  ctx: RunContext,
): Promise<{ scroll: ScrollWalk; filterScrolled: TimingResult }> {
  await page.mouse.move(0, 0);
  const started = Date.now();
  const scroll = await scrollThrough(page);
  ctx.log(`  scrolled through the page: ${describeWalk(scroll)} (${seconds(started)})`);
  const toggle = await filterToggle(page, click, ctx);
  await atRest(page);
  await settle(page, await filterKeys(page));
  const name = `desktop filter click after scrolling through (${scroll.chartsMade} charts)`;
  return { scroll, filterScrolled: await logged(page, toggle, 'bench:filter-scrolled', name, ctx) };
}

async function sweeps(page: Page, ctx: RunContext): Promise<SweepResult[]> {
  const out: SweepResult[] = [];
  for (const pair of SWEEP_PAIRS) {
    const s = await sweep(page, pair, SWEEP_MS);
    ctx.log(describeSweep(s, load1()));
    out.push(s);
  }
  return out;
}

export async function runDesktop(
  browser: Browser,
  ctx: RunContext,
): Promise<{ result: DesktopResult; filterLabel: string }> {
  const { context, page, cdp } = await openPage(browser, ctx.url, 'desktop', ctx.pageErrors);
  try {
    const allKeys = await page.evaluate(() => window.__bench!.keys('all'));
    await settle(page, allKeys, 1000);
    const lang = await langToggle(page, ctx);
    const { box, label: filterLabel } = await findCheckbox(page);
    const click = (): Promise<void> => box.click();
    const filter = await filterToggle(page, click, ctx);
    await atRest(page);
    await settle(page, allKeys);
    // The cold heap: before any timed trial, while V8 has compiled little of these paths.
    const cold = await heapAfterGc(cdp, page);
    const langTimes = await logged(
      page,
      lang,
      'bench:lang',
      'desktop language switch (L key)',
      ctx,
    );
    const filterTimes = await logged(
      page,
      filter,
      'bench:filter',
      `desktop filter click (${filterLabel})`,
      ctx,
    );
    const memoryStarted = Date.now();
    const memory = await measureMemory({
      page,
      cdp,
      lang,
      filter,
      filterLabel,
      filterKeys: await filterKeys(page),
      allKeys,
      cold,
    });
    ctx.log(describeMemory(memory, memoryStarted));
    const { scroll, filterScrolled } = await afterScrolling(page, click, ctx);
    const swept = await sweeps(page, ctx);
    // Last: the brush leaves a range filter behind.
    const brush = await measureBrush(page);
    ctx.log(describeBrush(brush));
    const result = { lang: langTimes, filter: filterTimes, filterScrolled, scroll, memory, brush };
    return { result: { ...result, sweeps: swept }, filterLabel };
  } finally {
    await context.close();
  }
}
