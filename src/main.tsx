/**
 * The page's entry: the stylesheet, then the app (start.tsx). In the built page this script
 * is itself loaded only after the pre-rendered first screen has painted (the boot script,
 * src/boot/boot.ts, holds it back), so the app's chunk is fetched at once.
 */
import { showAppError } from './boot/app-error';
import './app/styles.css';

import('./start').catch((err: unknown) => {
  // The reader is told, in the page's language, and offered a reload; the console keeps
  // the cause.
  console.error('The app failed to load.', err);
  const root = document.getElementById('root');
  if (root) showAppError(root, () => location.reload());
});
