/** Retail returns: overall against online rate, the dollar total, Gen Z's returns per shopper. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const retailChart: ChartDefinition = {
  id: 'retail',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.retail.title'),
      [
        {
          key: 'rates',
          title: ctx.text('charts.retail.rates'),
          unit: 'percent',
          figures: pick(
            report,
            ['us-retail-return-rate', 'us-online-return-rate'],
            matches.figureIds,
          ),
        },
        {
          key: 'total',
          title: ctx.text('charts.retail.total'),
          unit: 'usd',
          figures: pick(report, ['us-retail-returns-total'], matches.figureIds),
        },
        {
          key: 'gen-z',
          title: ctx.text('charts.retail.genZ'),
          unit: 'returns-per-shopper',
          figures: pick(report, ['gen-z-online-returns'], matches.figureIds),
        },
      ],
      ctx,
    ),
};
