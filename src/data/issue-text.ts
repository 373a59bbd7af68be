/**
 * Schema problems in the reader's language. The schema's own messages are keys
 * (`schema.*`) translated from the locale files; zod's built-in messages ("expected
 * number, received string") come from zod's own English and Chinese locales.
 */
import i18next, { type TFunction } from 'i18next';
import type { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodZh from 'zod/v4/locales/zh-CN.js';
import enCommon from '../i18n/locales/en/common.json';
import zhCommon from '../i18n/locales/zh-CN/common.json';

type Issue = z.core.$ZodIssue;
type IssueLang = 'en' | 'zh';

const zodMaps = { en: zodEn().localeError, zh: zodZh().localeError };

// A private instance: this module also runs in the command-line validator, without the app.
const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { common: enCommon }, 'zh-CN': { common: zhCommon } },
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const fixedT: Record<IssueLang, TFunction> = {
  en: i18n.getFixedT('en'),
  zh: i18n.getFixedT('zh-CN'),
};

/** One problem as a sentence in `lang`. */
export function issueText(issue: Issue, lang: IssueLang = 'en'): string {
  const { message } = issue;
  if (message.startsWith('schema.')) {
    const key = message.slice('schema.'.length);
    const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
    const t = fixedT[lang] as unknown as (key: string, options?: Record<string, unknown>) => string;
    return t(`schemaIssue.${key}`, {
      ...params,
      context: typeof params.kind === 'string' ? params.kind : undefined,
    });
  }
  const fromZod = zodMaps[lang](issue as Parameters<(typeof zodMaps)['en']>[0]);
  const text = typeof fromZod === 'string' ? fromZod : fromZod?.message;
  return text ?? message;
}
