import { useMemo } from 'react';
import type { ChartContext } from '../../charts/options/types';
import type { Report } from '../../data/schema';
import { PHONE_QUERY, useMediaQuery } from '../../shared/use-media-query';
import { useScheme } from '../../shared/use-scheme';
import { useShownView } from '../../shared/use-shown-view';
import { useShownLang } from '../../shared/use-words';
import { makeChartContext } from '../../charts/chart-context';

/**
 * The context every builder gets on screen: language, formatters, colours, the sticky
 * selection (what the charts dim around), layout. A hover is not in it: charts highlight a
 * hovered entity's marks in place (chart.tsx), so a pointer sweep rebuilds nothing.
 *
 * Language and selection are deferred values (the language the page shows, see
 * ShownLanguage): the click that changes them paints its own feedback (the pressed button,
 * the chip) at once, and the charts follow in a render React can interrupt, instead of
 * holding that paint back.
 */
export function useChartContext(report: Report): ChartContext {
  const lang = useShownLang();
  const focus = useShownView().selection;
  const scheme = useScheme();
  const compact = useMediaQuery(PHONE_QUERY);
  return useMemo(
    () => makeChartContext(report, lang, scheme, focus, compact),
    [report, lang, scheme, focus, compact],
  );
}
