import { wordsFor } from '../../i18n/words';
import { useDashboard } from '../../state/store';

/**
 * The offline app (service worker, update and saved-copy notices: offline-app.ts) in a chunk
 * of its own, loaded once the app is on its way; production builds only, as the dev server
 * has no worker. The chunk is handed the store and the words rather than importing them: an
 * import shared with the app's chunk would split React and i18next out of it.
 */
export function loadOfflineApp(): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    import('./offline-app').then((m) => m.startOfflineApp(useDashboard, wordsFor), console.warn);
  }
}
