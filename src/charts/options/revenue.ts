/** Revenue: OpenAI against Anthropic annualised, and OpenAI's monthly figure on its own axis. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const revenueChart: ChartDefinition = {
  id: 'revenue',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.revenue.title'),
      [
        {
          key: 'annualised',
          title: ctx.text('charts.revenue.annualised'),
          unit: 'usd',
          figures: pick(
            report,
            ['openai-annualised-revenue', 'anthropic-annualised-revenue'],
            matches.figureIds,
          ),
        },
        {
          key: 'monthly',
          title: ctx.text('charts.revenue.monthly'),
          unit: 'usd',
          figures: pick(report, ['openai-monthly-revenue'], matches.figureIds),
        },
      ],
      ctx,
    ),
};
