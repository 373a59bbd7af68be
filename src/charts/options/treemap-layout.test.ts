import { describe, expect, it } from 'vitest';
import { buildThemes } from './themes';
import { treemapLayout, type TreemapNode } from './treemap-layout';
import {
  chartContext,
  echartsOf,
  inputFor,
  loadReport,
  panelOf,
  withDrawing,
} from '../../test/chart-context';
import type { BuiltChart } from './types';

const report = loadReport();

interface EcNode {
  name: string;
  parentNode: EcNode | null;
  children: EcNode[];
  getLayout(): { x: number; y: number; width: number; height: number } | undefined;
}

/** ECharts' own layout of a treemap option, each node's box in chart coordinates by path. */
function echartsLayout(chart: BuiltChart, width: number): Map<string, number[]> {
  return withDrawing(chart, width, (drawn) => {
    const model = (
      drawn as unknown as {
        getModel(): { getSeriesByIndex(i: number): { getData(): { tree: { root: EcNode } } } };
      }
    ).getModel();
    const out = new Map<string, number[]>();
    const walk = (node: EcNode, path: string, x0: number, y0: number): void => {
      for (const child of node.children) {
        const l = child.getLayout();
        if (!l) continue;
        const key = `${path}/${child.name}`;
        out.set(key, [x0 + l.x, y0 + l.y, l.width, l.height]);
        walk(child, key, x0 + l.x, y0 + l.y);
      }
    };
    walk(model.getSeriesByIndex(0).getData().tree.root, '', 0, 0);
    return out;
  });
}

interface Named extends TreemapNode {
  name: string;
  children?: Named[];
}

describe('treemap layout', () => {
  it.each([
    ['en', 1200, 1],
    ['zh', 1200, 1],
    ['en', 700, 1],
    ['zh', 960, 1],
    ['en', 1340, 1.4],
    ['zh', 500, 1],
  ] as const)(
    'matches ECharts for the themes panel (%s, %i px, type at %f×)',
    (lang, width, scale) => {
      const ctx = chartContext(report, lang, null, { width, scale });
      const chart = echartsOf(
        buildThemes(inputFor(report, panelOf(report, 'themes')), ctx) ?? (null as never),
      );
      const option = chart.option as unknown as {
        series: {
          data: Named[];
          levels: { itemStyle: { borderWidth: number; gapWidth: number }; upperLabel?: object }[];
          upperLabel: { height: number };
          squareRatio?: number;
        }[];
      };
      const series = option.series[0]!;
      const levels = series.levels.map((l) => ({
        borderWidth: l.itemStyle.borderWidth,
        gapWidth: l.itemStyle.gapWidth,
        upperLabelHeight:
          (l.upperLabel as { show?: boolean } | undefined)?.show === true
            ? series.upperLabel.height
            : 0,
      }));
      // As the panel sets it, and with ECharts' default (golden rectangles).
      for (const squareRatio of [series.squareRatio, undefined]) {
        // (Left out, not undefined: ECharts would take undefined as the ratio.)
        const { squareRatio: _set, ...unset } = series;
        const drawn = squareRatio === undefined ? unset : series;
        const ours = treemapLayout(series.data, width, chart.height, levels, squareRatio);
        const theirs = echartsLayout(
          { ...chart, option: { ...chart.option, series: [drawn] } },
          width,
        );
        const mine = new Map<string, number[]>();
        const walk = (nodes: readonly Named[], path: string): void => {
          for (const node of nodes) {
            const r = ours.get(node);
            const key = `${path}/${node.name}`;
            if (r) mine.set(key, [r.x, r.y, r.width, r.height]);
            walk(node.children ?? [], key);
          }
        };
        walk(series.data, '');
        expect(mine.size).toBe(theirs.size);
        expect(mine.size).toBeGreaterThan(15);
        for (const [key, box] of theirs) {
          const got = mine.get(key);
          expect(got, key).toBeDefined();
          box.forEach((v, i) => expect(got?.[i], `${key}[${i}]`).toBeCloseTo(v, 6));
        }
      }
    },
  );
});
