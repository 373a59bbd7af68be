/**
 * Interaction timings through Playwright, by the browser's Event Timing API (the measure INP
 * is built from: from the input event to the next paint after its handlers) and, beside it,
 * until every watched element shows the new state:
 *   - desktop 1440×900, no throttling: language switch (the L key) and organisation filter
 *     click (a chip in the sidebar), at the top of a fresh page and again after scrolling
 *     through the whole page (every chart created); timeline brush frame rate; the memory /
 *     ECharts-instance check; a pointer sweep across two charts' marks (long animation frames);
 *   - phone 390×844, touch, CPU slowed 4× (CDP): language switch (tapping the header button),
 *     filter click (tapping a chip in the opened filter sheet), and tapping a bar (time until
 *     the linked highlight is painted).
 */
import { mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Locator,
  type Page,
} from '@playwright/test';
import {
  installBench,
  type FrameStats,
  type Interaction,
  type LongFrame,
  type NearPanel,
  type PanelCount,
  type Signature,
  type TrialResult,
} from './in-page';
import { summarize, type Summary } from './stats';
import { percent } from './table';

/** What the Event Timing API said about the trials. */
export interface EventTimingResult extends Summary {
  /** Per trial, ms (the longest entry of the trial's interaction). */
  samples: number[];
  /** Trials with no entry: the interaction took under 16 ms (counted as 16 ms). */
  under16: number;
  /** Medians over the trials of the longest entry's parts, ms. */
  parts: { inputDelay: number; processing: number; presentation: number };
  /** The event types that made up the interactions. */
  names: string[];
}

export interface TimingResult extends Summary {
  /** Until every watched element showed the new state, ms (ok trials only). */
  samples: number[];
  /** Medians per direction (en→zh / zh→en, or on / off). */
  byDirection: Record<string, number>;
  /** Trials that never reached the target state, with what was still different. */
  failures: { trial: number; mismatched: string[] }[];
  /** What was watched: the keys of the signature. */
  watched: string[];
  /** Median ms until each watched element showed the new state, slowest first. */
  perKey: { key: string; median: number }[];
  /** The same trials by Event Timing. */
  eventTiming: EventTimingResult;
  /** Host load average (1 min) before and after these trials. */
  load: [number, number];
}

export interface BrushResult extends FrameStats {
  idleFps: number;
  handleFound: boolean;
  moves: number;
  /** Average time for one mouse move to be handled by the page, ms. */
  msPerMove: number;
  /** The range filter changed during the drag (the brush did something). */
  rangeChanged: boolean;
}

export interface MemoryResult {
  /** Bytes, after garbage collection, before any timed trial. */
  cold: number;
  /** Bytes, after garbage collection, after the timed trials: the baseline. */
  before: number;
  /** After the language switches, before the filter changes. */
  afterLang: number;
  after: number;
  /** The same from heap snapshots without compiled code, bytes: a leak shows here too. */
  withoutCode: { before: number; after: number; deltaPercent: number } | null;
  deltaPercent: number;
  /** From `cold`, for reference: includes the code V8 compiled during the trials. */
  coldDeltaPercent: number;
  /** Compiled code (bytecode and machine code) in the snapshots, bytes. */
  code: { before: number; after: number } | null;
  langSwitches: number;
  filterChanges: number;
  /** Checked in the unfiltered state and with the filter on. */
  panels: (PanelCount & { state: string; heapInstances: number | null })[];
}

export interface SweepResult {
  panels: string[];
  ms: number;
  moves: number;
  /** Marks the sweep crossed, per pass. */
  marks: number;
  /** Panels whose drawing changed during the sweep (the linked highlights). */
  highlighted: string[];
  /** Long animation frames (≥ 50 ms) during the sweep. */
  longFrames: LongFrame[];
  over50: number;
  over100: number;
  longest: number;
  /** Frames by requestAnimationFrame over the sweep. */
  frames: FrameStats;
}

export interface ScrollWalk {
  /** Panels near the view that had not drawn within the timeout, at some scroll position. */
  undrawn: { y: number; panels: NearPanel[] }[];
  /** Scroll positions visited. */
  stops: number;
  ms: number;
  chartsMade: number;
}

export interface TapResult {
  panel: string;
  /** Event Timing per tap. */
  eventTiming: EventTimingResult;
  /** Until the end of the first frame in which a chart's SVG changed (the highlight), ms. */
  paint: Summary & { samples: number[]; missed: number };
  /** Panels whose drawing changed, over all taps. */
  highlighted: string[];
}

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

export interface PhoneResult {
  cpuSlowdown: number;
  deviceScaleFactor: number;
  lang: TimingResult;
  filter: TimingResult;
  /** Scrolling through the page after the filter taps (the store's hover is where the last
   * tap left it, as for a reader). */
  scroll: ScrollWalk;
  tap: TapResult;
}

export interface InteractionResult {
  desktop: DesktopResult;
  phone: PhoneResult | null;
  filterLabel: string;
  pageErrors: string[];
}

