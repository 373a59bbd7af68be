import { useSyncExternalStore } from 'react';
import type { Scheme } from '../charts/theme';
import { useDashboard } from '../state/store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemIsDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The scheme in force: the explicit choice, else what the system prefers. */
export function useScheme(): Scheme {
  const pref = useDashboard((s) => s.theme);
  const dark = useSyncExternalStore(
    (notify) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(DARK_QUERY);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    systemIsDark,
    () => false,
  );
  return pref === 'system' ? (dark ? 'dark' : 'light') : pref;
}
