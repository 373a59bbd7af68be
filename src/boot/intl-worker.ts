/**
 * Makes the browser load ICU's data on a thread other than the page's (see warm-intl.ts),
 * then says so: number, date and plural formatters of every built-in language.
 */
import { languages } from '../i18n/languages';

for (const { intl } of languages()) {
  new Intl.NumberFormat(intl, { notation: 'compact' }).format(1);
  new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(0);
  new Intl.PluralRules(intl).select(1);
}
postMessage('ready');
