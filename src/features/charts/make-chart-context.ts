import i18next from 'i18next';
import type { ChartContext, ChartText } from '../../charts/options/types';
import { coloursFor, type Scheme } from '../../charts/theme';
import type { EntityRef } from '../../data/filters';
import type { Report } from '../../data/schema';
import { I18N_CODE, type Lang } from '../../i18n/languages';
import { formatterFor, looseT } from '../../lib/format';

/**
 * A builder context for any language and scheme, independent of what the page shows:
 * exports use it to draw a chart in either language on a light background.
 */
export function makeChartContext(
  report: Report,
  lang: Lang,
  scheme: Scheme,
  focus: EntityRef | null,
  compact = false,
): ChartContext {
  // Chart keys are built from chart ids; the locale test checks that every one exists.
  const t = looseT(i18next.getFixedT(I18N_CODE[lang], 'common') as never);
  const text: ChartText = (key, vars) => t(key, vars ?? {});
  return {
    lang,
    fmt: formatterFor(lang),
    text,
    colours: coloursFor(report, scheme),
    focus,
    compact,
  };
}
