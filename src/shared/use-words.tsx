/**
 * The words of the language the reader chose: the store's `lang` is the one source, and
 * react-i18next is the binding that hands a component the `t` fixed to it.
 *
 * The page shows that language through `ShownLanguage`, a deferred copy of it: a switch
 * paints its own feedback first (the pressed button, which reads the store), and the page
 * follows in one render React can interrupt, every word, number and chart at once. A
 * component rendered without it (a unit test) follows the store directly.
 */
import {
  createContext,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { language, type Lang } from '../i18n/languages';
import { wordsFor, type Words } from '../i18n/words';
import { useDashboard } from '../state/store';

const Shown = createContext<Lang | null>(null);

/**
 * The language the page shows: the store's, one deferred render behind it. Its own render
 * on a switch passes its children through unchanged, so the switch's frame renders nothing
 * else; `<html lang>` follows in the commit that changes the words.
 */
export function ShownLanguage({ children }: { children: ReactNode }) {
  const lang = useDeferredValue(useDashboard((s) => s.lang));
  useLayoutEffect(() => {
    document.documentElement.lang = language(lang).tag;
  }, [lang]);
  return <Shown value={lang}>{children}</Shown>;
}

/** The language the page shows (see ShownLanguage); the store's outside it. */
export function useShownLang(): Lang {
  const shown = useContext(Shown);
  // Subscribed to the store only without a ShownLanguage above: inside one, the selector's
  // answer never changes, and a switch re-renders nothing here until the shown language does.
  const chosen = useDashboard((s) => (shown === null ? s.lang : null));
  return shown ?? (chosen as Lang);
}

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

/** Words, numbers and report text in the language shown (or in `lang`, when given). */
export function useWords(lang?: Lang): Words {
  const shown = useShownLang();
  const code = lang ?? shown;
  // First: the words' first lookup sets up the i18next instance and registers it with
  // react-i18next, which otherwise warns that it has none.
  const words = wordsFor(code);
  // Subscribes to i18next's resources for that language; the words themselves are cached.
  useTranslation('common', optionsFor(code));
  return words;
}
