import { useState, useSyncExternalStore } from 'react';
import type { SavedCopy } from '../../sw/protocol';
import { useWords } from '../../shared/use-words';
import './offline-notices.css';

export interface OfflineState {
  /** A new build is installed and waits for the reader's Reload. */
  updateReady: boolean;
  /** Report data this page was given from the device's copies, because the network failed. */
  copies: SavedCopy[];
  online: boolean;
}

interface Store {
  get: () => OfflineState;
  subscribe: (listener: () => void) => () => void;
}

/** The oldest copy's date as a report date ("2026-12-01", the reader's calendar day). */
function savedDay(copies: readonly SavedCopy[]): string | null {
  const times = copies
    .map((c) => (c.savedAt ? new Date(c.savedAt).getTime() : NaN))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) return null;
  const d = new Date(Math.min(...times));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * What the offline app tells the reader (offline-app.ts), at the foot of the window: a live
 * region, so each notice is announced as it appears, in the language the page is in.
 */
export function OfflineNotices({ store, onUpdate }: { store: Store; onUpdate: () => void }) {
  const { t, fmt } = useWords();
  const { updateReady, copies, online } = useSyncExternalStore(store.subscribe, store.get);
  // Dismissed notices stay away until there is something new to say.
  const [dismissed, setDismissed] = useState<{ copies: number; update: boolean }>({
    copies: 0,
    update: false,
  });
  const day = savedDay(copies);
  const copyKey = `saved${online ? 'Unreachable' : 'Offline'}${day ? '' : 'Undated'}`;
  const showCopies = copies.length > dismissed.copies;
  const showUpdate = updateReady && !dismissed.update;

  return (
    <div className="offline-notices" role="status">
      {showCopies && (
        <p className="offline-notice" data-notice="saved-copy">
          <span className="offline-notice__text">
            {t(
              `offline.${copyKey}`,
              day ? { date: fmt.date({ precision: 'day', value: day }) } : {},
            )}
          </span>
          {online && (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => location.reload()}
            >
              {t('offline.loadLatest')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            onClick={() => setDismissed((d) => ({ ...d, copies: copies.length }))}
          >
            {t('offline.dismiss')}
          </button>
        </p>
      )}
      {showUpdate && (
        <p className="offline-notice" data-notice="update">
          <span className="offline-notice__text">{t('offline.updateReady')}</span>
          <button type="button" className="button button--primary button--small" onClick={onUpdate}>
            {t('offline.reload')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setDismissed((d) => ({ ...d, update: true }))}
          >
            {t('offline.later')}
          </button>
        </p>
      )}
    </div>
  );
}
