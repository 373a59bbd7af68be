import type { Scheme } from '../charts/theme';
import { useDashboard } from '../state/store';
import { useMediaQuery } from './use-media-query';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The scheme in force: the explicit choice, else what the system prefers. */
export function useScheme(): Scheme {
  const pref = useDashboard((s) => s.theme);
  const dark = useMediaQuery(DARK_QUERY);
  return pref === 'system' ? (dark ? 'dark' : 'light') : pref;
}
