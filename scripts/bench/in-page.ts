/**
 * The benchmark's helpers inside the page, installed as `window.__bench` by
 * `page.evaluate(installBench)`. Everything here runs in the browser: it may not use anything
 * from the module scope (Playwright sends the function's source text).
 *
 * The app has no "rendered" hook yet, so "the page shows X" is observed from the DOM: each
 * watched element (chart panel, card, table, the filter count) has a signature (its text; for
 * a chart also the ECharts container's aria-label and the SVG labels) recorded once the page
 * had settled in the target state, and a change is complete when every element shows its
 * target signature (see `shows`). Checks run right after each frame has been rendered (a
 * message posted from requestAnimationFrame), so the end time is the frame that first shows
 * the new state.
 */

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
  /** `section[data-chart]` panels that currently show a chart (not the empty state or table). */
  chartPanels: number;
  /** All `section[data-chart]` panels. */
  panels: number;
}

export interface BenchApi {
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
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

export function installBench(): void {
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  const element = (key: string): Element | null => {
    const [kind, id = ''] = key.split(':');
    if (kind === 'chart') return document.querySelector(`section[data-chart="${id}"]`);
    if (kind === 'card') return document.querySelector(`[data-card="${id}"]`);
    if (kind === 'table') return document.querySelectorAll('table')[Number(id)] ?? null;
    if (kind === 'status') return document.querySelector('.filters__count');
    return null;
  };
  /**
   * A chart panel's signature is [its HTML text, the ECharts aria-label, its SVG texts sorted];
   * other elements' is their text.
   */
  const sign = (key: string): string => {
    if (key === 'lang') return document.documentElement.lang;
    const el = element(key);
    if (!el) return '';
    if (!key.startsWith('chart:')) return el.textContent ?? '';
    let html = '';
    const svg: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('svg')) svg.push(node.textContent ?? '');
      else html += node.textContent ?? '';
    }
    const aria = el.querySelector('[_echarts_instance_]')?.getAttribute('aria-label') ?? '';
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
    if (!key.startsWith('chart:') || !current || !target) return false;
    const [html, aria, svg] = JSON.parse(current) as [string, string, string[]];
    const [wantHtml, wantAria, wantSvg] = JSON.parse(target) as [string, string, string[]];
    if (html !== wantHtml || aria !== wantAria) return false;
    if (wantSvg.length === 0) return svg.length === 0;
    return svg.length > 0 && svgBefore !== undefined && JSON.stringify(svg) !== svgBefore;
  };
  const keys = (scope: Scope): string[] => {
    const out = ['lang'];
    const take = (el: Element, key: string): void => {
      if (scope === 'all' || visible(el)) out.push(key);
    };
    for (const el of document.querySelectorAll('section[data-chart]'))
      take(el, `chart:${el.getAttribute('data-chart')}`);
    for (const el of document.querySelectorAll('[data-card]'))
      take(el, `card:${el.getAttribute('data-card')}`);
    document.querySelectorAll('table').forEach((el, i) => take(el, `table:${i}`));
    const status = document.querySelector('.filters__count');
    if (status) take(status, 'status');
    return out;
  };
  const signature = (list: readonly string[]): Signature =>
    Object.fromEntries(list.map((k) => [k, sign(k)]));
  const mismatched = (target: Signature, svgBefore: Record<string, string>): string[] =>
    Object.keys(target).filter((k) => !shows(k, target[k] ?? '', svgBefore[k]));

  /** Calls `check` right after every rendered frame until it returns true. */
  const afterFrames = (check: () => boolean): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!check()) requestAnimationFrame(() => channel.port2.postMessage(null));
      else channel.port1.close();
    };
    requestAnimationFrame(() => channel.port2.postMessage(null));
  };

  let pending: Promise<TrialResult> = Promise.resolve({
    ok: false,
    duration: 0,
    mismatched: [],
    perKey: {},
  });
  let frameState = { count: 0, start: 0, last: 0, maxGap: 0, long: 0, running: false };

  const api: BenchApi = {
    keys,
    signature,
    settle: (list, quietMs, maxMs) =>
      new Promise((resolve) => {
        const started = performance.now();
        let last = JSON.stringify(signature(list));
        let since = started;
        const tick = (): void => {
          const now = performance.now();
          const current = JSON.stringify(signature(list));
          if (current !== last) {
            last = current;
            since = now;
          }
          if (now - since >= quietMs || now - started >= maxMs) resolve(signature(list));
          else setTimeout(tick, 50);
        };
        setTimeout(tick, 50);
      }),
    arm: (event, label, target, timeoutMs) => {
      pending = new Promise((resolve) => {
        const onEvent = (e: Event): void => {
          if (!e.isTrusted) return;
          window.removeEventListener(event, onEvent, true);
          const start = e.timeStamp;
          // Our capture listener runs before the app's: this is the page before the change.
          const svgBefore = Object.fromEntries(
            Object.keys(target)
              .filter((k) => k.startsWith('chart:'))
              .map((k) => [k, svgPart(sign(k))]),
          );
          performance.mark(`${label}:start`, { startTime: start });
          const perKey: Record<string, number> = {};
          afterFrames(() => {
            const now = performance.now();
            const left = mismatched(target, svgBefore);
            for (const key of Object.keys(target)) {
              if (left.includes(key)) delete perKey[key];
              else perKey[key] ??= now - start;
            }
            if (left.length === 0) {
              performance.mark(`${label}:end`, { startTime: now });
              performance.measure(label, `${label}:start`, `${label}:end`);
              resolve({ ok: true, duration: now - start, mismatched: [], perKey });
              return true;
            }
            if (now - start > timeoutMs) {
              resolve({ ok: false, duration: now - start, mismatched: left, perKey });
              return true;
            }
            return false;
          });
        };
        window.addEventListener(event, onEvent, true);
      });
    },
    result: () => pending,
    startFrames: () => {
      frameState = {
        count: 0,
        start: performance.now(),
        last: 0,
        maxGap: 0,
        long: 0,
        running: true,
      };
      frameState.last = frameState.start;
      const loop = (): void => {
        if (!frameState.running) return;
        const now = performance.now();
        const gap = now - frameState.last;
        frameState.maxGap = Math.max(frameState.maxGap, gap);
        if (gap > 33.4) frameState.long += 1;
        frameState.last = now;
        frameState.count += 1;
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    stopFrames: () => {
      frameState.running = false;
      const elapsed = performance.now() - frameState.start;
      return {
        frames: frameState.count,
        elapsed,
        fps: (frameState.count * 1000) / elapsed,
        maxGap: frameState.maxGap,
        longFrames: frameState.long,
      };
    },
    panels: () => {
      const sections = [...document.querySelectorAll('section[data-chart]')];
      return {
        domInstances: document.querySelectorAll('[_echarts_instance_]').length,
        chartPanels: sections.filter((s) => s.querySelector('.chart')).length,
        panels: sections.length,
      };
    },
    echartsPrototype: () => {
      for (const el of document.querySelectorAll('[_echarts_instance_]')) {
        const fiberKey = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
        type Fiber = { return: Fiber | null; stateNode: unknown } | null;
        let fiber = fiberKey ? ((el as unknown as Record<string, Fiber>)[fiberKey] ?? null) : null;
        for (let depth = 0; fiber && depth < 6; depth++, fiber = fiber.return) {
          const node = fiber.stateNode as { getEchartsInstance?: () => object } | null;
          if (node && typeof node.getEchartsInstance === 'function') {
            const instance = node.getEchartsInstance();
            if (instance) return Object.getPrototypeOf(instance) as object;
          }
        }
      }
      return null;
    },
    sliderHandle: (chartId) => {
      const chart = document.querySelector(`section[data-chart="${chartId}"] [_echarts_instance_]`);
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
    },
  };
  window.__bench = api;
}
