/** The page's colour scheme: the user's choice, else the system's, kept on <html data-theme>. */
import { useEffect } from 'react';
import { useScheme } from '../features/use-scheme';
import { THEME_PREFS, useDashboard, type ThemePref } from '../state/store';

export const STORAGE_KEY_THEME = 'ai-report:theme';

export function savedTheme(): ThemePref {
  try {
    const saved = localStorage.getItem(STORAGE_KEY_THEME);
    return THEME_PREFS.includes(saved as ThemePref) ? (saved as ThemePref) : 'system';
  } catch {
    return 'system';
  }
}

export function useThemeSync(): void {
  const pref = useDashboard((s) => s.theme);
  const scheme = useScheme();
  useEffect(() => {
    document.documentElement.dataset.theme = scheme;
  }, [scheme]);
  useEffect(() => {
    try {
      if (pref === 'system') localStorage.removeItem(STORAGE_KEY_THEME);
      else localStorage.setItem(STORAGE_KEY_THEME, pref);
    } catch {
      // Storage may be unavailable; the choice still holds for this visit.
    }
  }, [pref]);
}
