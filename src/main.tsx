import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { savedShortcuts } from './app/sync';
import { savedTheme } from './app/theme-sync';
import { initI18n } from './i18n/init';
import { detectLang, STORAGE_KEY_LANG } from './i18n/languages';
import { useDashboard } from './state/store';
import { parseViewState } from './state/url-state';
import './app/styles.css';

function savedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY_LANG);
  } catch {
    return null;
  }
}

const lang = detectLang(location.search, savedLang(), navigator.languages ?? [navigator.language]);
initI18n(lang);
useDashboard.getState().hydrate(parseViewState(location.search, lang));
useDashboard.getState().setTheme(savedTheme());
useDashboard.getState().setShortcuts(savedShortcuts());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
