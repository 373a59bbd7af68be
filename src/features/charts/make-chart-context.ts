import i18next from 'i18next';
import type { ChartContext, ChartText } from '../../charts/options/types';
import { coloursFor, type Scheme } from '../../charts/theme';
import type { EntityRef } from '../../data/filters';
import type { Report } from '../../data/schema';
import { I18N_CODE, type Lang } from '../../i18n/languages';
import { formatterFor, looseT, memoizeT, type FormatT } from '../../lib/format';

/** Chart words per language, remembered across contexts (see memoizeT). */
const chartWords = new Map<Lang, FormatT>();

function chartT(lang: Lang): FormatT {
  let t = chartWords.get(lang);
  if (!t) {
    // Chart keys are built from chart ids; the locale test checks that every one exists.
    t = memoizeT(looseT(i18next.getFixedT(I18N_CODE[lang], 'common') as never));
    chartWords.set(lang, t);
  }
  return t;
}

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
  const t = chartT(lang);
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
