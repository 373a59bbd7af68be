import { useMemo, useSyncExternalStore } from 'react';
import type { ChartContext } from '../../charts/options/types';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { useScheme } from '../use-scheme';
import { makeChartContext } from './make-chart-context';

/** The context every builder gets on screen: language, formatters, colours, focus. */
export function useChartContext(report: Report): ChartContext {
  const lang = useDashboard((s) => s.lang);
  const hover = useDashboard((s) => s.hover);
  const selection = useDashboard((s) => s.selection);
  const focus = hover ?? selection;
  const scheme = useScheme();
  const compact = useMediaQuery('(max-width: 640px)');
  return useMemo(
    () => makeChartContext(report, lang, scheme, focus, compact),
    [report, lang, scheme, focus, compact],
  );
}

/** Whether a media query matches, kept current as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
