/**
 * The benchmark's helpers inside the page, installed as `window.__bench` by `installBench`.
 * Each installer runs in the browser: it may not use anything from the module scope
 * (Playwright sends the function's source text), only what an earlier installer put on
 * `window.__bench`.
 *
 * The app has no "rendered" hook yet, so "the page shows X" is observed from the DOM: each
 * watched element (chart panel, card, table, the filter count) has a signature (its text; for
 * a chart also the ECharts container's aria-label and the SVG labels) recorded once the page
 * had settled in the target state, and a change is complete when every element shows its
 * target signature (see `shows`). Checks run right after each frame has been rendered (a
 * message posted from requestAnimationFrame), so the end time is the frame that first shows
 * the new state.
 */

import type { Page } from '@playwright/test';

export type Scope = 'visible' | 'all';
export type Signature = Record<string, string>;

export interface TrialResult {
  ok: boolean;
  /** From the trusted input event's timestamp to the first frame showing the target state. */
  duration: number;
  /** Keys still different when the trial timed out. */
  mismatched: string[];
  /** Per watched key: ms from the event until the frame from which it showed the target. */
  perKey: Record<string, number>;
}

export interface FrameStats {
  frames: number;
  elapsed: number;
  fps: number;
  /** Longest gap between two frames, ms. */
  maxGap: number;
  /** Frames that took longer than 2 vsyncs (> 33.4 ms). */
  longFrames: number;
}

export interface PanelCount {
  /** Elements ECharts has initialised (`_echarts_instance_` attribute) in the document. */
  domInstances: number;
  /** `section[data-panel]` panels that currently hold a chart (not the empty state or table). */
  chartPanels: number;
  /** All `section[data-panel]` panels. */
  panels: number;
}

/** One interaction as the Event Timing API reports it: its entries grouped by interactionId. */
export interface Interaction {
  id: number;
  /** The first entry's startTime (the input event's timestamp), ms. */
  start: number;
  /** The longest entry's duration: from the input to the next paint, rounded to 8 ms. */
  duration: number;
  /** Event types seen, in order (pointerdown, pointerup, click, keydown, keyup…). */
  names: string[];
  /** The longest entry's input delay; the handler time of all the interaction's events; from
   * the end of the last handler to the paint. What is left of `duration` is time between the
   * events (a click dispatched after the pointerup). */
  inputDelay: number;
  processing: number;
  presentation: number;
}

/** A long animation frame (≥ 50 ms), with the scripts that ran in it. */
export interface LongFrame {
  start: number;
  duration: number;
  blockingDuration: number;
  /** Style and layout time after the scripts (ms). */
  renderStyleLayout: number;
  scripts: {
    invoker: string;
    fn: string;
    source: string;
    duration: number;
    forcedLayout: number;
  }[];
}

/** A panel within the margin of the viewport, and whether it has drawn. */
export interface NearPanel {
  id: string;
  /** drawn: its chart's SVG has marks, its tiles or theme list exist; empty: the filters left
   * it without data; table: it shows its table; waiting: none of these (yet); error: the
   * panel's error boundary replaced it (its id is then the id of the panel that was in that
   * place when the helpers were installed, and `message` says what failed). */
  state: 'drawn' | 'empty' | 'table' | 'waiting' | 'error';
  /** For a waiting panel: whether a chart element (ECharts) exists in it. */
  chartMade: boolean;
  top: number;
  bottom: number;
  message?: string;
}

/** A bar-like mark of a chart: its centre and box, in viewport coordinates. */
export interface Mark {
  x: number;
  y: number;
  left: number;
  width: number;
}

export interface PaintResult {
  ok: boolean;
  /** From the trusted pointerup's timestamp (the finger lifted) to the end of the first frame
   * in which a chart's SVG had changed. */
  duration: number;
  /** Panels whose drawing changed in that frame. */
  changed: string[];
}

