/** Adoption and attention: MCP installs; Sora's users before and after, and its daily cost. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const adoptionChart: ChartDefinition = {
  id: 'adoption',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.adoption.title'),
      [
        {
          key: 'installs',
          title: ctx.text('charts.adoption.installs'),
          unit: 'installs',
          figures: pick(report, ['mcp-installs'], matches.figureIds),
        },
        {
          key: 'users',
          title: ctx.text('charts.adoption.users'),
          unit: 'users',
          figures: pick(report, ['sora-users-before', 'sora-users-after'], matches.figureIds),
        },
        {
          key: 'cost',
          title: ctx.text('charts.adoption.cost'),
          unit: 'usd',
          figures: pick(report, ['sora-daily-cost'], matches.figureIds),
        },
      ],
      ctx,
    ),
};
