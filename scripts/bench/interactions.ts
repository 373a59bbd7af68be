/**
 * Interaction timings through Playwright on desktop (1440×900, no throttling): language
 * switch, filter click, timeline brush frame rate, and the memory / ECharts-instance check.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Locator, type Page } from '@playwright/test';
import {
  installBench,
  type FrameStats,
  type PanelCount,
  type Signature,
  type TrialResult,
} from './in-page';
import { summarize, type Summary } from './stats';
import { percent } from './table';

export interface TimingResult extends Summary {
  samples: number[];
  /** Medians per direction (en→zh / zh→en, or on / off). */
  byDirection: Record<string, number>;
  /** Trials that never reached the target state, with what was still different. */
  failures: { trial: number; mismatched: string[] }[];
  /** What was watched: the keys of the signature. */
  watched: string[];
  /** Median ms until each watched element showed the new state, slowest first. */
  perKey: { key: string; median: number }[];
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

export interface InteractionResult {
  lang: TimingResult;
  filter: TimingResult;
  brush: BrushResult;
  memory: MemoryResult;
  filterLabel: string;
  pageErrors: string[];
}

export interface InteractionOptions {
  url: string;
  chromePath: string;
  tries: number;
  log: (line: string) => void;
}

const TRIAL_TIMEOUT = 5000;
/** Language switches and filter changes between the two heap measurements. */
const OPS = 50;
/** Between timed trials: the charts' animations (the treemap's takes ~1 s) end first. */
const PAUSE = 1000;

/** The organisations tried, in order, for the filter click. */
const ORGANISATIONS = ['Anthropic', 'OpenAI'];

async function timed(
  page: Page,
  event: 'keydown' | 'click',
  label: string,
  target: Signature,
  act: () => Promise<void>,
): Promise<TrialResult> {
  await page.evaluate(([e, l, t, ms]) => window.__bench?.arm(e, l, t, ms), [
    event,
    label,
    target,
    TRIAL_TIMEOUT,
  ] as const);
  await act();
  return page.evaluate(() => window.__bench!.result());
}

async function settle(page: Page, keys: readonly string[], quietMs = 700): Promise<Signature> {
  return page.evaluate(([k, q]) => window.__bench!.settle(k, q, 15_000), [keys, quietMs] as const);
}

