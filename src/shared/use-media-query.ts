import { useSyncExternalStore } from 'react';

/** A query's list, with the subscribe and snapshot functions useSyncExternalStore takes. */
interface Watched {
  list: MediaQueryList | null;
  subscribe: (notify: () => void) => () => void;
  matches: () => boolean;
}

/**
 * One MediaQueryList per query for the page's life, with a subscribe function of stable
 * identity: useSyncExternalStore then neither re-subscribes nor asks the browser to parse and
 * evaluate the query again on every render (hooks of many components call this).
 */
const watched = new Map<string, Watched>();

/** The cached list and its subscribe/snapshot functions for `query`. */
function watchMedia(query: string): Watched {
  let entry = watched.get(query);
  if (!entry) {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    entry = {
      list,
      subscribe: (notify) => {
        list?.addEventListener('change', notify);
        return () => list?.removeEventListener('change', notify);
      },
      matches: () => list?.matches ?? false,
    };
    watched.set(query, entry);
  }
  return entry;
}

/** Whether a media query matches, kept current as the window changes. */
export function useMediaQuery(query: string): boolean {
  const { subscribe, matches } = watchMedia(query);
  return useSyncExternalStore(subscribe, matches, () => false);
}

/** The phone layout's breakpoint (styles.css uses the same width). */
export const PHONE_QUERY = '(max-width: 699px)';