export interface BenchApi {
  /** Calls `check` right after every rendered frame until it returns true. */
  afterFrames: (check: () => boolean) => void;
  keys: (scope: Scope) => string[];
  signature: (keys: readonly string[]) => Signature;
  settle: (keys: readonly string[], quietMs: number, maxMs: number) => Promise<Signature>;
  arm: (event: 'keydown' | 'click', label: string, target: Signature, timeoutMs: number) => void;
  result: () => Promise<TrialResult>;
  startFrames: () => void;
  stopFrames: () => FrameStats;
  panels: () => PanelCount;
  /** The prototype of a live ECharts instance (found through React's fiber), for queryObjects. */
  echartsPrototype: () => object | null;
  sliderHandle: (chartId: string) => { x: number; y: number; found: boolean } | null;
  /** Interactions (Event Timing) whose first entry started at or after `since`. */
  interactions: (since: number) => Interaction[];
  /** Resolves once an interaction started after `since` has been reported (or after maxMs). */
  waitInteraction: (since: number, maxMs: number) => Promise<Interaction[]>;
  /** Long animation frames that started at or after `since`. */
  longFrames: (since: number) => LongFrame[];
  /** Panels within `margin` px of the viewport, with their drawing state. */
  nearPanels: (margin: number) => NearPanel[];
  /** Starts noting which panels' chart drawings change; `drawingsChanged` stops and tells. */
  watchDrawings: () => void;
  drawingsChanged: () => string[];
  /** Waits for the next trusted pointerup, then for the first frame in which any chart's SVG
   * changes (a highlight); read the result with `paintResult`. */
  armPaint: (timeoutMs: number) => void;
  paintResult: () => Promise<PaintResult>;
  /** Bar-like marks of a chart, top to bottom. */
  marks: (panelId: string) => Mark[];
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** The shared helper, on a fresh `window.__bench`. */
function installCore(): void {
  const afterFrames = (check: () => boolean): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!check()) requestAnimationFrame(() => channel.port2.postMessage(null));
      else channel.port1.close();
    };
    requestAnimationFrame(() => channel.port2.postMessage(null));
  };
  window.__bench = { afterFrames } as BenchApi;
}

/** Signatures of the watched elements, and the trial watcher that waits for a target one. */
function installSignatures(): void {
  const bench = window.__bench!;
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  const element = (key: string): Element | null => {
    const [kind, id = ''] = key.split(':');
    if (kind === 'panel') return document.querySelector(`section[data-panel="${id}"]`);
    if (kind === 'card') return document.querySelector(`[data-card="${id}"]`);
    if (kind === 'table') return document.querySelectorAll('table')[Number(id)] ?? null;
    if (kind === 'status') return document.querySelector('.filters__count');
    return null;
  };
  /**
   * A chart panel's signature is [its HTML text, the ECharts aria-label, its SVG texts sorted];
   * other elements' is their text. What is hidden is not part of it: a panel the filters
   * emptied keeps its chart, hidden, for the data's return, and whether it has one depends on
   * where the reader was when it was emptied, not on what the page shows.
   */
  const sign = (key: string): string => {
    if (key === 'lang') return document.documentElement.lang;
    const el = element(key);
    if (!el) return '';
    if (!key.startsWith('panel:')) return el.textContent ?? '';
    let html = '';
    const svg: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[hidden]')) continue;
      if (node.parentElement?.closest('svg')) svg.push(node.textContent ?? '');
      else html += node.textContent ?? '';
    }
    const aria =
      el.querySelector('[_echarts_instance_]:not([hidden] *)')?.getAttribute('aria-label') ?? '';
    return JSON.stringify([html, aria, svg.sort()]);
  };
  const svgPart = (signed: string): string =>
    signed.startsWith('[') ? JSON.stringify((JSON.parse(signed) as unknown[])[2] ?? []) : '';
  /**
   * Whether an element shows its target state. A chart counts as updated once its HTML text
   * (title, description, empty state…) and aria-label are the target's and its drawing either
   * has the target's labels or has been redrawn, with labels, since the event: a treemap keeps
   * re-wrapping its labels during its 900 ms transition, so the final labels come only at the
   * end of the animation, while the new data is on screen from its first frame.
   */
  const shows = (key: string, target: string, svgBefore: string | undefined): boolean => {
    const current = sign(key);
    if (current === target) return true;
    if (!key.startsWith('panel:') || !current || !target) return false;
    const [html, aria, svg] = JSON.parse(current) as [string, string, string[]];
    const [wantHtml, wantAria, wantSvg] = JSON.parse(target) as [string, string, string[]];
    if (html !== wantHtml || aria !== wantAria) return false;
    if (wantSvg.length === 0) return svg.length === 0;
    return svg.length > 0 && svgBefore !== undefined && JSON.stringify(svg) !== svgBefore;
  };
  bench.keys = (scope) => {
    const out = ['lang'];
    const take = (el: Element, key: string): void => {
      if (scope === 'all' || visible(el)) out.push(key);
    };
    for (const el of document.querySelectorAll('section[data-panel]'))
      take(el, `panel:${el.getAttribute('data-panel')}`);
    for (const el of document.querySelectorAll('[data-card]'))
      take(el, `card:${el.getAttribute('data-card')}`);
    document.querySelectorAll('table').forEach((el, i) => take(el, `table:${i}`));
    const status = document.querySelector('.filters__count');
    if (status) take(status, 'status');
    return out;
  };
  bench.signature = (list) => Object.fromEntries(list.map((k) => [k, sign(k)]));
  bench.settle = (list, quietMs, maxMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      let last = JSON.stringify(bench.signature(list));
      let since = started;
      const tick = (): void => {
        const now = performance.now();
        const current = JSON.stringify(bench.signature(list));
        if (current !== last) {
          last = current;
          since = now;
        }
        if (now - since >= quietMs || now - started >= maxMs) resolve(bench.signature(list));
        else setTimeout(tick, 50);
      };
      setTimeout(tick, 50);
    });
  const mismatched = (target: Signature, svgBefore: Record<string, string>): string[] =>
    Object.keys(target).filter((k) => !shows(k, target[k] ?? '', svgBefore[k]));
  /** From the event at `start`, after every frame: done once every key shows its target. */
  const watch = (
    label: string,
    start: number,
    target: Signature,
    timeoutMs: number,
    resolve: (r: TrialResult) => void,
  ): void => {
    // Taken before the app's handlers run: the drawings before the change.
    const svgBefore = Object.fromEntries(
      Object.keys(target)
        .filter((k) => k.startsWith('panel:'))
        .map((k) => [k, svgPart(sign(k))]),
    );
    performance.mark(`${label}:start`, { startTime: start });
    const perKey: Record<string, number> = {};
    bench.afterFrames(() => {
      const now = performance.now();
      const left = mismatched(target, svgBefore);
      for (const key of Object.keys(target)) {
        if (left.includes(key)) delete perKey[key];
        else perKey[key] ??= now - start;
      }
      if (left.length === 0) {
        performance.mark(`${label}:end`, { startTime: now });
        performance.measure(label, `${label}:start`, `${label}:end`);
      } else if (now - start <= timeoutMs) return false;
      resolve({ ok: left.length === 0, duration: now - start, mismatched: left, perKey });
      return true;
    });
  };
  let pending: Promise<TrialResult> = Promise.resolve({
    ok: false,
    duration: 0,
    mismatched: [],
    perKey: {},
  });
  bench.arm = (event, label, target, timeoutMs) => {
    pending = new Promise((resolve) => {
      const onEvent = (e: Event): void => {
        if (!e.isTrusted) return;
        window.removeEventListener(event, onEvent, true);
        watch(label, e.timeStamp, target, timeoutMs, resolve);
      };
      // A capture listener on the window runs before the app's.
      window.addEventListener(event, onEvent, true);
    });
  };
  bench.result = () => pending;
}

