/**
 * The last step of `npm run build`, after scripts/prerender.ts: writes the precache list into
 * dist/sw.js (built from src/sw/sw.ts by vite-plugin-pwa, with its injection point left open).
 *
 *   tsx scripts/service-worker.ts [distDir]
 *
 * It runs after the pre-render because the pre-render rewrites dist/index.html: a list made
 * during `vite build` would give index.html the revision of the empty page, and a reader's
 * worker would keep serving the page the server no longer has. Workbox's injectManifest
 * hashes the files as they are now, so the revision is that of the final page.
 *
 * The build fails rather than ship a worker that cannot work offline: a file Workbox skipped
 * (over its size limit) or a chunk missing from the list would break an offline reload.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getManifest, injectManifest } from 'workbox-build';

const ROOT = resolve(import.meta.dirname, '..');

/** The worker's file in dist/, and the placeholder vite-plugin-pwa leaves in it. */
export const SW_FILE = 'sw.js';
export const INJECTION_POINT = 'self.__WB_MANIFEST';

/** What the worker precaches: everything the dashboard needs, offline, after one visit. */
export const PRECACHE = {
  globPatterns: ['**/*.{html,js,css,json,svg,png,woff2,webmanifest}'],
  // The JSON Schema is for checking report files outside the app; the app never loads it.
  globIgnores: [SW_FILE, '**/*.map', 'data/*.schema.json'],
  // Vite's file names carry a content hash: no revision needed.
  dontCacheBustURLsMatching: /^assets\//,
  // Workbox's own default (2 MiB), said out loud: a file over it is an error here, not a skip.
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
};

/** Raised when dist/ is not in the state this step expects. */
function fail(message: string): never {
  throw new Error(`service-worker: ${message}`);
}

export async function precacheServiceWorker(
  distDir: string,
): Promise<{ count: number; size: number; urls: string[] }> {
  const swPath = join(distDir, SW_FILE);
  const sw = await readFile(swPath, 'utf8').catch(() =>
    fail(`${swPath} is missing (vite-plugin-pwa builds it during \`vite build\`)`),
  );
  if (!sw.includes(INJECTION_POINT)) {
    fail(`${swPath} has no ${INJECTION_POINT} to fill (already done, or not built from src/sw)`);
  }
  const page = await readFile(join(distDir, 'index.html'), 'utf8');
  if (page.includes('<div id="root"></div>')) {
    fail('dist/index.html is not pre-rendered yet: run scripts/prerender.ts first');
  }

  // The list first, to check it; then the same list, written into the worker.
  const listed = await getManifest({ ...PRECACHE, globDirectory: distDir });
  if (listed.warnings.length > 0) fail(listed.warnings.join('\n'));
  const urls = listed.manifestEntries.map((e) => e.url);
  const inDist = async (dir: string, name: RegExp): Promise<string[]> =>
    (await readdir(join(distDir, dir))).filter((f) => name.test(f)).map((f) => `${dir}/${f}`);
  const missing = [
    'index.html',
    'manifest.webmanifest',
    ...(await inDist('assets', /\.(?:js|css)$/)),
    ...(await inDist('data', /^(?!.*\.schema\.json$).*\.json$/)),
  ].filter((url) => !urls.includes(url));
  if (missing.length > 0) fail(`not precached: ${missing.join(', ')}`);

  const result = await injectManifest({
    ...PRECACHE,
    globDirectory: distDir,
    swSrc: swPath,
    swDest: swPath,
    injectionPoint: INJECTION_POINT,
  });
  if (result.warnings.length > 0) fail(result.warnings.join('\n'));
  return { count: result.count, size: result.size, urls };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  precacheServiceWorker(dist).then(
    ({ count, size }) => {
      console.log(
        `service-worker: ${count} files (${(size / 1024).toFixed(1)} kB) precached by ` +
          `${join(dist, SW_FILE)}`,
      );
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
