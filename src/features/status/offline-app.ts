/**
 * The page's side of the offline app, loaded by start.tsx as a chunk of its own once the app
 * is on screen (production builds only). It registers the service worker (dist/sw.js, built
 * from src/sw/sw.ts) with workbox-window and shows what a reader must know, in their language:
 * - that a new build is installed and waiting, with Reload (the worker is registered with
 *   `registerType: 'prompt'`: it never swaps the app under the reader);
 * - that the report data on screen is the copy saved on the device, and from when, because
 *   the network did not answer.
 */
import { createElement } from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import { messageSW, Workbox } from 'workbox-window';
import { i18nInstance } from '../../i18n/instance';
import { SAVED_COPIES_QUERY, savedCopyOf, type SavedCopy } from '../../sw/protocol';
import { OfflineNotices, type OfflineState } from './OfflineNotices';

/** An open tab looks for a new build when shown again after this long. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function createStore(initial: OfflineState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: (): OfflineState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set: (change: Partial<OfflineState>): void => {
      state = { ...state, ...change };
      for (const listener of listeners) listener();
    },
  };
}

export type OfflineStore = ReturnType<typeof createStore>;

/**
 * Registers the worker and shows the notices. `createRoot` is the app's own (start.tsx): taken
 * as an argument, React DOM stays in the app's chunk instead of being split out to share.
 */
export function startOfflineApp(createRoot: typeof CreateRoot): void {
  const container = navigator.serviceWorker;
  const store = createStore({ updateReady: false, copies: [], online: navigator.onLine });

  const addCopy = (copy: SavedCopy): void => {
    const others = store.get().copies.filter((c) => c.url !== copy.url);
    store.set({ copies: [...others, copy] });
  };
  // Copies given from now on are announced; those given before this ran are asked for.
  container.addEventListener('message', (event) => {
    const copy = savedCopyOf(event.data);
    if (copy) addCopy(copy);
  });
  if (container.controller) {
    messageSW(container.controller, { type: SAVED_COPIES_QUERY }).then(
      (copies) => (copies as SavedCopy[]).forEach(addCopy),
      () => undefined,
    );
  }
  const onLine = (): void => store.set({ online: navigator.onLine });
  window.addEventListener('online', onLine);
  window.addEventListener('offline', onLine);

  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  let registration: ServiceWorkerRegistration | undefined;
  const checkWaiting = (): void => {
    if (registration?.waiting && container.controller) store.set({ updateReady: true });
  };
  wb.addEventListener('waiting', checkWaiting);

  const reload = (): void => {
    if (!registration?.waiting) {
      location.reload();
      return;
    }
    // The new worker takes over, then the page reloads under it.
    container.addEventListener('controllerchange', () => location.reload(), { once: true });
    wb.messageSkipWaiting();
  };

  // The notices have a React root of their own, which may render before the app's first
  // render has set up the words (react-i18next finds its instance once it is initialised).
  i18nInstance();
  const notices = document.createElement('div');
  document.body.append(notices);
  createRoot(notices).render(createElement(OfflineNotices, { store, onUpdate: reload }));

  // workbox-window waits for the page's load event before registering.
  wb.register().then(
    (reg) => {
      if (!reg) return;
      registration = reg;
      // An update found while the page was loading (before this ran) is waited for here.
      const watch = (): void => reg.installing?.addEventListener('statechange', checkWaiting);
      watch();
      reg.addEventListener('updatefound', watch);
      checkWaiting();
      let checked = Date.now();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || Date.now() - checked < UPDATE_CHECK_MS)
          return;
        checked = Date.now();
        void wb.update().catch(() => undefined);
      });
    },
    // No worker (blocked, unsupported, or its script failed): the app works online as before.
    (err: unknown) => console.warn('The offline app could not be installed.', err),
  );
}