/** Frame rate by requestAnimationFrame. */
function installFrames(): void {
  const bench = window.__bench!;
  let state = { count: 0, start: 0, last: 0, maxGap: 0, long: 0, running: false };
  bench.startFrames = () => {
    const start = performance.now();
    state = { count: 0, start, last: start, maxGap: 0, long: 0, running: true };
    const loop = (): void => {
      if (!state.running) return;
      const now = performance.now();
      const gap = now - state.last;
      state.maxGap = Math.max(state.maxGap, gap);
      if (gap > 33.4) state.long += 1;
      state.last = now;
      state.count += 1;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => {
    state.running = false;
    const elapsed = performance.now() - state.start;
    return {
      frames: state.count,
      elapsed,
      fps: (state.count * 1000) / elapsed,
      maxGap: state.maxGap,
      longFrames: state.long,
    };
  };
}

/**
 * Event Timing (every event entry of 16 ms or more, the API's floor, kept by interaction: an
 * interaction shorter than 16 ms is not reported at all) and Long Animation Frames.
 */
function installPerformanceObservers(): void {
  const bench = window.__bench!;
  type EventEntry = PerformanceEventTiming & { interactionId: number };
  const eventEntries: EventEntry[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as EventEntry[]) if (e.interactionId) eventEntries.push(e);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  const asInteraction = (id: number, list: EventEntry[]): Interaction => {
    const longest = list.reduce((a, b) => (b.duration > a.duration ? b : a));
    // The handlers of every event of the interaction (a click's run after the pointerdown
    // that is usually the longest entry), and the paint after the last of them.
    const lastEnd = Math.max(...list.map((e) => e.processingEnd));
    return {
      id,
      start: Math.min(...list.map((e) => e.startTime)),
      duration: longest.duration,
      names: list.map((e) => e.name),
      inputDelay: longest.processingStart - longest.startTime,
      processing: list.reduce((sum, e) => sum + e.processingEnd - e.processingStart, 0),
      presentation: longest.startTime + longest.duration - lastEnd,
    };
  };
  bench.interactions = (since) => {
    const groups = new Map<number, EventEntry[]>();
    for (const e of eventEntries)
      groups.set(e.interactionId, [...(groups.get(e.interactionId) ?? []), e]);
    return [...groups]
      .map(([id, list]) => asInteraction(id, list))
      .filter((i) => i.start >= since)
      .sort((a, b) => a.start - b.start);
  };
  bench.waitInteraction = (since, maxMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const tick = (): void => {
        const found = bench.interactions(since);
        if (found.length || performance.now() - started > maxMs) resolve(found);
        else setTimeout(tick, 20);
      };
      tick();
    });

  type LoafScript = {
    invoker?: string;
    sourceFunctionName?: string;
    sourceURL?: string;
    duration: number;
    forcedStyleAndLayoutDuration?: number;
  };
  type LoafEntry = PerformanceEntry & {
    blockingDuration: number;
    styleAndLayoutStart: number;
    scripts: LoafScript[];
  };
  const loafs: LoafEntry[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) loafs.push(e as LoafEntry);
  }).observe({ type: 'long-animation-frame', buffered: true });
  bench.longFrames = (since) =>
    loafs
      .filter((e) => e.startTime >= since)
      .map((e) => ({
        start: e.startTime,
        duration: e.duration,
        blockingDuration: e.blockingDuration,
        renderStyleLayout: e.styleAndLayoutStart
          ? e.startTime + e.duration - e.styleAndLayoutStart
          : 0,
        scripts: e.scripts.map((x) => ({
          invoker: x.invoker ?? '',
          fn: x.sourceFunctionName ?? '',
          source: (x.sourceURL ?? '').replace(/^.*\//, ''),
          duration: x.duration,
          forcedLayout: x.forcedStyleAndLayoutDuration ?? 0,
        })),
      }));
}

