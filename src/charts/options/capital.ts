/** Capital: the Q1 venture total and the named rounds inside it; the xAI acquisition apart. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const capitalChart: ChartDefinition = {
  id: 'capital',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.capital.title'),
      [
        {
          key: 'venture',
          title: ctx.text('charts.capital.venture'),
          unit: 'usd',
          figures: pick(
            report,
            ['q1-venture-total', 'openai-funding-round', 'anthropic-series-g', 'q1-other-venture'],
            matches.figureIds,
          ),
        },
        {
          key: 'acquisition',
          title: ctx.text('charts.capital.acquisition'),
          unit: 'usd',
          figures: pick(report, ['xai-acquisition'], matches.figureIds),
        },
      ],
      ctx,
    ),
};
