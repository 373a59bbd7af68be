/** The colour scheme the user asked for, and where it is remembered. No React, no store. */

/** 'system' follows the operating system. */
export type ThemePref = 'system' | 'light' | 'dark';
export const THEME_PREFS: readonly ThemePref[] = ['system', 'light', 'dark'];

export const STORAGE_KEY_THEME = 'ai-report:theme';

/** A saved value from storage, or 'system' when it is missing or not one of ours. */
export function parseThemePref(saved: string | null): ThemePref {
  return THEME_PREFS.includes(saved as ThemePref) ? (saved as ThemePref) : 'system';
}

/**
 * The theme an address asks for (`?theme=dark`, as an embedded panel's code carries it), or
 * null: a page that names its theme shows it without changing what this device remembers.
 */
export function urlThemePref(search: string): ThemePref | null {
  const value = new URLSearchParams(search).get('theme');
  return THEME_PREFS.includes(value as ThemePref) ? (value as ThemePref) : null;
}
