import { formatterFor, type Formatter } from '../lib/format';
import { useDashboard } from '../state/store';

/** The number formatter for the current language. */
export function useFormatter(): Formatter {
  return formatterFor(useDashboard((s) => s.lang));
}
