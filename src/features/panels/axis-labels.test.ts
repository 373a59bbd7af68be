/**
 * Every tick of a value axis keeps its label, on screen and on every slide preset, in both
 * languages: ECharts hides a label that would overlap its neighbour, so an axis divided too
 * finely for its width reads "0, 300 亿, 900 亿" with the labels between missing.
 */
import { describe, expect, it } from 'vitest';
import { slideChart } from '../../charts/export-render';
import { buildPanel } from '../../charts/options/forms';
import type { BuiltChart } from '../../charts/options/types';
import { EMPTY_FILTERS } from '../../data/filters';
import { langCodes } from '../../i18n/languages';
import { PRESET_IDS } from '../../lib/export-presets';
import {
  chartContext,
  echartsOf,
  inputFor,
  loadReport,
  svgTexts,
  withDrawing,
} from '../../test/chart-context';
import { joinLines, withoutCjkSpaces } from '../../test/text-lines';
import { prepareExport } from './export-job';

const report = loadReport();

interface ValueAxis {
  axis: { type: string; scale: { getTicks(): { value: number }[] } };
  option: {
    axisLabel: {
      formatter?: (v: number) => string;
      showMaxLabel?: boolean;
      showMinLabel?: boolean;
    };
  };
}

/** The tick labels the x axis should show, and the texts the drawing holds. */
function drawnTicks(
  chart: BuiltChart,
  width: number,
  still: boolean,
): { wanted: string[]; drawn: Set<string> } | null {
  return withDrawing(
    chart,
    width,
    (drawn) => {
      const model = (
        drawn as unknown as { getModel(): { getComponent(t: string, i: number): unknown } }
      ).getModel();
      const x = model.getComponent('xAxis', 0) as ValueAxis | undefined;
      if (!x || x.axis.type !== 'value') return null;
      const label = x.option.axisLabel;
      const format = label.formatter;
      if (!format) return null;
      const ticks = x.axis.scale.getTicks().map((t) => t.value);
      const shown = ticks.filter(
        (_, i) =>
          !(i === 0 && label.showMinLabel === false) &&
          !(i === ticks.length - 1 && label.showMaxLabel === false),
      );
      return {
        wanted: shown.map((v) => format(v)),
        drawn: new Set(svgTexts(drawn.renderToSVGString()).map((t) => t.text)),
      };
    },
    { still },
  );
}

const valuePanels = report.panels.filter((panel) => {
  const chart = buildPanel(inputFor(report, panel), chartContext(report, 'en'));
  return chart?.kind === 'echarts' && drawnTicks(chart, 720, false) !== null;
});

describe('value axes', () => {
  it('are found in the panels that draw one', () => {
    // The Meta capex range, Q1 venture funding, Sora before and after, among others.
    expect(valuePanels.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(langCodes())('in %s', (lang) => {
    it.each([390, 720, 1200])('label every tick on a %i-pixel screen', (width) => {
      for (const panel of valuePanels) {
        const ctx = chartContext(report, lang, null, { width });
        const chart = buildPanel(inputFor(report, panel), ctx);
        if (!chart) continue;
        const ticks = drawnTicks(chart, width, false);
        if (!ticks) continue;
        expect.soft(ticks.wanted.length, `${panel.id} at ${width}`).toBeGreaterThanOrEqual(3);
        for (const tick of ticks.wanted) {
          expect.soft(ticks.drawn.has(tick), `${panel.id} at ${width}: "${tick}"`).toBe(true);
        }
      }
    });

    it.each(PRESET_IDS)('label every tick on a %s slide', (preset) => {
      for (const panel of valuePanels) {
        const job = prepareExport(inputFor(report, panel), lang, EMPTY_FILTERS, null);
        if (!job) continue;
        const { chart, width } = slideChart(job.slide, preset);
        const ticks = drawnTicks(chart, width, true);
        if (!ticks) continue;
        expect.soft(ticks.wanted.length, `${panel.id} on ${preset}`).toBeGreaterThanOrEqual(3);
        for (const tick of ticks.wanted) {
          expect.soft(ticks.drawn.has(tick), `${panel.id} on ${preset}: "${tick}"`).toBe(true);
        }
      }
    });
  });

  describe.each(langCodes())('in %s, every row keeps its name', (lang) => {
    it.each(PRESET_IDS)('on a %s slide', (preset) => {
      for (const panel of valuePanels) {
        const job = prepareExport(inputFor(report, panel), lang, EMPTY_FILTERS, null);
        if (!job) continue;
        const { chart, width } = slideChart(job.slide, preset);
        const option = echartsOf(chart).option as {
          yAxis?: { type?: string; data?: string[]; axisLabel?: { show?: boolean } };
        };
        const names = option.yAxis?.type === 'category' ? (option.yAxis.data ?? []) : [];
        if (names.length === 0 || option.yAxis?.axisLabel?.show === false) continue;
        const text = withDrawing(
          chart,
          width,
          (drawn) =>
            withoutCjkSpaces(joinLines(svgTexts(drawn.renderToSVGString()).map((t) => t.text))),
          { still: true },
        );
        for (const name of names) {
          expect
            .soft(text.includes(withoutCjkSpaces(name)), `${panel.id} on ${preset}: "${name}"`)
            .toBe(true);
        }
      }
    });
  });
});
