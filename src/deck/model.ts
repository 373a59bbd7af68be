/**
 * The deck model: a language-specific, already-worded description of a slide deck. The app
 * builds it from its panels; `writeDeck` turns it into a .pptx. Every string and number in
 * here is already formatted for display: this module adds no words of its own.
 */

/** The deck's language: decides the runs' `lang` (zh-CN / en-US), not the typefaces. */
export type DeckLang = 'zh' | 'en';

/** A whole deck. */
export interface Deck {
  lang: DeckLang;
  /** e.g. "AI 技术 4 月深度观察" — document title/metadata */
  title: string;
  /** Footer line on every slide, e.g. "2026 年 4 月 · AI 技术 4 月深度观察 · ai-2026-04" */
  stamp: string;
  /** Document author metadata, e.g. the publisher; optional. */
  author?: string;
  slides: DeckSlide[];
}

/** One slide of the model (an image chart whose table does not fit may become two slides). */
export type DeckSlide = TitleSlide | StatsSlide | ChartSlide;

/** What every slide has. */
export interface SlideBase {
  /** States the finding. */
  title: string;
  /** Says what is measured. */
  subtitle?: string;
  /** Who claims it, e.g. "来源：… · 2026 年 4 月". */
  source?: string;
  /** Speaker notes; "\n" separates paragraphs. */
  notes: string;
  /** e.g. filter description "筛选：OpenAI" */
  filterLine?: string;
}

/** The opening slide: the edition and the abstract's threads. */
export interface TitleSlide extends SlideBase {
  kind: 'title';
  publisher: string;
  month: string;
  bullets: Bullet[];
}

/** A point of a list: its lead set in bold ("Capital, compute and the physical world: "). */
export interface Bullet {
  lead: string;
  text: string;
}

/** One big number with its label and a line of context. */
export interface Stat {
  value: string;
  label: string;
  context?: string;
  /** A value computed from the report's figures rather than stated in it: drawn dashed. */
  derived?: boolean;
}

/** Two to six big numbers. */
export interface StatsSlide extends SlideBase {
  kind: 'stats';
  stats: Stat[];
}

/** A chart filling the middle of the slide. */
export interface ChartSlide extends SlideBase {
  kind: 'chart';
  chart: NativeChart | ImageChart | GridChart;
  /** A short line under the chart, e.g. what the pattern means. */
  note?: string;
  /** The title of the slides its table runs on to ("… (cont.)"); else the title again. */
  continuedTitle?: string;
}

/** One series of a native chart. */
export interface NativeSeries {
  name: string;
  values: (number | null)[];
  /** "RRGGBB" or "#RRGGBB". */
  colour: string;
  /** per-point display label, e.g. "超过 250 亿美元" / "more than $25B" / "47.3% · derived"; same length as values */
  labels: string[];
  /** per-point: derived values drawn with a pattern/dashed outline */
  derived?: boolean[];
  /**
   * Bars only: per-point fill ("RRGGBB" or "#RRGGBB"), e.g. each bar in its organisation's
   * colour; a point without one takes `colour`.
   */
  colours?: (string | undefined)[];
  /**
   * Stacked bars only: drawn without fill, outline or labels, and left out of the legend. The
   * invisible base a floating bar stands on (a stated range from low to high, a waterfall step).
   */
  hidden?: boolean;
}

/** A horizontal reference line, e.g. a human baseline. */
export interface ReferenceLine {
  value: number;
  /** Drawn on the line, e.g. "人类基线 72.4%". */
  label: string;
  colour?: string;
}

/**
 * A chart PowerPoint can draw natively; values already in the display unit the axis title names
 * (e.g. 2672 for 亿美元, 267.2 for $B).
 */
export interface NativeChart {
  kind: 'native';
  type: 'bar' | 'stacked-bar' | 'line' | 'scatter';
  /**
   * Bars only; default horizontal. A bar chart with reference lines is always drawn vertical:
   * the line is a line series, and PowerPoint cannot combine one with horizontal bars.
   */
  direction?: 'horizontal' | 'vertical';
  /** Category names (bar, line); for scatter, the names of the points. */
  categories: string[];
  series: NativeSeries[];
  /** e.g. "亿美元" / "$B" */
  valueAxisTitle: string;
  /** log value axis (multiples) */
  log?: boolean;
  min?: number;
  max?: number;
  /** e.g. human baseline 72.4 */
  referenceLines?: ReferenceLine[];
  /** Scatter only: the x value of each point (same length as categories); default 1…n. */
  x?: number[];
  /** Scatter only: the x axis title. */
  xAxisTitle?: string;
  /** Scatter only: join each series' points in order (a before → after path). */
  connect?: boolean;
  /** Show the legend; default: when there is more than one series. */
  legend?: boolean;
}

/** For forms without a PowerPoint equivalent (timeline, treemap): a sharp picture plus a native table. */
export interface ImageChart {
  kind: 'image';
  /** PNG as bytes or a data URL. */
  png: Uint8Array | string;
  /** Pixel size of the PNG (its aspect ratio is kept). */
  width: number;
  height: number;
  table: { header: string[]; rows: string[][] };
}

/**
 * Entries by row and column, as a native table: the timeline's events, a row per period and a
 * column per thread, so that every name is set in type the room can read (a picture of the
 * page's timeline holds fifteen rows of 9 pt labels).
 */
export interface GridChart {
  kind: 'grid';
  /** The column heads, each with its colour ("RRGGBB" or "#RRGGBB"), e.g. the threads. */
  columns: { name: string; colour: string }[];
  /** The rows in order, e.g. the periods, oldest first; `cells` has one list per column. */
  rows: { name: string; cells: string[][] }[];
}
