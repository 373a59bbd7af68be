import { createRoot } from 'react-dom/client';

/**
 * The offline app (service worker, update and saved-copy notices; offline-app.ts) in a chunk
 * of its own, loaded once the app is on its way: production builds only, as the dev server
 * has no worker.
 */
export function loadOfflineApp(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  import('./offline-app')
    .then((m) => m.startOfflineApp(createRoot))
    .catch((err: unknown) => console.warn('The offline app did not start.', err));
}
