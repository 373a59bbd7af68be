/**
 * The words of the language the reader chose: the store's `lang` is the one source, and
 * react-i18next is the binding that hands a component the `t` fixed to it.
 */
import { useTranslation } from 'react-i18next';
import { language, type Lang } from '../i18n/languages';
import { wordsFor, type Words } from '../i18n/words';
import { useDashboard } from '../state/store';

/** One options object per language, so react-i18next keeps its snapshot between renders. */
const OPTIONS = new Map<Lang, { lng: string }>();
function optionsFor(lang: Lang): { lng: string } {
  let options = OPTIONS.get(lang);
  if (!options) {
    options = { lng: language(lang).tag };
    OPTIONS.set(lang, options);
  }
  return options;
}

/** Words, numbers and report text in the reader's language (or in `lang`, when given). */
export function useWords(lang?: Lang): Words {
  const chosen = useDashboard((s) => s.lang);
  const code = lang ?? chosen;
  // First: the words' first lookup sets up the i18next instance and registers it with
  // react-i18next, which otherwise warns that it has none.
  const words = wordsFor(code);
  // Subscribes to i18next's resources for that language; the words themselves are cached.
  useTranslation('common', optionsFor(code));
  return words;
}