export interface InteractionOptions {
  url: string;
  chromePath: string;
  tries: number;
  log: (line: string) => void;
  /** Skip the phone measurements. */
  skipPhone?: boolean;
  /** CPU slowdown for the phone (CDP Emulation.setCPUThrottlingRate). */
  cpuSlowdown?: number;
  phoneScale?: number;
  /** Pairs of panels to sweep the pointer across. */
  sweepPairs?: [string, string][];
  sweepMs?: number;
}

const TRIAL_TIMEOUT = 5000;
/** Language switches and filter changes between the two heap measurements. */
const OPS = 50;
/** Between timed trials: the charts' animations (the treemap's takes ~1 s) end first. */
const PAUSE = 1000;
/** Panels within this distance of the viewport have a chart (src/features/panels/use-panel-place.ts). */
export const NEAR_MARGIN = 250;

/** The organisations tried, in order, for the filter click. */
const ORGANISATIONS = ['Anthropic', 'OpenAI'];

export const DEFAULT_SWEEPS: [string, string][] = [
  ['revenue', 'sora'],
  ['context-windows', 'osworld'],
];

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function load1(): number {
  return loadavg()[0] ?? Number.NaN;
}

interface Trial {
  direction: string;
  result: TrialResult;
  interaction: Interaction | null;
}

/**
 * One timed trial: arm the in-page watcher, act, wait until the page shows `target`, then
 * read the interaction the Event Timing API reported for it.
 */
async function timed(
  page: Page,
  event: 'keydown' | 'click',
  label: string,
  target: Signature,
  act: () => Promise<void>,
): Promise<{ result: TrialResult; interaction: Interaction | null }> {
  const since = await page.evaluate(
    ([e, l, t, ms]) => {
      window.__bench!.arm(e, l, t, ms);
      return performance.now();
    },
    [event, label, target, TRIAL_TIMEOUT] as const,
  );
  await act();
  const result = await page.evaluate(() => window.__bench!.result());
  // Entries are reported after the paint; the watcher above usually ends later than that.
  const found = await page.evaluate((s) => window.__bench!.waitInteraction(s, 500), since);
  const interaction = found.reduce<Interaction | null>(
    (a, b) => (a && a.duration >= b.duration ? a : b),
    null,
  );
  return { result, interaction };
}

async function settle(page: Page, keys: readonly string[], quietMs = 700): Promise<Signature> {
  return page.evaluate(([k, q]) => window.__bench!.settle(k, q, 15_000), [keys, quietMs] as const);
}

function summarizeEvents(interactions: (Interaction | null)[]): EventTimingResult {
  const samples = interactions.map((i) => i?.duration ?? 16);
  const seen = interactions.filter((i): i is Interaction => i !== null);
  const med = (pick: (i: Interaction) => number): number => summarize(seen.map(pick)).median;
  return {
    ...summarize(samples),
    samples,
    under16: interactions.length - seen.length,
    parts: {
      inputDelay: med((i) => i.inputDelay),
      processing: med((i) => i.processing),
      presentation: med((i) => i.presentation),
    },
    names: [...new Set(seen.flatMap((i) => i.names))],
  };
}

function summarizeTiming(
  trials: Trial[],
  trial0: number,
  watched: string[],
  load: [number, number],
): TimingResult {
  const ok = trials.filter((t) => t.result.ok);
  const durations = ok.map((t) => t.result.duration);
  const byDirection: Record<string, number> = {};
  for (const direction of new Set(ok.map((t) => t.direction))) {
    byDirection[direction] = summarize(
      ok.filter((t) => t.direction === direction).map((t) => t.result.duration),
    ).median;
  }
  const perKey = watched
    .map((key) => ({
      key,
      median: summarize(
        ok.map((t) => t.result.perKey[key]).filter((v): v is number => v !== undefined),
      ).median,
    }))
    .sort((a, b) => b.median - a.median);
  const failures = trials.flatMap((t, i) =>
    t.result.ok ? [] : [{ trial: trial0 + i, mismatched: t.result.mismatched }],
  );
  return {
    ...summarize(durations),
    samples: durations,
    byDirection,
    failures,
    watched,
    perKey,
    eventTiming: summarizeEvents(trials.map((t) => t.interaction)),
    load,
  };
}

/** Keyboard focus off the checkbox: the L key is ignored while a form field has focus. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}

function slowest(t: TimingResult): string {
  return t.perKey
    .slice(0, 3)
    .map((k) => `${k.key} ${k.median.toFixed(0)} ms`)
    .join(', ');
}

export function describeTiming(name: string, t: TimingResult, tries: number): string {
  const et = t.eventTiming;
  return (
    `  ${name}: Event Timing median ${et.median.toFixed(0)} ms, p95 ${et.p95.toFixed(0)} ms, ` +
    `max ${et.max.toFixed(0)} ms (input delay ${et.parts.inputDelay.toFixed(0)} + handlers ` +
    `${et.parts.processing.toFixed(0)} + to paint ${et.parts.presentation.toFixed(0)} ms, medians` +
    `${et.under16 ? `; ${et.under16} under 16 ms` : ''}); until every watched element ` +
    `updated: median ${t.median.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms ` +
    `(${t.n}/${tries} ok; slowest: ${slowest(t)}); load ${t.load[0].toFixed(1)}→${t.load[1].toFixed(1)}`
  );
}

async function heapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  await page.waitForTimeout(1000);
  // The benchmark's own marks are not the app's memory.
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * A heap snapshot's JS part (V8 objects, not Blink's), and how much of it is compiled code
 * (bytecode and machine code), which grows while V8 warms up and is not a leak.
 */
