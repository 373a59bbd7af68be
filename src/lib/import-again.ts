/**
 * A dynamic import that can be asked for again after it failed.
 *
 * A browser may keep a module that failed to load as failed for the life of the page: the
 * HTML standard's module map did, and Chromium up to at least 150 answers a second
 * `import()` of the same address with the first failure, without a request. A reader's
 * "Try again" would then never load anything. So a retry imports the address the failure
 * names (Chromium: "Failed to fetch dynamically imported module: URL"; Firefox: "error
 * loading dynamically imported module: URL") with a `retry` query of its own, which is a
 * new entry in that map. Its static imports are the same chunks as before, so shared
 * modules stay single. When the failure names no address, the retry calls the import
 * again as written (browsers that refetch a failed module do it then).
 */

/** The module address a failed dynamic import names in its message, if it names one. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const match = /dynamically imported module:?\s+((?:https?|file):\/\/[^\s'"<>]+)/i.exec(message);
  return match?.[1] ?? null;
}

/** `url` with its `retry` query set to `attempt`, replacing an earlier one. */
export function retryAddress(url: string, attempt: number): string {
  const address = new URL(url);
  address.searchParams.set('retry', String(attempt));
  return address.href;
}

/**
 * `load` as a function that loads again, at a fresh address, after a failure. `importUrl`
 * is the import of an address (the browser's own `import()`; tests pass their own).
 */
export function importAgain<T>(
  load: () => Promise<T>,
  importUrl: (url: string) => Promise<T> = (url) => import(/* @vite-ignore */ url) as Promise<T>,
): () => Promise<T> {
  let failed: string | null = null;
  let attempt = 0;
  return () => {
    const next = failed === null ? load() : importUrl(retryAddress(failed, ++attempt));
    return next.catch((error: unknown) => {
      // A failure that names no address keeps the one known before (a retry that failed
      // again in Safari's words still has Chromium's address to try).
      failed = failedModuleUrl(error) ?? failed;
      throw error;
    });
  };
}
