/**
 * The page's entry: the stylesheet, then the app (start.tsx). In the built page this script
 * is itself loaded only after the pre-rendered first screen has painted (the boot script,
 * src/boot/boot.ts, holds it back), so the app's chunk is fetched at once.
 */
import { showAppError } from './boot/app-error';
import { nextTask } from './boot/next-task';
import { intlWarmed } from './boot/warm-intl';
import './app/styles.css';

// ICU's data loads on another thread meanwhile (see boot/warm-intl.ts).
void intlWarmed();

// React first, then the app, each compiled and run in its own task (see boot/framework.ts).
import('./boot/framework')
  .then(nextTask)
  .then(() => import('./start'))
  .catch((err: unknown) => {
    // The reader is told, in the page's language, and offered a reload; the console keeps
    // the cause.
    console.error('The app failed to load.', err);
    const root = document.getElementById('root');
    if (root) showAppError(root, () => location.reload());
  });
