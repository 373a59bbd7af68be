/**
 * What the page (src/features/status/offline-app.ts) and the service worker (sw.ts) say to
 * each other. Plain data only: both sides import this file.
 */

/** The cache the service worker keeps the report data in, refreshed by every online fetch. */
export const DATA_CACHE = 'report-data';

/** How long a data fetch may take before the copy saved on the device is shown instead. */
export const DATA_NETWORK_TIMEOUT_S = 3;

/** Page → waiting worker: take over now (what workbox-window's messageSkipWaiting sends). */
export const SKIP_WAITING = 'SKIP_WAITING';

/** Worker → page: a data file was answered from the copy saved on this device. */
export const SAVED_COPY = 'saved-copy';

/** Page → worker (with a reply port): which data files it answered this page from its copies. */
export const SAVED_COPIES_QUERY = 'saved-copies?';

/** A data file the page was given from the device's copy instead of from the network. */
export interface SavedCopy {
  /** The file's address. */
  url: string;
  /** When the copy was fetched (the response's Date header, ISO 8601), if it says. */
  savedAt: string | null;
}

export interface SavedCopyMessage {
  type: typeof SAVED_COPY;
  copy: SavedCopy;
}

/** The message's copy, when `data` is a SavedCopyMessage. */
export function savedCopyOf(data: unknown): SavedCopy | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, copy } = data as Partial<SavedCopyMessage>;
  return type === SAVED_COPY && typeof copy?.url === 'string' ? copy : null;
}
