/** The on-screen option made into a still image: no zoom control, no animation, no tooltip. */
import type { EChartsCoreOption } from 'echarts/core';

interface ZoomLike {
  startValue?: number;
  endValue?: number;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function exportOption(option: EChartsCoreOption): EChartsCoreOption {
  const {
    dataZoom,
    tooltip: _tooltip,
    ...rest
  } = option as EChartsCoreOption & {
    dataZoom?: ZoomLike | ZoomLike[];
    tooltip?: unknown;
    xAxis?: Record<string, unknown> | Record<string, unknown>[];
    grid?: Record<string, unknown> | Record<string, unknown>[];
  };
  const zoom = asArray(dataZoom)[0];
  const out: Record<string, unknown> = { ...rest, animation: false };
  if (zoom && (zoom.startValue !== undefined || zoom.endValue !== undefined)) {
    // The brushed window becomes the axis extent, so the image shows what the page shows.
    out.xAxis = asArray(rest.xAxis).map((axis) => ({
      ...axis,
      min: zoom.startValue ?? axis.min,
      max: zoom.endValue ?? axis.max,
    }));
    // The slider's room at the bottom is no longer needed.
    out.grid = asArray(rest.grid).map((g) => ({ ...g, bottom: 28 }));
    out.series = asArray((rest as { series?: Record<string, unknown>[] }).series).map((s) =>
      s.type === 'custom' ? { ...s, clip: true } : s,
    );
  }
  return out;
}
