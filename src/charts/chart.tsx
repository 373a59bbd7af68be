/**
 * The one component that touches an ECharts instance: init with an explicit locale and
 * renderer, set the option (replacing, never merging), events, resize, dispose.
 * Panels never call ECharts directly.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/languages';
import type { EntityRef } from '../state/view-state';
import { echarts } from './echarts';
import type { BuiltChart, EntityDatum } from './options/types';

export interface ChartEvents {
  onHover?: (entity: EntityRef | null) => void;
  onClick?: (datum: EntityDatum) => void;
  /** The visible x-range after a zoom/brush, in axis units (ms for time axes). */
  onZoom?: (start: number, end: number) => void;
}

interface Props extends ChartEvents {
  chart: BuiltChart;
  lang: Lang;
  /** Accessible name of the chart (its title). */
  label: string;
  descriptionId: string;
}

interface EventParams {
  data?: EntityDatum | null;
}

/** Count of live ECharts instances, read by the benchmark's memory check. */
let liveInstances = 0;
export function liveChartCount(): number {
  return liveInstances;
}

function subscribeMotion(notify: () => void): () => void {
  const list = window.matchMedia(REDUCED_MOTION);
  list.addEventListener('change', notify);
  return () => list.removeEventListener('change', notify);
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Every component is replaced by the new option (removed series never linger), but
 * series keep their ids, so a hover restyles bars in place and a click that began
 * before the restyle still lands.
 */
const REPLACE = ['series', 'xAxis', 'yAxis', 'grid', 'title', 'legend', 'dataZoom'];

export function Chart({ chart, lang, label, descriptionId, onHover, onClick, onZoom }: Props) {
  const reducedMotion = useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
  // Readers who ask for less motion get charts that appear without animating.
  const option = useMemo(
    () => (reducedMotion ? { ...chart.option, animation: false } : chart.option),
    [chart.option, reducedMotion],
  );
  const instance = useRef<EChartsType | null>(null);
  // Handlers change identity every render; ECharts binds once, so route through refs.
  const handlers = useRef({ onHover, onClick, onZoom });
  useLayoutEffect(() => {
    handlers.current = { onHover, onClick, onZoom };
  });

  // ECharts' locale is fixed when an instance is created, and changing `opts` makes the
  // wrapper dispose and re-create it. Every visible word and number comes from our own
  // formatters and aria text, so the instance keeps the locale it was created with and a
  // language switch is a plain setOption.
  const [locale] = useState(lang === 'zh' ? 'ZH' : 'EN');
  const opts = useMemo(() => ({ locale, renderer: 'svg' as const }), [locale]);

  const onEvents = useMemo(
    () => ({
      mouseover: (p: EventParams) => handlers.current.onHover?.(p.data?.entity ?? null),
      mouseout: () => handlers.current.onHover?.(null),
      globalout: () => handlers.current.onHover?.(null),
      click: (p: EventParams) => {
        if (p.data) handlers.current.onClick?.(p.data);
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
    }),
    [],
  );

  // Printing lays the page out again (one full-width column): follow it.
  useEffect(() => {
    const resize = (): void => instance.current?.resize();
    const print = window.matchMedia('print');
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    print.addEventListener('change', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      print.removeEventListener('change', resize);
    };
  }, []);

  useEffect(() => {
    liveInstances += 1;
    return () => {
      liveInstances -= 1;
      instance.current = null;
    };
  }, []);

  return (
    <div className="chart" role="img" aria-label={label} aria-describedby={descriptionId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge={false}
        replaceMerge={REPLACE}
        lazyUpdate
        opts={opts}
        style={{ height: chart.height, width: '100%' }}
        onEvents={onEvents}
        onChartReady={(i: EChartsType) => {
          instance.current = i;
        }}
      />
    </div>
  );
}