async function heapBreakdown(cdp: CDPSession): Promise<{ js: number; code: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => {
    chunks.push(e.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let js = 0;
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = typeNames[snap.nodes[i + typeAt] ?? -1];
    const size = snap.nodes[i + sizeAt] ?? 0;
    if (type === 'native') continue;
    js += size;
    if (type === 'code') code += size;
  }
  return { js, code };
}

/** Live ECharts instances in the heap, whether attached to the page or not. */
async function heapInstances(cdp: CDPSession): Promise<number | null> {
  const group = 'bench-instances';
  try {
    const proto = await cdp.send('Runtime.evaluate', {
      expression: 'window.__bench.echartsPrototype()',
      objectGroup: group,
    });
    const id = proto.result.objectId;
    if (!id) return null;
    const found = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: id,
      objectGroup: group,
    });
    if (!found.objects.objectId) return null;
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return Number(length.result.value);
  } catch {
    return null;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
  }
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

/** The organisation chip (its label: what a finger taps) inside the phone's filter sheet. */
async function findSheetChip(page: Page): Promise<{ chip: Locator; label: string }> {
  const sheet = page.locator('dialog.filter-sheet');
  for (const name of ORGANISATIONS) {
    const chip = sheet
      .locator('label.check-chip')
      .filter({ has: page.getByText(name, { exact: true }) });
    if ((await chip.count()) === 1) return { chip, label: name };
  }
  throw new Error(`no chip named ${ORGANISATIONS.join(' or ')} in the phone's filter sheet`);
}

