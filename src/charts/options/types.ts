/** What every form builder receives and returns. */
import type { EChartsCoreOption } from 'echarts/core';
import type { DaySpan, EntityRef } from '../../data/filters';
import type { Bilingual, Figure, Panel, Report, ReportEvent } from '../../data/schema';
import type { Matches } from '../../data/selectors';
import type { Formatter } from '../../lib/format';
import type { ChartColours } from '../theme';

/** A language's words as builders use them (a `Words` from i18n/words.ts fits). */
export interface ChartWords {
  lang: string;
  /** UI words: `charts.*`, `punct.*` … */
  t: (key: string, vars?: Record<string, unknown>) => string;
  fmt: Formatter;
  /** The report's own text in this language. */
  text: (value: Bilingual) => string;
}

export interface ChartContext extends ChartWords {
  colours: ChartColours;
  /** What to emphasise: the hovered entity, else the sticky selection. */
  focus: EntityRef | null;
  /** A narrow layout (phones): labels above their marks, fewer columns. */
  compact?: boolean;
  /** Type and spacing multiplier (presentation mode and slides draw everything larger). */
  scale?: number;
  /** The chart's width in pixels, when known (labels and legends are laid out for it). */
  width?: number;
  /**
   * How far the drawn width may differ from `width`, either way (a panel on screen is built
   * for its width rounded to a step, so that a resize rebuilds it only now and then).
   */
  widthError?: number;
  /** A still picture (print, export): no controls such as the timeline's range slider. */
  still?: boolean;
}

/** A length in pixels at the context's scale. */
export function px(ctx: Pick<ChartContext, 'scale'>, n: number): number {
  return Math.round(n * (ctx.scale ?? 1));
}

/** One row of a chart's data, as its table, CSV and description show it. */
export interface ChartRow {
  /** The figure's or event's id. */
  id: string;
  group: string;
  label: string;
  value: string;
  /** The formula, for a derived value. */
  derived?: string;
  note?: string;
  section: number;
  /** False when the filters leave it out and it is drawn only as context. */
  matched?: boolean;
}

interface BuiltBase {
  rows: ChartRow[];
  /** A sentence or two generated from the data, for screen readers. */
  description: string;
  /** Pixel height the chart needs for its content. */
  height: number;
  /** Set when the filters leave some of the report's events out of a chart that draws only
   * the events that match (the timeline, the themes): how many it draws, of how many. */
  subset?: EventSubset;
  /** What the title and the inference lines say of the subset drawn, where the edition's
   * (which state a finding about all its events) would not hold for it. */
  view?: SubsetStory;
}

/** A panel's title and inference lines for a subset of the edition's events. */
export interface SubsetStory {
  title: string;
  /** Replace the panel's inference lines (the dataset's readings of the whole edition). */
  inferences: string[];
}

/** How many of the report's events a chart draws, of how many. */
export interface EventSubset {
  shown: number;
  of: number;
}

/** The subset a chart drawing `shown` of the report's events draws; none when it draws all. */
export function eventSubset(shown: number, report: Report): EventSubset | undefined {
  return shown < report.events.length ? { shown, of: report.events.length } : undefined;
}

/** A chart ECharts draws. */
export interface EChartsBuilt extends BuiltBase {
  kind: 'echarts';
  option: EChartsCoreOption;
}

/** A single number (or a few), drawn as big text. */
export interface StatItem {
  figureId: string;
  value: string;
  /** `value` in the runs a line may break between, each kept whole (see `valueRuns`). */
  runs: string[];
  label: string;
  /** The formula, for a derived value. */
  derived?: string;
  entity?: EntityRef;
  /** Dimmed: not what the focus is on. */
  dim: boolean;
  /** What it relates to, as keys (see EntityDatum.relates): a hover elsewhere dims the rest. */
  relates: string[];
}
export interface StatBuilt extends BuiltBase {
  kind: 'stat';
  stats: StatItem[];
}

/** A list in place of a chart that cannot be read at phone width (the themes treemap). */
export interface ListGroup {
  title: string;
  colour: string;
  entity: EntityRef;
  items: { id: string; label: string; detail: string; entity: EntityRef; dim: boolean }[];
}
export interface ListBuilt extends BuiltBase {
  kind: 'list';
  groups: ListGroup[];
}

export type BuiltChart = EChartsBuilt | StatBuilt | ListBuilt;

/** What a panel's builder is given besides the context. */
export interface PanelInput {
  report: Report;
  panel: Panel;
  /** What the filters and selection let through. */
  matches: Matches;
  /** The timeline's events: every filter but the date range applies. */
  timelineEvents: readonly ReportEvent[];
  /** The date range the reader set (the timeline's window). */
  range: DaySpan | null;
}

/** A form's pure builder: null when the filters leave it nothing to draw. */
export type FormBuilder = (input: PanelInput, ctx: ChartContext) => BuiltChart | null;

/** The data item ECharts carries back in events, so a click can name what it hit. */
export interface EntityDatum {
  entity?: EntityRef;
  figureId?: string;
  eventId?: string;
  /**
   * The entities the mark is about, as keys ("organisation:openai"): hovering one of them
   * anywhere highlights the mark in place (chart.tsx), without rebuilding the chart.
   */
  relates?: string[];
}

export type { Figure };
