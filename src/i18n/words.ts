/**
 * Everything a language says, in one object: UI words (`t`), numbers and dates (`fmt`),
 * and the report's bilingual text (`text`, falling back to English for a language the
 * report is not written in). Made once per language from the one i18next instance; the
 * caller names the language, so the store's `lang` is the only source of it.
 */
import { createFormatter, memoizeT, type FormatT, type Formatter } from '../lib/format';
import { i18nInstance } from './instance';
import { DEFAULT_LANG, language, type Lang } from './languages';

/** A translation lookup with interpolation values (i18next's `t`, loosely typed). */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** A text the report gives in its languages ({ zh, en }). */
export type LocalText = Readonly<Record<string, string>>;

export interface Words {
  lang: Lang;
  /** The BCP 47 tag (`<html lang>`, `lang` attributes). */
  tag: string;
  t: Translate;
  fmt: Formatter;
  /** The report's text in this language, else in the default language. */
  text: (value: LocalText) => string;
}

/** A bilingual text in `lang`, else in the default language. */
export function localText(value: LocalText, lang: Lang): string {
  return value[lang] ?? value[DEFAULT_LANG] ?? '';
}

const cache = new Map<Lang, Words>();

/** The words of `lang` (cached; a language registered later gets its own). */
export function wordsFor(lang: Lang): Words {
  let words = cache.get(lang);
  if (!words) {
    const def = language(lang);
    const instance = i18nInstance();
    // i18next's `t` is typed by literal key; keys here are also built at run time
    // (units, qualifiers, panel forms), each checked by the locale tests.
    const common = memoizeT(instance.getFixedT(def.tag, 'common') as unknown as FormatT);
    const format = instance.getFixedT(def.tag, 'format') as unknown as FormatT;
    words = {
      lang: def.code,
      tag: def.tag,
      t: (key, vars) => common(key, vars ?? {}),
      fmt: createFormatter(def.code, def.intl, format),
      text: (value) => localText(value, def.code),
    };
    cache.set(lang, words);
  }
  return words;
}

/** Forget cached words (after a language's resources change, in tests). */
export function resetWords(): void {
  cache.clear();
}