function chromiumEnv(): Record<string, string> {
  const home = join(tmpdir(), 'ai-report-dashboard-chromium');
  for (const dir of ['config', 'cache']) mkdirSync(join(home, dir), { recursive: true });
  return {
    ...(process.env as Record<string, string>),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
}

export async function launch(chromePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    args: ['--js-flags=--expose-gc'],
    env: chromiumEnv(),
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh context and page on `url` with the benchmark's helpers installed, once the first
 * chart has drawn and the page has settled.
 */
export async function openPage(
  browser: Browser,
  url: string,
  device: 'desktop' | 'phone',
  pageErrors: string[],
  phoneScale = 3,
): Promise<OpenedPage> {
  const context = await browser.newContext(
    device === 'desktop'
      ? { viewport: DESKTOP, locale: 'en-US', reducedMotion: 'no-preference' }
      : {
          viewport: PHONE,
          deviceScaleFactor: phoneScale,
          isMobile: true,
          hasTouch: true,
          locale: 'en-US',
          reducedMotion: 'no-preference',
        },
  );
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps nested functions in __name(); the page needs it defined.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  page.on('pageerror', (e) => pageErrors.push(`${device} pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${device} console: ${m.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/?lang=en`);
  await page.locator('section[data-panel] .chart svg').first().waitFor();
  await page.evaluate(installBench);
  return { context, page, cdp };
}

/**
 * Scroll through the whole page, a step of 3/4 of the viewport at a time, waiting at each stop
 * until every panel near the view has drawn (or `timeoutMs` passed), then back to the top.
 */
export async function scrollThrough(page: Page, timeoutMs = 10_000): Promise<ScrollWalk> {
  const started = Date.now();
  const undrawn: ScrollWalk['undrawn'] = [];
  let stops = 0;
  for (let y = 0; ;) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    stops++;
    const waiting = await waitDrawn(page, timeoutMs);
    if (waiting.length) undrawn.push({ y, panels: waiting });
    const { scrollY, max } = await page.evaluate(() => ({
      scrollY: window.scrollY,
      max: document.documentElement.scrollHeight - innerHeight,
    }));
    if (scrollY >= max - 1) break;
    y = Math.min(max, scrollY + Math.round((page.viewportSize()?.height ?? 800) * 0.75));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const waiting = await waitDrawn(page, timeoutMs);
  if (waiting.length) undrawn.push({ y: 0, panels: waiting });
  const chartsMade = await page.evaluate(
    () => document.querySelectorAll('[_echarts_instance_]').length,
  );
  return { undrawn, stops, ms: Date.now() - started, chartsMade };
}

/**
 * Waits until every panel within NEAR_MARGIN of the viewport shows what it has to (a drawn
 * chart, its tiles or list, its table or the empty state); returns those still waiting after
 * `timeoutMs`. Polled after rendered frames, inside the page.
 */
export async function waitDrawn(page: Page, timeoutMs: number): Promise<NearPanel[]> {
  return page.evaluate(
    ([margin, timeout]) =>
      new Promise<NearPanel[]>((resolve) => {
        const started = performance.now();
        let done = false;
        const bad = (): NearPanel[] =>
          window
            .__bench!.nearPanels(margin)
            .filter((p) => p.state === 'waiting' || p.state === 'error');
        const finish = (): void => {
          if (done) return;
          done = true;
          resolve(bad());
        };
        const check = (): void => {
          if (done) return;
          const left = bad();
          // A panel replaced by its error boundary will not recover: no need to wait for it.
          if (!left.some((p) => p.state === 'waiting') || performance.now() - started > timeout)
            finish();
          else requestAnimationFrame(() => setTimeout(check, 0));
        };
        // Two frames first: the observers of the panels' place get to run.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(check, 0)));
        // A page in the background gets no frames: do not wait for ever.
        setTimeout(finish, timeout + 1000);
      }),
    [NEAR_MARGIN, timeoutMs] as const,
  );
}

/** Language references: the visible keys, settled, in each language (the page ends in English). */
async function languageReferences(
  page: Page,
  keys: string[],
  toggle: () => Promise<void>,
  log: (line: string) => void,
): Promise<Record<'en' | 'zh', Signature>> {
  const en = await settle(page, keys);
  await toggle();
  const zh = await settle(page, keys);
  await toggle();
  const back = await settle(page, keys);
  if (JSON.stringify(back) !== JSON.stringify(en)) {
    log('  warning: the English page differs after switching there and back; using the latter');
  }
  return { en: back, zh };
}

async function filterReferences(
  page: Page,
  keys: string[],
  click: () => Promise<void>,
): Promise<Record<'on' | 'off', Signature>> {
  await click();
  const on = await settle(page, keys);
  await click();
  const off = await settle(page, keys);
  return { on, off };
}

/** `tries` timed language switches (an even number of them: the page ends in English). */
async function languageTrials(
  page: Page,
  tries: number,
  refs: Record<'en' | 'zh', Signature>,
  event: 'keydown' | 'click',
  act: (next: 'en' | 'zh') => Promise<void>,
  label: string,
  pause: number,
): Promise<TimingResult> {
  const load0 = load1();
  const trials: Trial[] = [];
  let lang: 'en' | 'zh' = 'en';
  for (let i = 0; i < tries + (tries % 2); i++) {
    const next: 'en' | 'zh' = lang === 'en' ? 'zh' : 'en';
    const r = await timed(page, event, `${label}:${i}`, refs[next], () => act(next));
    if (i < tries) trials.push({ direction: `${lang}→${next}`, ...r });
    await page.waitForTimeout(pause);
    lang = next;
  }
  return summarizeTiming(trials, 0, Object.keys(refs.en), [load0, load1()]);
}

/** `tries` timed filter clicks (an even number: the filter ends off). */
async function filterTrials(
  page: Page,
  tries: number,
  refs: Record<'on' | 'off', Signature>,
  act: () => Promise<void>,
  label: string,
  pause: number,
): Promise<TimingResult> {
  const load0 = load1();
  const trials: Trial[] = [];
  let on = false;
  for (let i = 0; i < tries + (tries % 2); i++) {
    const state = on ? 'off' : 'on';
    const r = await timed(page, 'click', `${label}:${i}`, refs[state], act);
    if (i < tries) trials.push({ direction: state, ...r });
    await page.waitForTimeout(pause);
    on = !on;
  }
  return summarizeTiming(trials, 0, Object.keys(refs.on), [load0, load1()]);
}

/**
 * Sweep the pointer across the marks of two panels side by side for `ms`, from mark to mark
 * in small steps (crossing the gaps between them, as a reader's pointer does), and collect the
 * long animation frames.
 */
async function sweep(page: Page, pair: [string, string], ms: number): Promise<SweepResult> {
  const [a, b] = pair;
  // Both panels' tops in view: the first one's top a little below the viewport's.
  await page.evaluate(
    ([x, y]) => {
      const ea = document.querySelector(`section[data-panel="${x}"]`);
      const eb = document.querySelector(`section[data-panel="${y}"]`);
      if (!ea || !eb) return;
      const top = Math.min(ea.getBoundingClientRect().top, eb.getBoundingClientRect().top);
      window.scrollBy(0, top - 16);
    },
    [a, b] as const,
  );
  await waitDrawn(page, 10_000);
  await page.waitForTimeout(1500);
  const route = await page.evaluate(
    ([x, y]) => [...window.__bench!.marks(x), ...window.__bench!.marks(y)],
    [a, b] as const,
  );
  const inView = route.filter((p) => p.y > 0 && p.y < DESKTOP.height && p.x > 0);
  if (inView.length < 2) throw new Error(`too few marks on screen to sweep ${a} and ${b}`);
  await page.mouse.move(inView[0]!.x, inView[0]!.y);
  await page.waitForTimeout(300);
  const since = await page.evaluate(() => {
    const changed = new Set<string>();
    const w = window as unknown as { __sweepChanged?: Set<string>; __sweepObs?: MutationObserver };
    w.__sweepChanged = changed;
    w.__sweepObs = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        const panel = el.closest?.('section[data-panel]');
        if (panel && el.closest?.('svg')) changed.add(panel.getAttribute('data-panel') ?? '');
      }
    });
    w.__sweepObs.observe(document.body, { subtree: true, attributes: true, childList: true });
    window.__bench!.startFrames();
    return performance.now();
  });
  const started = Date.now();
  let moves = 0;
  let i = 0;
  let dir = 1;
  let last = inView[0]!;
  while (Date.now() - started < ms) {
    const next = inView[i]!;
    const dist = Math.hypot(next.x - last.x, next.y - last.y);
    const steps = Math.max(1, Math.round(dist / 6));
    await page.mouse.move(next.x, next.y, { steps });
    moves += steps;
    last = next;
    if (i + dir < 0 || i + dir >= inView.length) dir = -dir;
    i += dir;
  }
  const elapsed = Date.now() - started;
  await page.waitForTimeout(300);
  const out = await page.evaluate((s) => {
    const w = window as unknown as { __sweepChanged?: Set<string>; __sweepObs?: MutationObserver };
    w.__sweepObs?.disconnect();
    return {
      frames: window.__bench!.stopFrames(),
      longFrames: window.__bench!.longFrames(s),
      highlighted: [...(w.__sweepChanged ?? [])],
    };
  }, since);
  await page.mouse.move(2, 2);
  // Only the frames of the sweep itself (the 300 ms after it let the last ones be reported).
  const longFrames = out.longFrames.filter((f) => f.start <= since + elapsed + 50);
  return {
    panels: pair,
    ms: elapsed,
    moves,
    marks: inView.length,
    highlighted: out.highlighted.sort(),
    longFrames,
    over50: longFrames.filter((f) => f.duration > 50).length,
    over100: longFrames.filter((f) => f.duration > 100).length,
    longest: Math.max(0, ...longFrames.map((f) => f.duration)),
    frames: out.frames,
  };
}

