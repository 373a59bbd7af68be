/** i18next with every resource bundled: switching language is instant and never fetches. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import enFormat from './locales/en/format.json';
import zhCommon from './locales/zh-CN/common.json';
import zhFormat from './locales/zh-CN/format.json';
import { I18N_CODE, type Lang } from './languages';

export const resources = {
  en: { common: enCommon, format: enFormat },
  'zh-CN': { common: zhCommon, format: zhFormat },
} as const;

/** Initialise the shared i18next instance synchronously in `lang`. */
export function initI18n(lang: Lang): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: I18N_CODE[lang],
      fallbackLng: 'en',
      supportedLngs: ['en', 'zh-CN'],
      ns: ['common', 'format'],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (_lngs, ns, key) => {
        // Loud in development: a missing key is a bug, not a fallback.
        console.error(`i18n: missing key "${ns}:${key}"`);
      },
    });
  } else if (i18next.language !== I18N_CODE[lang]) {
    void i18next.changeLanguage(I18N_CODE[lang]);
  }
  return i18next;
}
