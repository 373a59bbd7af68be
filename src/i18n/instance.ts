/**
 * The app's one i18next instance, with every resource bundled: switching language is
 * instant and never fetches. It is a dictionary, not a source of the current language:
 * the store's `lang` is that source, and every text is looked up for a language given
 * explicitly (`wordsFor(lang)` in words.ts, `useWords()` in React).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import enFormat from './locales/en/format.json';
import zhCommon from './locales/zh-CN/common.json';
import zhFormat from './locales/zh-CN/format.json';
import { DEFAULT_LANG, language } from './languages';

export const resources = {
  en: { common: enCommon, format: enFormat },
  'zh-CN': { common: zhCommon, format: zhFormat },
} as const;

/** A language's two namespaces: UI words (`common`) and number words (`format`). */
export interface LanguageResources {
  common: Record<string, unknown>;
  format: Record<string, unknown>;
}

/** The initialised instance (initialised synchronously on first use). */
export function i18nInstance(): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: resources,
      lng: language(DEFAULT_LANG).tag,
      fallbackLng: language(DEFAULT_LANG).tag,
      ns: ['common', 'format'],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: Boolean(import.meta.env?.DEV),
      missingKeyHandler: (_lngs, ns, key) => {
        // Loud in development: a missing key is a bug, not a fallback.
        console.error(`i18n: missing key "${ns}:${key}"`);
      },
    });
  }
  return i18next;
}

/** Adds (or replaces) the resources of a language registered in languages.ts. */
export function addLanguageResources(tag: string, bundle: LanguageResources): void {
  const instance = i18nInstance();
  instance.addResourceBundle(tag, 'common', bundle.common, true, true);
  instance.addResourceBundle(tag, 'format', bundle.format, true, true);
}
