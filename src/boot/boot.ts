/**
 * The inline script of the built page (bundled to an IIFE by `scripts/prerender.ts`, allowed
 * by its hash in the Content-Security-Policy). It runs while the HTML is parsed, before the
 * first paint: it sets the page's language and colour scheme, and copies the matching
 * pre-rendered first screen into #root, where React's first render replaces it.
 */
import { language, STORAGE_KEY_LANG } from '../i18n/languages';
import { STORAGE_KEY_THEME } from '../state/theme-pref';
import { chooseFirstScreen, type BootChoice } from './first-screen-choice';

/** On #root: the report id the templates were rendered from. */
export const REPORT_ATTR = 'data-first-screen-report';
/** On each template: its variant key, and the document title in its language. */
export const VARIANT_ATTR = 'data-first-screen';
export const TITLE_ATTR = 'data-title';
/** On #root once a first screen is shown: its variant key (read by main.tsx). */
export const SHOWN_ATTR = 'data-first-screen-shown';

function stored(win: Window, key: string): string | null {
  try {
    return win.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Applies the choice to `root`'s document; returns it (null without #root or templates). */
export function boot(win: Window, root: HTMLElement | null): BootChoice | null {
  const report = root?.getAttribute(REPORT_ATTR);
  if (!root || !report) return null;
  const choice = chooseFirstScreen(
    {
      search: win.location.search,
      savedLang: stored(win, STORAGE_KEY_LANG),
      savedTheme: stored(win, STORAGE_KEY_THEME),
      browserLanguages: win.navigator.languages ?? [win.navigator.language],
      systemDark:
        typeof win.matchMedia === 'function' &&
        win.matchMedia('(prefers-color-scheme: dark)').matches,
    },
    report,
  );
  const doc = root.ownerDocument;
  doc.documentElement.lang = language(choice.lang).tag;
  doc.documentElement.dataset.theme = choice.scheme;
  const template = choice.variant
    ? [...root.querySelectorAll('template')].find(
        (t) => t.getAttribute(VARIANT_ATTR) === choice.variant,
      )
    : undefined;
  if (template && choice.variant) {
    root.prepend(template.content.cloneNode(true));
    root.setAttribute(SHOWN_ATTR, choice.variant);
    const title = template.getAttribute(TITLE_ATTR);
    if (title) doc.title = title;
    // React sets the select's value as a property, so the markup cannot carry it.
    const select = root.querySelector<HTMLSelectElement>('#theme-select');
    if (select) select.value = choice.theme;
  }
  return choice;
}
