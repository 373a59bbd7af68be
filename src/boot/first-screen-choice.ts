/**
 * Which pre-rendered first screen a visitor gets. The build renders the header and headline
 * cards of the newest report once per language and colour scheme (`scripts/prerender.ts`);
 * a small inline script (`boot.ts`) picks one before the first paint, with the same rules
 * `main.tsx` then uses to start the app, so React's first render draws the same page over it.
 */
import type { Scheme } from '../charts/theme';
import { detectLang, type Lang } from '../i18n/languages';
import { parseThemePref, urlThemePref, type ThemePref } from '../state/theme-pref';
import { parseViewState } from '../state/url-state';

/** What the page can read before any of the app has loaded. */
export interface BootInput {
  search: string;
  savedLang: string | null;
  savedTheme: string | null;
  browserLanguages: readonly string[];
  systemDark: boolean;
}

export interface BootChoice {
  lang: Lang;
  theme: ThemePref;
  scheme: Scheme;
  /**
   * The template to show, or null when the address asks for another report than the one
   * pre-rendered (that report's header and cards are not in the page), or for an embed.
   */
  variant: string | null;
}

export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

export function variantKey(lang: Lang, scheme: Scheme): string {
  return `${lang}-${scheme}`;
}

export function chooseFirstScreen(input: BootInput, renderedReport: string): BootChoice {
  const lang = detectLang(input.search, input.savedLang, input.browserLanguages);
  const theme = urlThemePref(input.search) ?? parseThemePref(input.savedTheme);
  const scheme: Scheme = theme === 'system' ? (input.systemDark ? 'dark' : 'light') : theme;
  const { reportId, embed } = parseViewState(input.search, lang);
  const sameReport = reportId === null || reportId === renderedReport;
  // An embedded panel has no header or headline cards: its page starts empty.
  const shown = sameReport && embed === null;
  return { lang, theme, scheme, variant: shown ? variantKey(lang, scheme) : null };
}