export async function runDesktop(
  browser: Browser,
  opts: InteractionOptions,
  pageErrors: string[],
): Promise<{ result: DesktopResult; filterLabel: string }> {
  const { url, tries, log } = opts;
  const { context, page, cdp } = await openPage(browser, url, 'desktop', pageErrors);
  try {
    const allKeys = await page.evaluate(() => window.__bench!.keys('all'));
    await settle(page, allKeys, 1000);

    // ── References: what each watched element shows, settled, in each state.
    // Language: the visible panels, cards and tables at the top of the page.
    const visibleKeys = await page.evaluate(() => window.__bench!.keys('visible'));
    const langRef = await languageReferences(
      page,
      visibleKeys,
      () => page.keyboard.press('l'),
      log,
    );
    // Filter: every panel and the match count.
    const { box, label: filterLabel } = await findCheckbox(page);
    const filterKeys = allKeys.filter((k) => k.startsWith('panel:') || k === 'status');
    const filterRef = await filterReferences(page, filterKeys, () => box.click());
    await page.mouse.move(0, 0);
    await blur(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page, allKeys);

    // ── Cold heap: before any timed trial, while V8 has compiled little of these paths.
    const cold = await heapAfterGc(cdp, page);
    let phase = Date.now();

    const lang = await languageTrials(
      page,
      tries,
      langRef,
      'keydown',
      () => page.keyboard.press('l'),
      'bench:lang',
      PAUSE,
    );
    log(describeTiming(`desktop language switch (L key), ${seconds(phase)}`, lang, tries));
    phase = Date.now();
    const filter = await filterTrials(
      page,
      tries,
      filterRef,
      () => box.click(),
      'bench:filter',
      PAUSE,
    );
    log(describeTiming(`desktop filter click (${filterLabel}), ${seconds(phase)}`, filter, tries));

    const memory = await measureMemory(
      page,
      cdp,
      langRef,
      filterRef,
      box,
      filterKeys,
      allKeys,
      cold,
      filterLabel,
      log,
    );
    const brush = await measureBrush(page, log);

    // ── Through the whole page: every chart is made; then the filter click again, at the top.
    await page.mouse.move(0, 0);
    phase = Date.now();
    const scroll = await scrollThrough(page);
    log(
      `  scrolled through the page: ${scroll.stops} stops, ${scroll.chartsMade} charts made, ` +
        `${scroll.undrawn.length ? `UNDRAWN: ${JSON.stringify(scroll.undrawn)}` : 'every panel near the view drawn'} (${seconds(phase)})`,
    );
    const allAfter = await page.evaluate(() => window.__bench!.keys('all'));
    await settle(page, allAfter);
    const filterKeysAfter = allAfter.filter((k) => k.startsWith('panel:') || k === 'status');
    const filterRefAfter = await filterReferences(page, filterKeysAfter, () => box.click());
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page, filterKeysAfter);
    phase = Date.now();
    const filterScrolled = await filterTrials(
      page,
      tries,
      filterRefAfter,
      () => box.click(),
      'bench:filter-scrolled',
      PAUSE,
    );
    log(
      describeTiming(
        `desktop filter click after scrolling through (${scroll.chartsMade} charts), ${seconds(phase)}`,
        filterScrolled,
        tries,
      ),
    );

    // ── Pointer sweeps across two charts' marks, every chart made (the most linked highlights).
    const sweeps: SweepResult[] = [];
    for (const pair of opts.sweepPairs ?? DEFAULT_SWEEPS) {
      const s = await sweep(page, pair, opts.sweepMs ?? 4000);
      sweeps.push(s);
      log(
        `  hover sweep over ${pair.join(' + ')} (${(s.ms / 1000).toFixed(1)} s, ${s.moves} moves, ` +
          `${s.marks} marks; highlights drawn in ${s.highlighted.join(', ') || 'none'}): ` +
          `${s.longFrames.length} long frames, ${s.over50} over 50 ms, ${s.over100} over 100 ms, ` +
          `longest ${s.longest.toFixed(0)} ms; ${s.frames.fps.toFixed(1)} fps by rAF; load ${load1().toFixed(1)}`,
      );
    }
    return {
      result: { lang, filter, filterScrolled, scroll, brush, memory, sweeps },
      filterLabel,
    };
  } finally {
    await context.close();
  }
}

