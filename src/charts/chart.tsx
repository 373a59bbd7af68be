/**
 * The one component that touches an ECharts instance: init with an explicit locale and
 * renderer, set the option (replacing, never merging), events, resize, dispose.
 * Panels never call ECharts directly.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { EntityRef } from '../data/filters';
import { language, type Lang } from '../i18n/languages';
import { afterNextPaint } from '../lib/after-paint';
import { onPrintChange } from '../lib/print';
import { echarts } from './echarts';
import { renderOptionSvg } from './export-render';
import { escapeHtml } from './options/escape';
import type { EChartsBuilt, EntityDatum } from './options/types';

export interface ChartEvents {
  onHover?: (entity: EntityRef | null) => void;
  onClick?: (datum: EntityDatum) => void;
  /**
   * The words of the button a touch reader taps to select what a tooltip shows ("Filter by
   * OpenAI"), or null when it cannot be selected. Without it, a tap only shows the tooltip.
   */
  selectLabel?: (datum: EntityDatum) => string | null;
  /** The visible x-range after a zoom/brush, in axis units (ms for time axes). */
  onZoom?: (start: number, end: number) => void;
}

interface Props extends ChartEvents {
  chart: EChartsBuilt;
  /** What the pointer is on anywhere on the page: its marks here are highlighted in place. */
  hover?: EntityRef | null;
  lang: Lang;
  /** Accessible name of the chart (its title). */
  label: string;
  descriptionId: string;
  /**
   * Whether the chart animates in when it is created (default). A chart made again (it was
   * made for printing and dropped after) appears as it was, without replaying its entrance.
   */
  animateEntry?: boolean;
  /**
   * Printing on paper: the width the chart was built for. The browser lays the page out for
   * the sheet and takes its picture as soon as `beforeprint` returns, with no frame between:
   * the chart is drawn at this width at once, as a still picture.
   */
  paperWidth?: number;
}

interface EventParams {
  data?: EntityDatum | null;
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  /** zrender's event: where the pointer is in the chart. */
  event?: { offsetX: number; offsetY: number };
}

type Action = Parameters<EChartsType['dispatchAction']>[0];

/** Where the pointer-triggered tooltip stands: 20 px right of and below the point, or on the
 * other side where it would not fit (as ECharts places it; `confine` keeps it inside). */
function besidePoint(x: number, y: number) {
  return (
    _point: unknown,
    _params: unknown,
    _dom: unknown,
    _rect: unknown,
    size: { contentSize: number[]; viewSize: number[] },
  ): number[] => {
    const [width = 0, height = 0] = size.contentSize;
    const [viewWidth = 0, viewHeight = 0] = size.viewSize;
    const gap = 20;
    return [
      x + gap + width <= viewWidth ? x + gap : Math.max(0, x - gap - width),
      y + gap + height <= viewHeight ? y + gap : Math.max(0, y - gap - height),
    ];
  };
}

