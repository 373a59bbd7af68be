import type { EntityRef } from '../data/filters';
import type { Report } from '../data/schema';
import type { Lang } from '../i18n/languages';
import { wordsFor } from '../i18n/words';
import type { ChartContext } from './options/types';
import { coloursFor, type Scheme } from './theme';

/**
 * A builder context for any language and scheme, independent of what the page shows:
 * exports and decks use it to draw a chart in any language on a light background.
 */
export function makeChartContext(
  report: Report,
  lang: Lang,
  scheme: Scheme,
  focus: EntityRef | null,
  compact = false,
): ChartContext {
  const words = wordsFor(lang);
  return {
    lang: words.lang,
    t: words.t,
    fmt: words.fmt,
    text: words.text,
    colours: coloursFor(report, scheme),
    focus,
    compact,
  };
}
