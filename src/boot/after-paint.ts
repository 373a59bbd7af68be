/**
 * Runs a callback once the page's first contentful paint has been presented: what the boot
 * script waits for before it lets the app's code load (a phone then paints the pre-rendered
 * first screen without sharing the connection and the processor with ~150 kB of script).
 */

/** Should no paint be reported, run anyway after this long. */
export const PAINT_WAIT_MS = 1000;

/** What `afterFirstPaint` uses of a window (a test passes its own). */
export type PaintWindow = Pick<Window, 'setTimeout' | 'requestAnimationFrame'> & {
  PerformanceObserver?: typeof PerformanceObserver;
  MessageChannel?: typeof MessageChannel;
};

/**
 * Runs `run` once: after the Paint Timing entry 'first-contentful-paint' (its observer's
 * callback is a task of its own, after the paint), else where that API is missing after the
 * next frame has been drawn, and in any case after PAINT_WAIT_MS.
 */
export function afterFirstPaint(win: PaintWindow, run: () => void): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const once = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    run();
  };
  const Observer = win.PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) once();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else if (win.MessageChannel) {
    const Channel = win.MessageChannel;
    // A message posted from a frame callback runs right after that frame is drawn.
    win.requestAnimationFrame(() => {
      const channel = new Channel();
      channel.port1.onmessage = once;
      channel.port2.postMessage(null);
    });
  }
  win.setTimeout(once, PAINT_WAIT_MS);
}
