/** The page's colour scheme: the user's choice, else the system's, kept on <html data-theme>. */
import { useEffect } from 'react';
import { useScheme } from '../shared/use-scheme';
import { useDashboard } from '../state/store';
import {
  parseThemePref,
  STORAGE_KEY_THEME,
  urlThemePref,
  type ThemePref,
} from '../state/theme-pref';

/** The page was opened with `?theme=` (an embed): its theme is not this device's choice. */
let themeFromUrl = false;

export function savedTheme(): ThemePref {
  const fromUrl = urlThemePref(location.search);
  themeFromUrl = fromUrl !== null;
  if (fromUrl) return fromUrl;
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
    // An address that named its theme (an embed) leaves the device's choice alone. (The
    // parameter is gone from the address by now: the URL is made canonical at load.)
    if (themeFromUrl) return;
    try {
      if (pref === 'system') localStorage.removeItem(STORAGE_KEY_THEME);
      else localStorage.setItem(STORAGE_KEY_THEME, pref);
    } catch {
      // Storage may be unavailable; the choice still holds for this visit.
    }
  }, [pref]);
}
