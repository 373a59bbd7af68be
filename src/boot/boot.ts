/**
 * The inline script of the built page (bundled to an IIFE by `scripts/prerender.ts`, allowed
 * by its hash in the Content-Security-Policy). It runs while the HTML is parsed, before the
 * first paint: it sets the page's language and colour scheme, and copies the matching
 * pre-rendered first screen into #root, where React's first render replaces it. Then it
 * starts the app: the build moved the app's script and preloads out of <head> into a
 * template, so that the first paint needs the HTML alone; they go back into <head> once that
 * screen has painted (at once when there is no first screen to paint, or the tab is hidden).
 */
import { language, STORAGE_KEY_LANG } from '../i18n/languages';
import { STORAGE_KEY_THEME } from '../state/theme-pref';
import { afterFirstPaint, type PaintWindow } from './after-paint';
import { showAppError } from './app-error';
import { chooseFirstScreen, type BootChoice } from './first-screen-choice';

/** On #root: the report id the templates were rendered from. */
export const REPORT_ATTR = 'data-first-screen-report';
/** On each template: its variant key, and the document title in its language. */
export const VARIANT_ATTR = 'data-first-screen';
export const TITLE_ATTR = 'data-title';
/** On #root once a first screen is shown: its variant key (read by start.tsx). */
export const SHOWN_ATTR = 'data-first-screen-shown';
/** On the template inside #root that holds the app's script and preloads, held back. */
export const DEFERRED_ATTR = 'data-deferred-head';

/** What `boot` uses of a window (a test passes its own). */
export type BootWindow = Pick<Window, 'location' | 'localStorage' | 'navigator' | 'matchMedia'> &
  PaintWindow;

function stored(win: BootWindow, key: string): string | null {
  try {
    return win.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Applies the choice to `root`'s document; returns it (null without #root or templates). */
export function boot(win: BootWindow, root: HTMLElement | null): BootChoice | null {
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
  const deferred = root.querySelector<HTMLTemplateElement>(`template[${DEFERRED_ATTR}]`);
  if (deferred) {
    const start = (): void =>
      startApp(deferred, () => showAppError(root, () => win.location.reload()));
    if (root.hasAttribute(SHOWN_ATTR) && doc.visibilityState === 'visible') {
      afterFirstPaint(win, start);
    } else {
      // Nothing to paint first, or a hidden tab, which paints nothing.
      start();
    }
  }
  return choice;
}

/**
 * Puts the elements `template` holds into <head>: new elements with the same attributes (a
 * script copied from a template would not run). `onError` runs when a script fails to load.
 */
export function startApp(template: HTMLTemplateElement, onError: () => void): void {
  const doc = template.ownerDocument;
  for (const held of [...template.content.children]) {
    const el = doc.createElement(held.localName);
    for (const { name, value } of [...held.attributes]) el.setAttribute(name, value);
    if (el.localName === 'script') el.addEventListener('error', onError, { once: true });
    doc.head.append(el);
  }
  template.remove();
}
