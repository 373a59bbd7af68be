/**
 * The app's languages: a registry of what each one needs outside its translation files
 * (codes for state and URLs, i18next and <html lang>, Intl, ECharts). Tiny and free of
 * i18next, so the inline boot script can use it. Adding a language: see README.
 */

/** A language's short code as the state and URLs carry it ('zh', 'en', …). */
export type Lang = string;

export interface Language {
  /** Short code in state and URLs. */
  code: Lang;
  /** BCP 47 tag for i18next resources and `<html lang>`. */
  tag: string;
  /** Locale given to `Intl` (digits, grouping, month names). */
  intl: string;
  /** ECharts' built-in locale (its own toolbox and aria words). */
  echarts: 'ZH' | 'EN';
  /** Browser language tags (lower-case prefixes) that choose this language. */
  browser: readonly string[];
}

const BUILT_IN: readonly Language[] = [
  { code: 'zh', tag: 'zh-CN', intl: 'zh-CN', echarts: 'ZH', browser: ['zh'] },
  { code: 'en', tag: 'en', intl: 'en-US', echarts: 'EN', browser: ['en'] },
];

const registry: Language[] = [...BUILT_IN];

/** The language every text falls back to, and the app's default. */
export const DEFAULT_LANG: Lang = 'en';

/** Every registered language, in switch order. */
export function languages(): readonly Language[] {
  return registry;
}

/** The codes of every registered language. */
export function langCodes(): Lang[] {
  return registry.map((l) => l.code);
}

/** Adds a language (its resources go to `addLanguageResources` in i18n/instance.ts). */
export function registerLanguage(language: Language): void {
  const at = registry.findIndex((l) => l.code === language.code);
  if (at >= 0) registry[at] = language;
  else registry.push(language);
}

/** Removes a registered language (tests that add one clean up after themselves). */
export function unregisterLanguage(code: Lang): void {
  const at = registry.findIndex((l) => l.code === code);
  if (at >= 0 && !BUILT_IN.some((l) => l.code === code)) registry.splice(at, 1);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && registry.some((l) => l.code === value);
}

/** The registered language `code` names, else the default one. */
export function language(code: Lang): Language {
  return (
    registry.find((l) => l.code === code) ??
    registry.find((l) => l.code === DEFAULT_LANG) ??
    (BUILT_IN[1] as Language)
  );
}

/** The language whose `<html lang>` tag is `tag`, if any. */
export function langOfTag(tag: string): Lang | null {
  return registry.find((l) => l.tag === tag)?.code ?? null;
}

export const STORAGE_KEY_LANG = 'ai-report:lang';

/**
 * The language to open with: `?lang=` first, then the saved choice, then the
 * browser's language, then the default.
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
    const found = registry.find((l) => l.browser.some((prefix) => lower.startsWith(prefix)));
    if (found) return found.code;
  }
  return DEFAULT_LANG;
}
