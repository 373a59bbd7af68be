/** What every option builder receives and returns. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Figure, Report } from '../../data/schema';
import type { Matches } from '../../data/selectors';
import type { Lang } from '../../i18n/languages';
import type { Formatter } from '../../lib/format';
import type { EntityRef } from '../../data/filters';
import type { ChartColours } from '../theme';

/** Looks up a chart string in the current language (`charts.*` keys of the common namespace). */
export type ChartText = (key: string, vars?: Record<string, string | number>) => string;

export interface ChartContext {
  lang: Lang;
  fmt: Formatter;
  text: ChartText;
  colours: ChartColours;
  /** What to emphasise: the hovered entity, else the sticky selection. */
  focus: EntityRef | null;
  /** A narrow layout (phones): shorter label columns. */
  compact?: boolean;
  /** Type and spacing multiplier (presentation mode draws everything larger). */
  scale?: number;
}

/** A length in pixels at the context's scale. */
export function px(ctx: Pick<ChartContext, 'scale'>, n: number): number {
  return Math.round(n * (ctx.scale ?? 1));
}

/** One row of a chart's data, as its table and aria description show it. */
export interface ChartRow {
  id: string;
  group: string;
  label: string;
  value: string;
  /** The formula, for a derived value. */
  derived?: string;
  note?: string;
  section: number;
}

export interface BuiltChart {
  option: EChartsCoreOption;
  rows: ChartRow[];
  /** A sentence or two generated from the data, for screen readers. */
  description: string;
  /** Pixel height the chart needs for its content. */
  height: number;
}

export interface ChartInput {
  report: Report;
  matches: Matches;
}

/** A chart of the dashboard: its id (file names, URLs) and its pure builder. */
export interface ChartDefinition {
  id: string;
  build: (input: ChartInput, ctx: ChartContext) => BuiltChart | null;
}

/** The data item ECharts carries back in events, so a click can name what it hit. */
export interface EntityDatum {
  entity?: EntityRef;
  figureId?: string;
  eventId?: string;
}

export type { Figure };