async function measureMemory(
  page: Page,
  cdp: CDPSession,
  langRef: Record<'en' | 'zh', Signature>,
  filterRef: Record<'on' | 'off', Signature>,
  box: Locator,
  filterKeys: string[],
  allKeys: string[],
  cold: number,
  filterLabel: string,
  log: (line: string) => void,
): Promise<MemoryResult> {
  // OPS language switches, then OPS filter changes, each waiting until the page shows its
  // result, from a baseline taken after the timed trials. Those trials are the warm-up: V8
  // compiles (and re-compiles, optimising) the code these paths run while they repeat, and
  // that compiled code is heap too; it is reported separately, as is the growth from the
  // cold heap before any trial.
  await page.mouse.move(0, 0);
  await blur(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, allKeys);
  const phase = Date.now();
  const before = await heapAfterGc(cdp, page);
  const snapBefore = await heapBreakdown(cdp).catch(() => null);
  let lang: 'en' | 'zh' = 'en';
  for (let i = 0; i < OPS; i++) {
    const next: 'en' | 'zh' = lang === 'en' ? 'zh' : 'en';
    const { result: r } = await timed(page, 'keydown', `bench:mem-lang:${i}`, langRef[next], () =>
      page.keyboard.press('l'),
    );
    if (!r.ok) throw new Error(`language switch ${i} never completed: ${r.mismatched.join(', ')}`);
    lang = next;
  }
  const afterLang = await heapAfterGc(cdp, page);
  const panels: MemoryResult['panels'] = [];
  let on = false;
  for (let i = 0; i < OPS; i++) {
    const state = on ? 'off' : 'on';
    const { result: r } = await timed(
      page,
      'click',
      `bench:mem-filter:${i}`,
      filterRef[state],
      () => box.click(),
    );
    if (!r.ok) throw new Error(`filter change ${i} never completed: ${r.mismatched.join(', ')}`);
    on = !on;
    if (on && i === OPS - 2) {
      // Filter on: panels without matching data show the empty state.
      await settle(page, filterKeys);
      panels.push({
        state: `${filterLabel} filter on`,
        ...(await page.evaluate(() => window.__bench!.panels())),
        heapInstances: await heapInstances(cdp),
      });
    }
  }

  // ── Back in the starting state (English, no filter).
  await page.mouse.move(0, 0);
  await blur(page);
  await settle(page, allKeys);
  const after = await heapAfterGc(cdp, page);
  const snapAfter = await heapBreakdown(cdp).catch(() => null);
  const withoutCode =
    snapBefore && snapAfter
      ? {
          before: snapBefore.js - snapBefore.code,
          after: snapAfter.js - snapAfter.code,
          deltaPercent:
            ((snapAfter.js - snapAfter.code) / (snapBefore.js - snapBefore.code) - 1) * 100,
        }
      : null;
  const code = snapBefore && snapAfter ? { before: snapBefore.code, after: snapAfter.code } : null;
  panels.unshift({
    state: 'unfiltered',
    ...(await page.evaluate(() => window.__bench!.panels())),
    heapInstances: await heapInstances(cdp),
  });
  const memory: MemoryResult = {
    cold,
    before,
    afterLang,
    after,
    deltaPercent: ((after - before) / before) * 100,
    coldDeltaPercent: ((after - cold) / cold) * 100,
    withoutCode,
    code,
    langSwitches: OPS,
    filterChanges: OPS,
    panels,
  };
  log(
    `  memory (${OPS} switches + ${OPS} filter changes, ${seconds(phase)}): ` +
      `${(before / 1e6).toFixed(2)} MB → ${(afterLang / 1e6).toFixed(2)} MB after the ` +
      `switches → ${(after / 1e6).toFixed(2)} MB after the clicks ` +
      `(${percent(memory.deltaPercent)}; without compiled code ` +
      `${withoutCode ? percent(withoutCode.deltaPercent) : 'unknown'}; ` +
      `from the cold ${(cold / 1e6).toFixed(2)} MB before any trial ${percent(memory.coldDeltaPercent)}); ` +
      panels
        .map(
          (p) =>
            `${p.state}: ${p.domInstances} instances in the page, ${p.heapInstances ?? '?'} in the heap, ` +
            `${p.chartPanels} chart panels`,
        )
        .join('; '),
  );
  return memory;
}