function summarizeTiming(
  trials: { direction: string; result: TrialResult }[],
  trial0: number,
  watched: string[],
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
  return { ...summarize(durations), samples: durations, byDirection, failures, watched, perKey };
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

export async function runInteractions(opts: InteractionOptions): Promise<InteractionResult> {
  const { url, chromePath, tries, log } = opts;
  const home = join(tmpdir(), 'ai-report-dashboard-chromium');
  for (const dir of ['config', 'cache']) mkdirSync(join(home, dir), { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--js-flags=--expose-gc'],
    env: {
      ...(process.env as Record<string, string>),
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_CACHE_HOME: join(home, 'cache'),
    },
  });
  const pageErrors: string[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      reducedMotion: 'no-preference',
    });
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps nested functions in __name(); the page needs it defined.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);

    await page.goto(`${url}/?lang=en`);
    await page.locator('section[data-chart] [_echarts_instance_]').first().waitFor();
    await page.evaluate(installBench);
    const allKeys = await page.evaluate(() => window.__bench!.keys('all'));
    await settle(page, allKeys, 1000);

    // ── References: what each watched element shows, settled, in each state.
    // Language: the visible charts, cards and tables at the top of the page.
    const visibleKeys = await page.evaluate(() => window.__bench!.keys('visible'));
    const langRef: Record<string, Signature> = { en: await settle(page, visibleKeys) };
    await page.keyboard.press('l');
    langRef.zh = await settle(page, visibleKeys);
    await page.keyboard.press('l');
    const back = await settle(page, visibleKeys);
    if (JSON.stringify(back) !== JSON.stringify(langRef.en)) {
      log('  warning: the English page differs after switching there and back; using the latter');
      langRef.en = back;
    }
    // Filter: every chart panel and the match count.
    const { box, label: filterLabel } = await findCheckbox(page);
    const filterKeys = allKeys.filter((k) => k.startsWith('chart:') || k === 'status');
    await box.click();
    const filterRef: Record<string, Signature> = { on: await settle(page, filterKeys) };
    await box.click();
    filterRef.off = await settle(page, filterKeys);
    await page.mouse.move(0, 0);
    await blur(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page, allKeys);

    // ── Cold heap: before any timed trial, while V8 has compiled little of these paths.
    const cold = await heapAfterGc(cdp, page);
    let phase = Date.now();

    // ── Language switch: `tries` timed switches (an even number of presses, so the page ends
    // in English), with a pause between them.
    const langTrials: { direction: string; result: TrialResult }[] = [];
    let lang: 'en' | 'zh' = 'en';
    for (let i = 0; i < tries + (tries % 2); i++) {
      const next: 'en' | 'zh' = lang === 'en' ? 'zh' : 'en';
      const r = await timed(page, 'keydown', `bench:lang:${i}`, langRef[next]!, () =>
        page.keyboard.press('l'),
      );
      if (i < tries) langTrials.push({ direction: `${lang}→${next}`, result: r });
      await page.waitForTimeout(PAUSE);
      lang = next;
    }
    const langResult = summarizeTiming(langTrials, 0, visibleKeys);
    log(
      `  language switch: median ${langResult.median.toFixed(1)} ms, p95 ${langResult.p95.toFixed(1)} ms` +
        ` (${langResult.n}/${tries} ok; watching ${visibleKeys.join(', ')}; slowest: ${slowest(langResult)};` +
        ` ${seconds(phase)})`,
    );
    phase = Date.now();

    // ── Filter click, the same way (an even number: the filter ends off).
    const filterTrials: { direction: string; result: TrialResult }[] = [];
    let on = false;
    for (let i = 0; i < tries + (tries % 2); i++) {
      const state = on ? 'off' : 'on';
      const r = await timed(page, 'click', `bench:filter:${i}`, filterRef[state]!, () =>
        box.click(),
      );
      if (i < tries) filterTrials.push({ direction: state, result: r });
      await page.waitForTimeout(PAUSE);
      on = !on;
    }
    const filterResult = summarizeTiming(filterTrials, 0, filterKeys);
    log(
      `  filter click (${filterLabel}): median ${filterResult.median.toFixed(1)} ms, ` +
        `p95 ${filterResult.p95.toFixed(1)} ms (${filterResult.n}/${tries} ok; slowest: ${slowest(filterResult)};` +
        ` ${seconds(phase)})`,
    );

    // ── Memory: OPS language switches, then OPS filter changes, each waiting until the page
    // shows its result, from a baseline taken after the timed trials above. Those trials
    // are the warm-up: V8 compiles (and re-compiles, optimising) the code these paths run
    // while they repeat, and that compiled code is heap too; it is reported separately, as
    // is the growth from the cold heap before any trial.
    await page.mouse.move(0, 0);
    await blur(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page, allKeys);
    phase = Date.now();
    const before = await heapAfterGc(cdp, page);
    const snapBefore = await heapBreakdown(cdp).catch(() => null);
    for (let i = 0; i < OPS; i++) {
      const next: 'en' | 'zh' = lang === 'en' ? 'zh' : 'en';
      const r = await timed(page, 'keydown', `bench:mem-lang:${i}`, langRef[next]!, () =>
        page.keyboard.press('l'),
      );
      if (!r.ok)
        throw new Error(`language switch ${i} never completed: ${r.mismatched.join(', ')}`);
      lang = next;
    }
    const afterLang = await heapAfterGc(cdp, page);
    const panels: MemoryResult['panels'] = [];
    for (let i = 0; i < OPS; i++) {
      const state = on ? 'off' : 'on';
      const r = await timed(page, 'click', `bench:mem-filter:${i}`, filterRef[state]!, () =>
        box.click(),
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
    const code =
      snapBefore && snapAfter ? { before: snapBefore.code, after: snapAfter.code } : null;
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

    // ── Timeline brush: drag the slider's left handle for ~2 s, counting frames.
    await page
      .locator('section[data-chart="timeline"]')
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

    return {
      lang: langResult,
      filter: filterResult,
      brush,
      memory,
      filterLabel,
      pageErrors,
    };
  } finally {
    await browser.close();
  }
}
