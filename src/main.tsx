/**
 * The page's entry: the stylesheet, then the app (start.tsx). When the build's pre-rendered
 * first screen is on show, the app is fetched only after that screen has painted: on a slow
 * connection its ~150 kB would otherwise share the bandwidth with the HTML and CSS the first
 * paint needs, and its evaluation would hold that paint back.
 */
import { showAppError } from './boot/app-error';
import { SHOWN_ATTR } from './boot/boot';
import './app/styles.css';

/** Should no frame come, start anyway after this long. */
const PAINT_WAIT_MS = 1000;

function start(): void {
  import('./start').catch((err: unknown) => {
    // The reader is told, in the page's language, and offered a reload; the console keeps
    // the cause.
    console.error('The app failed to load.', err);
    const root = document.getElementById('root');
    if (root) showAppError(root, () => location.reload());
  });
}

/**
 * Runs `run` once the first contentful paint has been presented (the Paint Timing entry),
 * else after the next frame where that API is missing, else after PAINT_WAIT_MS.
 */
function afterFirstPaint(run: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    run();
  };
  let observer: PerformanceObserver | null = null;
  if (
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    observer = new PerformanceObserver((list) => {
      // Observer callbacks run in a task of their own, after the paint.
      if (list.getEntriesByName('first-contentful-paint').length > 0) once();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    // A message posted from a frame callback runs right after that frame is drawn.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = once;
      channel.port2.postMessage(null);
    });
  }
  setTimeout(once, PAINT_WAIT_MS);
}

// A hidden tab paints nothing: it starts at once.
if (
  document.getElementById('root')?.hasAttribute(SHOWN_ATTR) &&
  document.visibilityState === 'visible'
) {
  afterFirstPaint(start);
} else {
  start();
}