/** Timeline brush: drag the slider's left handle for ~2 s, counting frames. */
async function measureBrush(page: Page, log: (line: string) => void): Promise<BrushResult> {
  await page
    .locator('section[data-panel="timeline"]')
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.__bench!.startFrames());
  await page.waitForTimeout(1000);
  const idle = await page.evaluate(() => window.__bench!.stopFrames());
  const handle = await page.evaluate(() => window.__bench!.sliderHandle('timeline'));
  if (!handle) throw new Error('the timeline chart is not on the page');
  const searchBefore = await page.evaluate(() => location.search);
  await page.mouse.move(handle.x, handle.y);
  await page.evaluate(() => window.__bench!.startFrames());
  const started = Date.now();
  await page.mouse.down();
  let moves = 0;
  let dx = 0;
  let step = 3;
  while (Date.now() - started < 2000) {
    dx += step;
    if (dx >= 300 || dx <= 0) step = -step;
    await page.mouse.move(handle.x + dx, handle.y);
    moves++;
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__bench!.stopFrames());
  const dragMs = Date.now() - started;
  const rangeChanged = (await page.evaluate(() => location.search)) !== searchBefore;
  const brush: BrushResult = {
    ...frames,
    idleFps: idle.fps,
    handleFound: handle.found,
    moves,
    msPerMove: dragMs / moves,
    rangeChanged,
  };
  log(
    `  brush: ${brush.fps.toFixed(1)} fps (idle ${idle.fps.toFixed(1)}), longest frame ` +
      `${brush.maxGap.toFixed(0)} ms, ${moves} moves at ${brush.msPerMove.toFixed(1)} ms each` +
      `${handle.found ? '' : ' (handle not found: dragged at a guessed position)'}` +
      `${rangeChanged ? '' : ' — the range did not change'}`,
  );
  // Leave the range as it was: the rest of the bench measures the whole report.
  if (rangeChanged) {
    await page.goto(page.url().replace(/\?.*$/, '?lang=en'));
    await page.locator('section[data-panel] .chart svg').first().waitFor();
    await page.evaluate(installBench);
  }
  return brush;
}

export async function runPhone(
  browser: Browser,
  opts: InteractionOptions,
  pageErrors: string[],
): Promise<PhoneResult> {
  const { url, tries, log } = opts;
  const rate = opts.cpuSlowdown ?? 4;
  const scale = opts.phoneScale ?? 3;
  const { context, page, cdp } = await openPage(browser, url, 'phone', pageErrors, scale);
  const pause = PAUSE * 1.5;
  try {
    const allKeys = await page.evaluate(() => window.__bench!.keys('all'));
    await settle(page, allKeys, 1000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });

    // ── Language: tap the header's button for the other language.
    const langButton = (next: 'en' | 'zh'): Locator =>
      page.locator('.lang-switch button', { hasText: next === 'zh' ? '中文' : 'English' });
    let current: 'en' | 'zh' = 'en';
    const toggle = async (): Promise<void> => {
      current = current === 'en' ? 'zh' : 'en';
      await langButton(current).tap();
    };
    const visibleKeys = await page.evaluate(() => window.__bench!.keys('visible'));
    const langRef = await languageReferences(page, visibleKeys, toggle, log);
    let phase = Date.now();
    const lang = await languageTrials(
      page,
      tries,
      langRef,
      'click',
      (next) => langButton(next).tap(),
      'bench:phone-lang',
      pause,
    );
    log(describeTiming(`phone language switch (tap), ${seconds(phase)}`, lang, tries));

    // ── Filter: open the sheet, then tap an organisation's chip in it.
    await page.locator('.filter-strip__button').tap();
    await page.locator('dialog.filter-sheet[open] .check-chip').first().waitFor();
    const { chip, label } = await findSheetChip(page);
    const filterKeys = (await page.evaluate(() => window.__bench!.keys('all'))).filter(
      (k) => k.startsWith('panel:') || k === 'status',
    );
    const filterRef = await filterReferences(page, filterKeys, () => chip.tap());
    phase = Date.now();
    const filter = await filterTrials(
      page,
      tries,
      filterRef,
      () => chip.tap(),
      'bench:phone-filter',
      pause,
    );
    log(
      describeTiming(`phone filter chip in the sheet (${label}), ${seconds(phase)}`, filter, tries),
    );
    await page.keyboard.press('Escape');
    await page
      .locator('dialog.filter-sheet[open]')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);

    // ── Through the whole page, as a reader who has just used the sheet.
    phase = Date.now();
    const scroll = await scrollThrough(page, 15_000);
    log(
      `  phone: scrolled through the page after the filter taps: ${scroll.stops} stops, ` +
        `${scroll.chartsMade} charts made, ${scroll.undrawn.length ? `UNDRAWN: ${JSON.stringify(scroll.undrawn)}` : 'every panel near the view drawn'} (${seconds(phase)})`,
    );

    // ── Taps on a chart's bars, on a fresh page (nothing hovered; a panel lost above would
    // not be measured).
    await page.goto(`${url}/?lang=en`);
    await page.locator('section[data-panel] .chart svg').first().waitFor();
    await page.evaluate(installBench);
    const tap = await measureTaps(page, Math.max(11, Math.ceil(tries / 2)), pause);
    log(
      `  phone tap on a ${tap.panel} bar: Event Timing median ${tap.eventTiming.median.toFixed(0)} ms, ` +
        `p95 ${tap.eventTiming.p95.toFixed(0)} ms, max ${tap.eventTiming.max.toFixed(0)} ms; highlight ` +
        `painted after median ${tap.paint.median.toFixed(0)} ms, max ${tap.paint.max.toFixed(0)} ms` +
        `${tap.paint.missed ? ` (${tap.paint.missed} taps changed no drawing)` : ''}; highlights in ` +
        `${tap.highlighted.join(', ')}; load ${load1().toFixed(1)}`,
    );
    return { cpuSlowdown: rate, deviceScaleFactor: scale, lang, filter, scroll, tap };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await context.close();
  }
}