/** The panels: whether those near the view have drawn, their charts and their marks. */
function installPanels(): void {
  const bench = window.__bench!;
  /** Whether a panel shows what it has to show. */
  const panelState = (s: Element): NearPanel['state'] => {
    if (s.querySelector('.empty-state')) return 'empty';
    if (s.querySelector('table')) return 'table';
    const slot = s.querySelector('.chart-slot');
    if (slot) {
      if ((slot as HTMLElement).hidden) return 'empty';
      const svg = slot.querySelector('.chart svg');
      return svg && svg.querySelector('path, rect, text') ? 'drawn' : 'waiting';
    }
    // Stat tiles and theme lists are HTML.
    const body = s.querySelector('.stat-tiles, .theme-list');
    return body && (body.textContent ?? '').trim() ? 'drawn' : 'waiting';
  };
  /** The panels' ids in page order, as installed: a panel replaced by its error boundary
   * loses its id, not its place. */
  const panelOrder = [...document.querySelectorAll('.panel-grid > section')].map(
    (s) => s.getAttribute('data-panel') ?? '?',
  );
  const describe = (s: Element, i: number, r: DOMRect): NearPanel | null => {
    const base = { top: Math.round(r.top), bottom: Math.round(r.bottom) };
    if (s.classList.contains('panel-error')) {
      const message = (s.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
      const id = `${panelOrder[i] ?? `#${i}`} (error)`;
      return { id, state: 'error', chartMade: false, ...base, message };
    }
    if (!s.hasAttribute('data-panel')) return null;
    const chartMade = s.querySelector('[_echarts_instance_]') !== null;
    return { id: s.getAttribute('data-panel') ?? '', state: panelState(s), chartMade, ...base };
  };
  bench.nearPanels = (margin) =>
    [...document.querySelectorAll('.panel-grid > section')].flatMap((s, i) => {
      const r = s.getBoundingClientRect();
      // As an IntersectionObserver with this root margin counts (edges touching count).
      if (r.bottom < -margin || r.top > innerHeight + margin) return [];
      return describe(s, i, r) ?? [];
    });
  bench.panels = () => {
    const sections = [...document.querySelectorAll('section[data-panel]')];
    return {
      domInstances: document.querySelectorAll('[_echarts_instance_]').length,
      chartPanels: sections.filter((s) => s.querySelector('.chart')).length,
      panels: sections.length,
    };
  };
  bench.marks = (panelId) => {
    const svg = document.querySelector(`section[data-panel="${panelId}"] .chart svg`);
    if (!svg) return [];
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('path')]
      .filter((p) => {
        const fill = p.getAttribute('fill');
        if (!fill || fill === 'none' || fill === 'transparent') return false;
        const r = p.getBoundingClientRect();
        return r.width >= 4 && r.height >= 4 && r.width * r.height < box.width * box.height * 0.3;
      })
      .map((p) => p.getBoundingClientRect())
      .map((r) => ({
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
        left: r.left,
        width: r.width,
      }))
      .sort((a, b) => a.y - b.y || a.x - b.x);
  };
}

