/** The app proper, loaded by main.tsx. */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { savedShortcuts } from './app/sync';
import { savedTheme } from './app/theme-sync';
import { SHOWN_ATTR } from './boot/boot';
import { nextTask } from './boot/next-task';
import { intlWarmed } from './boot/warm-intl';
import { preloadReport } from './data/load-report';
import { loadOfflineApp } from './features/status/load-offline-app';
import { detectLang, STORAGE_KEY_LANG } from './i18n/languages';
import { wordsFor } from './i18n/words';
import { useDashboard } from './state/store';
import { parseViewState } from './state/url-state';

function savedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY_LANG);
  } catch {
    return null;
  }
}

/**
 * With a pre-rendered first screen on show, the app's first render waits (this long at most)
 * for the report, which was preloaded with the page: it then draws the same header and cards
 * over the static copy instead of a loading skeleton.
 */
const FIRST_SCREEN_WAIT_MS = 3000;

const lang = detectLang(location.search, savedLang(), navigator.languages ?? [navigator.language]);
useDashboard.getState().hydrate(parseViewState(location.search, lang));
useDashboard.getState().setTheme(savedTheme());
useDashboard.getState().setShortcuts(savedShortcuts());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const client = createQueryClient();

/**
 * What the first render needs, prepared in tasks of their own (a phone answers input between
 * them): the report's download and its validation worker; then, once ICU's data has loaded
 * on another thread (boot/warm-intl.ts), the words of the page's language: i18next's set-up
 * and the first number formatter, the two longest pieces of that render otherwise. With a
 * pre-rendered first screen on show, the render also waits for the report.
 */
async function prepare(shown: boolean): Promise<void> {
  await nextTask();
  const report = shown
    ? Promise.race([
        preloadReport(client, useDashboard.getState().reportId).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
      ])
    : undefined;
  await intlWarmed();
  await nextTask();
  try {
    wordsFor(useDashboard.getState().lang).fmt.compact(1);
  } catch {
    // Only a head start: the first render meets the same failure inside its error boundaries.
  }
  await report;
}
const ready = prepare(root.hasAttribute(SHOWN_ATTR));

// A transition: React renders in slices of a few milliseconds, and the page stays responsive
// (the first screen above is already on show) until the result is committed in one go.
void ready.then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  ),
);

void ready.then(loadOfflineApp);
