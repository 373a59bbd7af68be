/**
 * The offline app's notices (offline-app.ts), at the foot of the window, in a live region
 * (role=status): each is announced as it appears, in the reader's language, and follows a
 * language switch. Plain DOM, not React: this chunk imports nothing the app's chunk has, so
 * the app's chunk stays whole (a shared import would split React out of it).
 */
import type { wordsFor } from '../../i18n/words';
import type { useDashboard } from '../../state/store';
import type { SavedCopy } from '../../sw/protocol';
// As text, added with the notices: a stylesheet import would make Vite wrap the chunk's
// import() in its preload helper, about 0.6 kB gzip more in the app's chunk.
import css from './offline-notices.css?inline';

/** What the page hands the offline app (types only: this chunk must not import them). */
export interface OfflineHost {
  store: typeof useDashboard;
  wordsFor: typeof wordsFor;
}

export interface OfflineState {
  /** A new build is installed and waits for the reader's Reload. */
  updateReady: boolean;
  /** Report data this page was given from the device's copies, because the network failed. */
  copies: readonly SavedCopy[];
  online: boolean;
}

export interface NoticeActions {
  /** Swap to the waiting build. */
  update: () => void;
  /** Fetch the report again (the network may be back). */
  loadLatest: () => void;
}

/** The oldest copy's date as a report date ("2026-12-01", the reader's calendar day). */
export function savedDay(copies: readonly SavedCopy[]): string | null {
  const times = copies
    .map((c) => (c.savedAt ? new Date(c.savedAt).getTime() : NaN))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) return null;
  const d = new Date(Math.min(...times));
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parent: HTMLElement,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}

function button(parent: HTMLElement, primary: boolean, onClick: () => void): HTMLButtonElement {
  const el = element('button', `button button--small${primary ? ' button--primary' : ''}`, parent);
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}

/** Puts the notices into the page; `render(state)` shows what `state` says. */
export function mountNotices(
  host: OfflineHost,
  actions: NoticeActions,
): (state: OfflineState) => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const region = element('div', 'offline-notices', document.body);
  region.setAttribute('role', 'status');

  const notice = (kind: string) => {
    const root = element('p', 'offline-notice', region);
    root.dataset.notice = kind;
    root.hidden = true;
    return { root, text: element('span', 'offline-notice__text', root) };
  };
  const copy = notice('saved-copy');
  const loadLatest = button(copy.root, true, actions.loadLatest);
  const dismissCopy = button(copy.root, false, () => {
    dismissed.copies = state.copies.length;
    render(state);
  });
  const update = notice('update');
  const reload = button(update.root, true, actions.update);
  const later = button(update.root, false, () => {
    dismissed.update = true;
    render(state);
  });

  // A dismissed notice stays away until there is something new to say.
  const dismissed = { copies: 0, update: false };
  let state: OfflineState = { updateReady: false, copies: [], online: true };

  const render = (next: OfflineState): void => {
    state = next;
    const { t, fmt } = host.wordsFor(host.store.getState().lang);
    // A copy without a Date header (servers with a clock always send one) shows the
    // formatter's mark for a missing value.
    const date = fmt.date({ precision: 'day', value: savedDay(state.copies) ?? '' });
    copy.text.textContent = t(state.online ? 'offline.savedUnreachable' : 'offline.savedOffline', {
      date,
    });
    loadLatest.textContent = t('offline.loadLatest');
    loadLatest.hidden = !state.online;
    dismissCopy.textContent = t('offline.dismiss');
    copy.root.hidden = state.copies.length <= dismissed.copies;

    update.text.textContent = t('offline.updateReady');
    reload.textContent = t('status.reload');
    later.textContent = t('offline.dismiss');
    update.root.hidden = !state.updateReady || dismissed.update;
  };
  host.store.subscribe((now, before) => {
    if (now.lang !== before.lang) render(state);
  });
  return render;
}
