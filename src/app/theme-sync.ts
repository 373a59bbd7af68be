/** The page's colour scheme: the user's choice, else the system's, kept on <html data-theme>. */
import { useEffect } from 'react';
import { useScheme } from '../shared/use-scheme';
import { useDashboard } from '../state/store';
import { parseThemePref, STORAGE_KEY_THEME, type ThemePref } from '../state/theme-pref';

export function savedTheme(): ThemePref {
  try {
    return parseThemePref(localStorage.getItem(STORAGE_KEY_THEME));
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
