import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartContext, ChartText } from '../../charts/options/types';
import { coloursFor } from '../../charts/theme';
import type { Report } from '../../data/schema';
import { formatterFor } from '../../lib/format';
import { useDashboard } from '../../state/store';
import { useScheme } from '../use-scheme';

/** The context every builder gets: language, formatters, chart strings, colours, focus. */
export function useChartContext(report: Report): ChartContext {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const hover = useDashboard((s) => s.hover);
  const selection = useDashboard((s) => s.selection);
  const focus = hover ?? selection;
  const scheme = useScheme();
  const compact = useMediaQuery('(max-width: 640px)');
  return useMemo(() => {
    // Chart keys are built from chart ids; the locale test checks every one exists.
    const text = ((key: string, vars?: Record<string, string | number>) =>
      (t as unknown as ChartText)(key, vars)) as ChartText;
    return {
      lang,
      fmt: formatterFor(lang),
      text,
      colours: coloursFor(report, scheme),
      focus,
      compact,
    };
    // `t` changes identity with the language, which `lang` already covers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, report, focus, compact, scheme]);
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
