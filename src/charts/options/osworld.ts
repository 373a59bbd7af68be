/** OSWorld-V: GPT-5.4 against the human baseline, and GPT-5.2 derived from the stated gain. */
import { indexReport } from '../../data/selectors';
import { buildFigureBars, pick } from './figure-bars';
import type { ChartDefinition } from './types';

export const osworldChart: ChartDefinition = {
  id: 'osworld',
  build: ({ report, matches }, ctx) => {
    const baseline = indexReport(report).figures.get('osworld-human-baseline');
    return buildFigureBars(
      report,
      ctx.text('charts.osworld.title'),
      [
        {
          key: 'scores',
          title: ctx.text('charts.osworld.scores'),
          unit: 'percent',
          figures: pick(
            report,
            ['gpt-5-4-osworld', 'osworld-human-baseline', 'gpt-5-2-osworld'],
            matches.figureIds,
          ),
          reference:
            baseline && baseline.value.kind === 'point' && matches.figureIds.has(baseline.id)
              ? {
                  value: baseline.value.value,
                  label: ctx.text('charts.osworld.baseline', { value: ctx.fmt.figure(baseline) }),
                }
              : undefined,
        },
        {
          key: 'gains',
          title: ctx.text('charts.osworld.gains'),
          unit: 'percentage-points',
          figures: pick(
            report,
            ['gpt-5-4-gain-over-gpt-5-2', 'gpt-5-4-margin-over-human'],
            matches.figureIds,
          ),
        },
      ],
      ctx,
    );
  },
};
