/** Capex and infrastructure: Meta's range, Microsoft's Japan investment; jobs on their own axis. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const capexChart: ChartDefinition = {
  id: 'capex',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.capex.title'),
      [
        {
          key: 'dollars',
          title: ctx.text('charts.capex.dollars'),
          unit: 'usd',
          figures: pick(
            report,
            ['meta-capex-2026', 'microsoft-japan-investment', 'microsoft-japan-datacentres'],
            matches.figureIds,
          ),
        },
        {
          key: 'jobs',
          title: ctx.text('charts.capex.jobs'),
          unit: 'jobs',
          figures: pick(report, ['microsoft-japan-jobs'], matches.figureIds),
        },
      ],
      ctx,
    ),
};
