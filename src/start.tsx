/** The app proper, loaded by main.tsx. */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/App';
import { savedShortcuts } from './app/sync';
import { savedTheme } from './app/theme-sync';
import { SHOWN_ATTR } from './boot/boot';
import { preloadReport } from './data/load-report';
import { loadOfflineApp } from './features/status/load-offline-app';
import { detectLang, STORAGE_KEY_LANG } from './i18n/languages';
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
const ready = root.hasAttribute(SHOWN_ATTR)
  ? Promise.race([
      preloadReport(client, useDashboard.getState().reportId).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
    ])
  : Promise.resolve();

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
