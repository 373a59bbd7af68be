/** Efficiency claims on a log axis, each bar naming what it improves. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const efficiencyChart: ChartDefinition = {
  id: 'efficiency',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.efficiency.title'),
      [
        {
          key: 'multiples',
          title: ctx.text('charts.efficiency.multiples'),
          unit: 'multiple',
          log: true,
          figures: pick(
            report,
            [
              'neuro-symbolic-energy-reduction',
              'mimic-sample-efficiency',
              'turboquant-memory-reduction',
              'mimic-convergence-speed',
            ],
            matches.figureIds,
          ),
        },
      ],
      ctx,
    ),
};
