/**
 * Chart-builder fixtures for unit tests: the committed report (validated), a
 * `ChartContext` for either language over the app's i18next instance, and typed
 * views of the options the builders return, so tests can read them without `any`.
 */
import i18next from 'i18next';
import type {
  BuiltChart,
  ChartContext,
  ChartDefinition,
  ChartText,
  EntityDatum,
} from '../charts/options/types';
import { coloursFor } from '../charts/theme';
import { EMPTY_FILTERS, type EntityRef, type Filters } from '../data/filters';
import { reportSchema, type Report } from '../data/schema';
import { selectMatches, type Matches } from '../data/selectors';
import { initI18n } from '../i18n/init';
import { I18N_CODE, type Lang } from '../i18n/languages';
import { formatterFor } from '../lib/format';
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
  return selectMatches(report, { ...EMPTY_FILTERS, ...filters }, null);
}

/**
 * A context for `lang` whose strings come from that language whatever i18next's
 * current language is. A missing `charts.*` key throws instead of falling back.
 */
export function chartContext(
  report: Report,
  lang: Lang,
  focus: EntityRef | null = null,
): ChartContext {
  if (!i18next.isInitialized) initI18n(lang);
  const lng = I18N_CODE[lang];
  // Keys are built at run time (chart ids), as in use-chart-context.ts.
  const t = i18next.getFixedT(lng, 'common') as unknown as ChartText;
  return {
    lang,
    fmt: formatterFor(lang),
    text: (key, vars) => {
      // With vars, so that plural keys (`_one`/`_other`) resolve.
      if (!i18next.exists(key, { ...vars, lng, ns: 'common' })) {
        throw new Error(`missing key common:${key} in ${lng}`);
      }
      return t(key, vars);
    },
    colours: coloursFor(report),
    focus,
  };
}

/** A visible bar as figure-bars builds it. */
export interface BarDatum extends EntityDatum {
  value: number;
  figureId: string;
  itemStyle: {
    color: string;
    opacity: number;
    borderColor?: string;
    borderWidth: number;
    borderType: string;
    decal?: { symbol: string };
  };
  label: { show: boolean; formatter: string; opacity: number; color: string };
}

export interface BarSeries {
  type: string;
  name: string;
  xAxisIndex: number;
  yAxisIndex: number;
  stack?: string;
  silent?: boolean;
  itemStyle?: { color: string };
  tooltip?: { show: boolean };
  data: (BarDatum | number)[];
  markLine?: { data: { xAxis: number }[]; label: { formatter: string } };
}

export interface BarOption {
  title: { text: string; top: number }[];
  grid: { top: number; height: number }[];
  xAxis: {
    gridIndex: number;
    type: string;
    axisLabel: { formatter: (value: number) => string };
  }[];
  yAxis: { gridIndex: number; type: string; data: string[] }[];
  series: BarSeries[];
  tooltip: { formatter: (params: { data?: EntityDatum }) => string };
  aria: { enabled: boolean; label: { description: string } };
}

/** The option of a figure-bars chart, typed for reading. */
export function barOption(built: BuiltChart): BarOption {
  return built.option as unknown as BarOption;
}

/** Every visible bar (not the transparent range bases), with the series that holds it. */
export function visibleBars(built: BuiltChart): { datum: BarDatum; series: BarSeries }[] {
  return barOption(built).series.flatMap((series) =>
    series.data.flatMap((datum) => (typeof datum === 'number' ? [] : [{ datum, series }])),
  );
}

/** The visible bar of one figure; throws when the chart does not draw it. */
export function barOf(built: BuiltChart, figureId: string): { datum: BarDatum; series: BarSeries } {
  const hit = visibleBars(built).find((b) => b.datum.figureId === figureId);
  if (!hit) throw new Error(`no bar for figure "${figureId}"`);
  return hit;
}

/** A built chart, or a thrown error naming what was expected (keeps tests free of `!`). */
export function built(chart: BuiltChart | null, what = 'chart'): BuiltChart {
  if (!chart) throw new Error(`${what} built to null`);
  return chart;
}

/** One chart built on the unfiltered report in a language, with its bar option. */
export function drawBars(def: ChartDefinition, lang: Lang, report: Report = loadReport()) {
  const ctx = chartContext(report, lang);
  const chart = built(def.build({ report, matches: matchesFor(report) }, ctx));
  return { ctx, chart, option: barOption(chart) };
}