/** The ECharts instances behind the charts, and the timeline slider's handle. */
function installCharts(): void {
  const bench = window.__bench!;
  type Fiber = { return: Fiber | null; stateNode: unknown } | null;
  const instanceOf = (el: Element): object | null => {
    const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
    let fiber = fiberKey ? ((el as unknown as Record<string, Fiber>)[fiberKey] ?? null) : null;
    for (let depth = 0; fiber && depth < 6; depth++, fiber = fiber.return) {
      const node = fiber.stateNode as { getEchartsInstance?: () => object } | null;
      if (node && typeof node.getEchartsInstance === 'function') return node.getEchartsInstance();
    }
    return null;
  };
  bench.echartsPrototype = () => {
    for (const el of document.querySelectorAll('[_echarts_instance_]')) {
      const instance = instanceOf(el);
      if (instance) return Object.getPrototypeOf(instance) as object;
    }
    return null;
  };
  bench.sliderHandle = (chartId) => {
    const chart = document.querySelector(`section[data-panel="${chartId}"] [_echarts_instance_]`);
    if (!chart) return null;
    const box = chart.getBoundingClientRect();
    // The slider's handles: narrow, upright shapes in the bottom band of the chart.
    const handles = [...chart.querySelectorAll('svg path, svg rect')]
      .map((el) => el.getBoundingClientRect())
      .filter(
        (r) =>
          r.top >= box.bottom - 50 &&
          r.bottom <= box.bottom &&
          r.width >= 2 &&
          r.width <= 20 &&
          r.height >= 10 &&
          r.height <= 40,
      )
      .sort((a, b) => a.left - b.left);
    const left = handles[0];
    return left
      ? { x: left.left + left.width / 2, y: left.top + left.height / 2, found: true }
      : { x: box.left + box.width * 0.2, y: box.bottom - 20, found: false };
  };
}

/** Which panels' chart drawings change: over a sweep, or until the frame after a tap. */
function installDrawings(): void {
  const bench = window.__bench!;
  /** Notes the panel of every change inside a chart's SVG into `changed`. */
  const observe = (changed: Set<string>): MutationObserver => {
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        const panel = el.closest?.('section[data-panel]');
        if (panel && el.closest?.('svg')) changed.add(panel.getAttribute('data-panel') ?? '');
      }
    });
    const all = { subtree: true, attributes: true, childList: true, characterData: true };
    observer.observe(document.body, all);
    return observer;
  };
  let watching: { changed: Set<string>; observer: MutationObserver } | null = null;
  bench.watchDrawings = () => {
    const changed = new Set<string>();
    watching = { changed, observer: observe(changed) };
  };
  bench.drawingsChanged = () => {
    watching?.observer.disconnect();
    const out = [...(watching?.changed ?? [])];
    watching = null;
    return out;
  };
  let pendingPaint: Promise<PaintResult> = Promise.resolve({ ok: false, duration: 0, changed: [] });
  const untilDrawn = (start: number, timeoutMs: number, resolve: (r: PaintResult) => void) => {
    const changed = new Set<string>();
    const observer = observe(changed);
    bench.afterFrames(() => {
      const now = performance.now();
      if (!changed.size && now - start <= timeoutMs) return false;
      observer.disconnect();
      resolve({ ok: changed.size > 0, duration: now - start, changed: [...changed] });
      return true;
    });
  };
  bench.armPaint = (timeoutMs) => {
    pendingPaint = new Promise((resolve) => {
      const onUp = (e: Event): void => {
        if (!e.isTrusted) return;
        window.removeEventListener('pointerup', onUp, true);
        untilDrawn(e.timeStamp, timeoutMs, resolve);
      };
      window.addEventListener('pointerup', onUp, true);
    });
  };
  bench.paintResult = () => pendingPaint;
}

const INSTALLERS = [
  installCore,
  installSignatures,
  installFrames,
  installPerformanceObservers,
  installPanels,
  installCharts,
  installDrawings,
];

/** Installs `window.__bench` in the page, one part after the other. */
export async function installBench(page: Page): Promise<void> {
  for (const install of INSTALLERS) await page.evaluate(install);
}
