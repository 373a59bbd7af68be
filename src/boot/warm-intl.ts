/**
 * The first `Intl` formatter a browser process makes loads ICU's data: 40–95 ms, measured on
 * this machine (four times that on a simulated phone), in one task of whichever thread asks
 * first; after that, a formatter takes under a millisecond on any thread of the process.
 * main.tsx starts a small worker that asks first, while React's code loads; the app's first
 * render waits for it (start.tsx), so that the page's thread never pays for ICU.
 */

/** Past this, the page stops waiting and pays for ICU itself. */
export const INTL_WAIT_MS = 1500;

type WorkerLike = Pick<Worker, 'terminate'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/**
 * Starts `makeWorker()`'s worker; resolves once it has answered, failed or not answered in
 * `waitMs` (never rejects), and ends the worker.
 */
export function warmIntl(makeWorker: () => WorkerLike, waitMs = INTL_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    let worker: WorkerLike | undefined;
    const done = (): void => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    try {
      worker = makeWorker();
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}

let warmed: Promise<void> | undefined;

/** The page's warm-up, started on the first call (at once where there are no workers). */
export function intlWarmed(): Promise<void> {
  warmed ??=
    typeof Worker === 'function'
      ? warmIntl(
          () =>
            new Worker(new URL('./intl-worker.ts', import.meta.url), {
              type: 'module',
              name: 'intl-warm-up',
            }),
        )
      : Promise.resolve();
  return warmed;
}
