/** The two languages of the app: short codes in state and URLs, BCP 47 tags for i18next and Intl. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const I18N_CODE: Record<Lang, 'zh-CN' | 'en'> = { zh: 'zh-CN', en: 'en' };
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

export const STORAGE_KEY_LANG = 'ai-report:lang';

/**
 * The language to open with: `?lang=` first, then the saved choice, then the
 * browser's language, then English.
 */
export function detectLang(
  search: string,
  saved: string | null,
  browserLanguages: readonly string[],
): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(saved)) return saved;
  for (const tag of browserLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