/** Count of live ECharts instances, read by the benchmark's memory check. */
let liveInstances = 0;
export function liveChartCount(): number {
  return liveInstances;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** One query list for every chart: `matchMedia` parses its query anew on each call, and a
 * chart reads the preference on every render. (Made on first use: a unit test that stubs
 * `matchMedia` must do so before the first chart renders.) */
let motionQuery: MediaQueryList | null = null;
function reducedMotionQuery(): MediaQueryList {
  motionQuery ??= window.matchMedia(REDUCED_MOTION);
  return motionQuery;
}

/**
 * Whether the device's main pointer cannot hover (a phone, a tablet). Its tap reaches ECharts
 * as a mousemove (touchstart) and then a click (touchend). ECharts' own triggers build the
 * tooltip inside those handlers: its HTML set, parsed and measured (a forced layout), about
 * 40 ms of each tap at 4x CPU, before the browser could paint the tapped mark's highlight.
 * There the chart shows the tooltip itself, after that paint (see `Chart`).
 */
function touchOnly(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(hover: none)').matches;
}

function subscribeMotion(notify: () => void): () => void {
  const list = reducedMotionQuery();
  list.addEventListener('change', notify);
  return () => list.removeEventListener('change', notify);
}

/**
 * Every component is replaced by the new option (removed series never linger), but
 * series keep their ids, so a hover restyles bars in place and a click that began
 * before the restyle still lands.
 */
/** ECharts' element fills ours, whose height the chart sets. */
const FILL = { height: '100%', width: '100%' };

function ownElement(chartElement: HTMLElement): HTMLElement {
  return chartElement;
}

const REPLACE = ['series', 'xAxis', 'yAxis', 'grid', 'title', 'legend', 'dataZoom'];

type SeriesLike = Record<string, unknown> & {
  data?: unknown[];
  silent?: boolean;
  emphasis?: Record<string, unknown>;
};

/**
 * Every series gets the states a linked hover uses: its highlighted marks stay, the rest of
 * the chart fades (ECharts' focus and blur), so a hover restyles marks in place.
 */
function withHighlight(series: unknown): unknown {
  if (!Array.isArray(series)) return series;
  return (series as SeriesLike[]).map((s) =>
    s.silent || s.emphasis?.disabled
      ? s
      : {
          ...s,
          emphasis: { ...s.emphasis, focus: 'self', blurScope: 'coordinateSystem' },
          blur: { itemStyle: { opacity: 0.25 }, label: { opacity: 0.4 } },
        },
  );
}

/** The marks of each series that relate to `key` (EntityDatum.relates). */
function relatedMarks(
  series: unknown,
  key: string,
): { seriesIndex: number; dataIndex: number[] }[] {
  if (!Array.isArray(series)) return [];
  return (series as SeriesLike[]).flatMap((s, seriesIndex) => {
    const dataIndex = (s.data ?? []).flatMap((d, i) =>
      d && typeof d === 'object' && (d as EntityDatum).relates?.includes(key) ? [i] : [],
    );
    return dataIndex.length ? [{ seriesIndex, dataIndex }] : [];
  });
}

/** On the select button a touch tooltip carries. */
const SELECT_ATTR = 'data-tooltip-select';

type TooltipFormatter = (params: { data?: EntityDatum | null }) => string;

export function Chart({
  chart,
  lang,
  label,
  descriptionId,
  animateEntry = true,
  onHover,
  onClick,
  onZoom,
  selectLabel,
  hover = null,
  paperWidth,
}: Props) {
  // Touch: a tap shows the tooltip, and selecting (which filters every panel) is a second,
  // deliberate tap on the tooltip's button. The last pointer says which kind of reader it is.
  const touch = useRef(false);
  const tapped = useRef<EntityDatum | null>(null);
  // What a tap does beyond the tapped mark's own highlight (the linked hover, the tooltip)
  // waits for the frame that paints it: by kind, the latest wins.
  const afterTap = useRef(new Map<'hover' | 'tip', () => void>());
  /** The tap's click reached a mark (the chart's click event). */
  const tipShown = useRef(false);
  const later = useCallback((kind: 'hover' | 'tip', run: () => void) => {
    const pending = afterTap.current;
    pending.get(kind)?.();
    pending.set(
      kind,
      afterNextPaint(() => {
        pending.delete(kind);
        run();
      }),
    );
  }, []);
  const reducedMotion = useSyncExternalStore(
    subscribeMotion,
    () => reducedMotionQuery().matches,
    () => false,
  );
  const [entry] = useState(() => ({ option: chart.option, animate: animateEntry }));
  // Readers who ask for less motion get charts that appear without animating; so does a
  // chart made with `animateEntry` false (until its data next changes).
  const still = reducedMotion || (!entry.animate && chart.option === entry.option);
  const option = useMemo(() => {
    const base: EChartsBuilt['option'] = {
      ...chart.option,
      animation: !still,
      // A highlight (hover, tap, linked) switches the marks' states at once: faded in over
      // ECharts' default 300 ms, every frame of it redrew the chart's whole SVG (on a phone
      // at 4x CPU, about 200 ms of frames after each tap).
      stateAnimation: { duration: 0 },
      series: withHighlight(chart.option.series),
    };
    const tooltip = base.tooltip;
    // The tooltip lives in the chart's own element (as by default), named up front: without
    // a container ECharts reads its computed style on every update, forcing a style
    // recalculation in the middle of each redraw.
    if (!tooltip || typeof tooltip !== 'object' || Array.isArray(tooltip)) return base;
    const own = tooltip as { formatter?: unknown };
    const formatter =
      typeof own.formatter === 'function'
        ? (params: { data?: EntityDatum | null }) => {
            const html = (own.formatter as TooltipFormatter)(params);
            const label =
              touch.current && params.data ? handlers.current.selectLabel?.(params.data) : null;
            return label
              ? `${html}<br/><button type="button" class="tooltip-select" ${SELECT_ATTR}>${escapeHtml(label)}</button>`
              : html;
          }
        : own.formatter;
    return {
      ...base,
      tooltip: {
        ...tooltip,
        formatter,
        enterable: true,
        appendTo: ownElement,
        // A mouse shows it on hover; where nothing hovers, a tap's click shows it, after the
        // frame that paints the tapped mark (onChartReady).
        ...(touchOnly() ? { triggerOn: 'none' as const } : {}),
      },
    };
  }, [chart.option, still]);
  const instance = useRef<EChartsType | null>(null);
  /** A tooltip action (show, hide) dispatched after the tap's frame, if the chart is still there. */
  const tipLater = useCallback(
    (action: Action) =>
      later('tip', () => {
        const current = instance.current;
        if (current && !current.isDisposed()) current.dispatchAction(action);
      }),
    [later],
  );
  /** Whether marks of this chart are highlighted now (by the hover effect below). */
  const highlighted = useRef(false);
  const box = useRef<HTMLDivElement | null>(null);
  /** The size the instance was last given, in CSS pixels. */
  const size = useRef<{ width: number; height: number } | null>(null);

  // Sizes are given to ECharts, never measured by it: its resize() reads the element's
  // size, which forces a layout in the middle of React's commit (once per chart).
  const applySize = useCallback((width: number, height: number) => {
    const current = instance.current;
    if (!current || width <= 0 || height <= 0) return;
    if (size.current?.width === width && size.current.height === height) return;
    size.current = { width, height };
    current.resize({ width, height });
  }, []);

  // A new height (a filter changed the number of rows) is applied in the same commit.
  useLayoutEffect(() => {
    if (size.current) applySize(size.current.width, chart.height);
  }, [chart.height, applySize]);

  // The width follows the layout (window resizes, the sidebar, print).
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (rect) applySize(Math.round(rect.width), Math.round(rect.height));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [applySize]);
  // A hover anywhere on the page highlights this chart's related marks in place: no option is
  // rebuilt or handed to ECharts (a pointer sweep across two charts stays at frame rate).
  const hoverKey = hover ? `${hover.kind}:${hover.id}` : null;
  // A chart with nothing related to the hovered entity fades as a whole (ECharts' blur only
  // reaches the other marks of a chart that has a highlighted one).
  const faded = useMemo(
    () => hoverKey !== null && relatedMarks(chart.option.series, hoverKey).length === 0,
    [hoverKey, chart.option],
  );
  useEffect(() => {
    const current = instance.current;
    if (!current) return;
    const apply = (): void => {
      if (current.isDisposed()) return;
      // Each action redraws the chart: a chart with nothing highlighted and nothing to
      // highlight is left alone (most charts, for most hovers).
      const hits = hoverKey ? relatedMarks(option.series, hoverKey) : [];
      if (highlighted.current) current.dispatchAction({ type: 'downplay' });
      for (const hit of hits) current.dispatchAction({ type: 'highlight', ...hit });
      highlighted.current = hits.length > 0;
    };
    // A new option waits for the next frame (lazyUpdate): until ECharts has rendered it, its
    // series have no pipeline, and an action on them throws. Act once it has rendered.
    if (!hasPendingUpdate(current)) {
      apply();
      return;
    }
    const once = (): void => {
      current.off('rendered', once);
      apply();
    };
    current.on('rendered', once);
    return () => {
      current.off('rendered', once);
    };
  }, [hoverKey, option]);

  // Handlers change identity every render; ECharts binds once, so route through refs.
  const handlers = useRef({ onHover, onClick, onZoom, selectLabel });
  useLayoutEffect(() => {
    handlers.current = { onHover, onClick, onZoom, selectLabel };
  });

  // ECharts' locale is fixed when an instance is created, and changing `opts` makes the
  // wrapper dispose and re-create it. Every visible word and number comes from our own
  // formatters and aria text, so the instance keeps the locale it was created with and a
  // language switch is a plain setOption.
  const [locale] = useState(language(lang).echarts);
  const opts = useMemo(() => ({ locale, renderer: 'svg' as const }), [locale]);

  const onEvents = useMemo(() => {
    // A finger's hover reaches the other panels after the tap's own frame.
    const hoverOn = (entity: EntityRef | null): void => {
      if (touch.current) later('hover', () => handlers.current.onHover?.(entity));
      else handlers.current.onHover?.(entity);
    };
    return {
      mouseover: (p: EventParams) => hoverOn(p.data?.entity ?? null),
      mouseout: () => hoverOn(null),
      globalout: () => hoverOn(null),
      click: (p: EventParams) => {
        if (touchOnly() && p.componentType === 'series' && p.event) {
          // The tapped mark's tooltip, placed as ECharts' click trigger places it. (Shown by
          // its mark, not its point: a tooltip shown by point also updates the axis pointer,
          // whose own action, with no axis to follow, hides the tooltip again.)
          const { seriesIndex, dataIndex } = p;
          const position = besidePoint(p.event.offsetX, p.event.offsetY);
          tipShown.current = true;
          tipLater({ type: 'showTip', seriesIndex, dataIndex, position });
        }
        if (!p.data) return;
        // A tap only shows the tooltip; its button selects (see onTooltipClick).
        if (touch.current) tapped.current = p.data;
        else handlers.current.onClick?.(p.data);
      },
      datazoom: () => {
        const zoom = (
          instance.current?.getOption() as {
            dataZoom?: { startValue?: number; endValue?: number }[];
          }
        )?.dataZoom?.[0];
        if (zoom?.startValue !== undefined && zoom.endValue !== undefined) {
          handlers.current.onZoom?.(zoom.startValue, zoom.endValue);
        }
      },
    };
  }, [later, tipLater]);

  // Print emulation, and the end of printing, lay the page out again (one full-width column,
  // then the screen's): follow it. On paper, `paperWidth` sizes the chart.
  useEffect(
    () =>
      onPrintChange((mode) => {
        const el = box.current;
        if (el && mode !== 'paper') applySize(el.clientWidth, el.clientHeight);
      }),
    [applySize],
  );
  // On paper, a still drawing made at once (ECharts' server-side renderer, as an export is):
  // a chart on the page draws in the frames after an update, and one made for printing
  // (never scrolled to) only after its size has been measured, while the browser takes its
  // picture as soon as `beforeprint` returns. The live chart is hidden on paper meanwhile.
  const paper = useMemo(
    () => (paperWidth ? renderOptionSvg(chart.option, paperWidth, chart.height, lang) : null),
    [paperWidth, chart, lang],
  );

  useEffect(() => {
    liveInstances += 1;
    const pending = afterTap.current;
    return () => {
      liveInstances -= 1;
      instance.current = null;
      for (const cancel of pending.values()) cancel();
      pending.clear();
    };
  }, []);

  return (
    <div
      ref={box}
      className={['chart', faded && 'chart--faded', paper && 'chart--paper']
        .filter(Boolean)
        .join(' ')}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      style={{ height: chart.height }}
      onPointerDownCapture={(e) => {
        touch.current = e.pointerType === 'touch';
      }}
      onClickCapture={(e) => {
        if (!(e.target instanceof Element) || !e.target.closest(`[${SELECT_ATTR}]`)) return;
        e.stopPropagation();
        const datum = tapped.current;
        tapped.current = null;
        instance.current?.dispatchAction({ type: 'hideTip' });
        if (datum) handlers.current.onClick?.(datum);
      }}
    >
      {paper && <div className="chart__paper" dangerouslySetInnerHTML={{ __html: paper }} />}
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge={false}
        replaceMerge={REPLACE}
        lazyUpdate
        opts={opts}
        style={FILL}
        autoResize={false}
        onEvents={onEvents}
        onChartReady={(i: EChartsType) => {
          instance.current = i;
          size.current = { width: i.getWidth(), height: i.getHeight() };
          if (!touchOnly()) return;
          // As ECharts' click trigger: a tap beside the marks, or the pointer leaving the
          // chart, hides the tooltip (one frame later, as it was shown).
          const hide = (): void => tipLater({ type: 'hideTip' });
          const zr = i.getZr();
          // Decided once the click's handlers have all run: ECharts calls its own (the chart's
          // click event) after any other of zrender's.
          zr.on('click', () => {
            queueMicrotask(() => {
              if (!tipShown.current) hide();
              tipShown.current = false;
            });
          });
          zr.on('globalout', hide);
        }}
      />
    </div>
  );
}

/**
 * Whether an option handed over with `lazyUpdate` is still waiting for its frame. ECharts
 * keeps it in a private field (echarts 6.1.0, pinned: src/core/echarts.ts `PENDING_UPDATE`).
 */
function hasPendingUpdate(chart: EChartsType): boolean {
  return Boolean((chart as unknown as { __pendingUpdate?: unknown }).__pendingUpdate);
}
