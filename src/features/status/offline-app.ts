/**
 * The page's side of the offline app, loaded as a chunk of its own once the app is on its way
 * (load-offline-app.ts; production builds only). It registers the service worker (dist/sw.js,
 * built from src/sw/sw.ts) with workbox-window and tells the reader, in their language:
 * - that a new build is installed and waiting, with Reload (the worker is registered with
 *   `registerType: 'prompt'`: it never swaps the app under the reader);
 * - that the report data on screen is the copy saved on the device, and from when, because
 *   the network did not answer.
 */
import { messageSW, Workbox } from 'workbox-window';
import { SAVED_COPIES_QUERY, savedCopyOf, type SavedCopy } from '../../sw/protocol';
import { mountNotices, type OfflineHost, type OfflineState } from './offline-notices';

/** An open tab looks for a new build when shown again after this long. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** How long after the load event the worker is registered (then at the next idle moment). */
const SETTLE_MS = 3000;

/**
 * Resolves once the page has settled: the worker's install downloads every file of the app,
 * and should not compete with the page's own loading (the charts' chunk, the report) nor
 * keep a slow connection busy while the reader starts to read.
 */
function afterSettling(): Promise<void> {
  return new Promise((resolve) => {
    const idle = (): void => {
      if ('requestIdleCallback' in window)
        requestIdleCallback(() => resolve(), { timeout: SETTLE_MS });
      else resolve();
    };
    const later = (): void => void setTimeout(idle, SETTLE_MS);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  });
}

export function startOfflineApp(
  store: OfflineHost['store'],
  wordsFor: OfflineHost['wordsFor'],
): void {
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });

  const render = mountNotices(
    { store, wordsFor },
    {
      update: () => {
        if (!registration?.waiting) {
          location.reload();
          return;
        }
        // The new worker takes over, then the page reloads under it.
        container.addEventListener('controllerchange', () => location.reload(), { once: true });
        wb.messageSkipWaiting();
      },
      loadLatest: () => location.reload(),
    },
  );
  let state: OfflineState = { updateReady: false, copies: [], online: navigator.onLine };
  const set = (change: Partial<OfflineState>): void => {
    state = { ...state, ...change };
    render(state);
  };
  render(state);

  const addCopy = (copy: SavedCopy): void =>
    set({ copies: [...state.copies.filter((c) => c.url !== copy.url), copy] });
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
  const onLine = (): void => set({ online: navigator.onLine });
  window.addEventListener('online', onLine);
  window.addEventListener('offline', onLine);

  const checkWaiting = (): void => {
    if (registration?.waiting && container.controller) set({ updateReady: true });
  };
  wb.addEventListener('waiting', checkWaiting);

  afterSettling()
    .then(() => wb.register({ immediate: true }))
    .then(
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