/**
 * Tap the bars of a chart in turn (each tap moves the highlight to another entity) and time
 * each: by Event Timing, and until the first frame in which a chart's drawing changed.
 */
async function measureTaps(page: Page, taps: number, pause: number): Promise<TapResult> {
  const panel = 'revenue';
  /** The panel's bars on screen, centring the panel again while they are not (panels above
   * change height as they draw: their content-visibility placeholders are replaced). */
  const barsOnScreen = async (): Promise<{ x: number; y: number }[]> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const marks = await page.evaluate(
        ([id, height]) =>
          window.__bench!.marks(id).filter((m) => {
            if (m.y < 40 || m.y > height - 40) return false;
            // Not under the tooltip of a previous tap, nor anything else.
            const hit = document.elementFromPoint(m.x, m.y);
            return hit?.closest(`section[data-panel="${id}"] svg`) !== null;
          }),
        [panel, PHONE.height] as const,
      );
      if (marks.length >= 2) return marks;
      await page.evaluate((id) => {
        document.querySelector(`section[data-panel="${id}"]`)?.scrollIntoView({ block: 'center' });
      }, panel);
      await waitDrawn(page, 15_000);
      await page.waitForTimeout(2500);
    }
    const state = await page.evaluate((id) => {
      const s = document.querySelector(`section[data-panel="${id}"]`);
      return {
        rect: s?.getBoundingClientRect().toJSON() as unknown,
        marks: window.__bench!.marks(id),
        near: window.__bench!.nearPanels(0),
      };
    }, panel);
    throw new Error(
      `fewer than two bars of ${panel} on the phone's screen: ${JSON.stringify(state)}`,
    );
  };
  const interactions: (Interaction | null)[] = [];
  const paints: number[] = [];
  let missed = 0;
  const highlighted = new Set<string>();
  for (let i = 0; i < taps; i++) {
    const marks = await barsOnScreen();
    const m = marks[i % marks.length]!;
    const since = await page.evaluate((ms) => {
      window.__bench!.armPaint(ms);
      return performance.now();
    }, TRIAL_TIMEOUT);
    await page.touchscreen.tap(m.x, m.y);
    const paint = await page.evaluate(() => window.__bench!.paintResult());
    const found = await page.evaluate((s) => window.__bench!.waitInteraction(s, 500), since);
    interactions.push(
      found.reduce<Interaction | null>((a, b) => (a && a.duration >= b.duration ? a : b), null),
    );
    if (paint.ok) paints.push(paint.duration);
    else missed++;
    for (const p of paint.changed) highlighted.add(p);
    await page.waitForTimeout(pause);
  }
  return {
    panel,
    eventTiming: summarizeEvents(interactions),
    paint: { ...summarize(paints), samples: paints, missed },
    highlighted: [...highlighted].sort(),
  };
}

export async function runInteractions(opts: InteractionOptions): Promise<InteractionResult> {
  const browser = await launch(opts.chromePath);
  const pageErrors: string[] = [];
  try {
    opts.log(`  desktop 1440×900, no throttling (load ${load1().toFixed(1)}) …`);
    const { result: desktop, filterLabel } = await runDesktop(browser, opts, pageErrors);
    let phone: PhoneResult | null = null;
    if (!opts.skipPhone) {
      opts.log(
        `  phone 390×844, touch, CPU ${opts.cpuSlowdown ?? 4}× slower (load ${load1().toFixed(1)}) …`,
      );
      phone = await runPhone(browser, opts, pageErrors);
    }
    return { desktop, phone, filterLabel, pageErrors };
  } finally {
    await browser.close();
  }
}
