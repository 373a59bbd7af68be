/**
 * Builder fixtures for unit tests: the committed report (validated), a `ChartContext` for
 * any language whose missing keys throw, panels by id, and typed views of the options the
 * builders return, so tests can read them without `any`.
 */
import type { EChartsType } from 'echarts/core';
import { echarts } from '../charts/echarts';
import { exportOption } from '../charts/export/export-option';
import { buildPanel } from '../charts/options/forms';
import type {
  BuiltChart,
  ChartContext,
  EChartsBuilt,
  EntityDatum,
  PanelInput,
} from '../charts/options/types';
import { coloursFor } from '../charts/theme';
import { EMPTY_FILTERS, type DaySpan, type EntityRef, type Filters } from '../data/filters';
import { reportSchema, type Panel, type Report } from '../data/schema';
import { selectMatches, type Matches } from '../data/selectors';
import { i18nInstance } from '../i18n/instance';
import { language, type Lang } from '../i18n/languages';
import { wordsFor } from '../i18n/words';
import { valueInEveryLanguage } from '../shared/use-matches';
import { readRepoJson } from './repo';

export const REPORT_FILE = 'data/ai-2026-04.json';

/** The committed dataset as raw JSON (for tests that alter a copy before parsing). */
export function rawReport(): Record<string, unknown> {
  return readRepoJson(REPORT_FILE) as Record<string, unknown>;
}

/** The committed dataset, parsed with the app's schema. */
export function loadReport(): Report {
  return reportSchema.parse(rawReport());
}

/** What every panel gets with no filters (or with `filters`). */
export function matchesFor(report: Report, filters: Partial<Filters> = {}): Matches {
  return selectMatches(report, { ...EMPTY_FILTERS, ...filters }, null, valueInEveryLanguage);
}

/**
 * A context for `lang` whose words come from that language's resources. A missing key
 * throws instead of falling back, so a test fails on a word the locale files lack.
 */
export function chartContext(
  report: Report,
  lang: Lang,
  focus: EntityRef | null = null,
  extra: Partial<ChartContext> = {},
): ChartContext {
  const words = wordsFor(lang);
  const instance = i18nInstance();
  const lng = language(lang).tag;
  return {
    lang,
    fmt: words.fmt,
    text: words.text,
    t: (key, vars) => {
      // With vars, so that plural and context keys resolve.
      if (!instance.exists(key, { ...vars, lng, ns: 'common', fallbackLng: false })) {
        throw new Error(`missing key common:${key} in ${lng}`);
      }
      return words.t(key, vars);
    },
    colours: coloursFor(report),
    focus,
    ...extra,
  };
}

/** A panel of the report by id. */
export function panelOf(report: Report, id: string): Panel {
  const panel = report.panels.find((p) => p.id === id);
  if (!panel) throw new Error(`no panel "${id}"`);
  return panel;
}

/** What a panel's builder is given, for the unfiltered report (or `filters`). */
export function inputFor(
  report: Report,
  panel: Panel,
  filters: Partial<Filters> = {},
  range: DaySpan | null = null,
): PanelInput {
  const matches = matchesFor(report, filters);
  const timelineEvents = matchesFor(report, { ...filters, range: null }).events;
  return { report, panel, matches, timelineEvents, range: range ?? filters.range ?? null };
}

/** A panel built in a language (throws when it builds to null). */
export function buildOf(
  report: Report,
  id: string,
  lang: Lang,
  options: {
    filters?: Partial<Filters>;
    focus?: EntityRef | null;
    ctx?: Partial<ChartContext>;
  } = {},
): BuiltChart {
  const ctx = chartContext(report, lang, options.focus ?? null, options.ctx);
  return built(buildPanel(inputFor(report, panelOf(report, id), options.filters), ctx), id);
}

/** A built chart, or a thrown error naming what was expected (keeps tests free of `!`). */
export function built(chart: BuiltChart | null, what = 'chart'): BuiltChart {
  if (!chart) throw new Error(`${what} built to null`);
  return chart;
}

/** An ECharts build, or a thrown error when the form drew something else. */
export function echartsOf(chart: BuiltChart): EChartsBuilt {
  if (chart.kind !== 'echarts') throw new Error(`expected an ECharts chart, got ${chart.kind}`);
  return chart;
}

/** A drawn mark as the horizontal forms build it. */
export interface MarkDatum extends EntityDatum {
  value: number;
  name: string;
  figureId: string;
  itemStyle: {
    color: string;
    opacity: number;
    borderType: string;
    borderWidth: number;
    decal?: { symbol: string };
  };
  label: { show: boolean; formatter: string; color: string; opacity: number; position: unknown };
}

export interface SeriesOption {
  type: string;
  id?: string;
  name?: string;
  stack?: string;
  data: unknown[];
  markLine?: { data: { xAxis: number; label: { formatter: string } }[] };
  /** Not drawn any more (a reference range is a row); kept to check that it stays so. */
  markArea?: unknown;
}

export interface HorizontalOption {
  grid: { top: number; right: number };
  xAxis: {
    type: string;
    min?: number;
    max?: unknown;
    axisLabel: { formatter: (v: number) => string };
  };
  yAxis: { data: string[]; axisLabel: { show?: boolean } };
  series: SeriesOption[];
  tooltip: { formatter: (p: { data?: EntityDatum }) => string };
  aria: { label: { description: string } };
}

export const optionOf = <T = HorizontalOption>(chart: BuiltChart): T =>
  echartsOf(chart).option as unknown as T;

/** The visible marks of a horizontal form (the series with id 'marks'). */
export function marksOf(chart: BuiltChart): MarkDatum[] {
  const series = optionOf(chart).series.find((s) => s.id === 'marks');
  if (!series) throw new Error('no marks series');
  return series.data as MarkDatum[];
}

/** The mark of one figure; throws when the chart does not draw it. */
export function markOf(chart: BuiltChart, figureId: string): MarkDatum {
  const hit = marksOf(chart).find((d) => d.figureId === figureId);
  if (!hit) throw new Error(`no mark for figure "${figureId}"`);
  return hit;
}

/**
 * Draw a chart with ECharts in Node (SSR, SVG), `width` pixels wide, and hand the drawing to
 * `read` before it is disposed: `still` draws it as an export does (exportOption), else with
 * animation off; ECharts' own words (if any show) are in `lang`.
 */
export function withDrawing<T>(
  chart: BuiltChart,
  width: number,
  read: (drawn: EChartsType) => T,
  options: { lang?: Lang; still?: boolean } = {},
): T {
  const built = echartsOf(chart);
  const drawn = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height: built.height,
    locale: options.lang === 'zh' ? 'ZH' : 'EN',
  });
  try {
    drawn.setOption(
      options.still ? exportOption(built.option) : { ...built.option, animation: false },
    );
    return read(drawn);
  } finally {
    drawn.dispose();
  }
}

/**
 * A chart as ECharts draws it, rendered to an SVG string in Node (SSR), `width` pixels wide,
 * with ECharts' own words (if any show) in `lang`.
 */
export function renderSvg(chart: BuiltChart, width: number, lang: Lang = 'en'): string {
  return withDrawing(chart, width, (drawn) => drawn.renderToSVGString(), { lang });
}

/** The `<text>` elements of an SVG string: their attributes and their text. */
export function svgTexts(svg: string): { attrs: string; text: string }[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    attrs: m[1] ?? '',
    text: (m[2] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  }));
}
