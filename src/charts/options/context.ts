/** Context windows: Gemini 3.1 Ultra against GPT-5.4, in tokens. */
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const contextChart: ChartDefinition = {
  id: 'context',
  build: ({ report, matches }, ctx) =>
    buildFigureBars(
      report,
      ctx.text('charts.context.title'),
      [
        {
          key: 'tokens',
          title: ctx.text('charts.context.tokens'),
          unit: 'tokens',
          figures: pick(
            report,
            ['gemini-context-window', 'gpt-5-4-context-window'],
            matches.figureIds,
          ),
        },
      ],
      ctx,
    ),
};
