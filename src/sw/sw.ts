/**
 * The service worker, built from Workbox's modules by vite-plugin-pwa (vite.config.ts) into
 * dist/sw.js. Its precache list is written in after the first screen is pre-rendered
 * (scripts/service-worker.ts), so the index.html it keeps is the one the server sends.
 *
 * - The app (index.html, every chunk, the stylesheet, icons, manifest) is precached at
 *   install and served from there: a reload without network shows the same build.
 * - The data (data/*.json: the index and the editions) is network first, with a short
 *   timeout: a new edition appears as soon as it is published. The last copy fetched, else
 *   the one precached at install, answers when the network does not, and the page is told
 *   (SAVED_COPY), so it can say it is showing a saved copy and from when.
 * - A new build waits until the page asks it to take over (the page's Reload notice).
 */
/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import {
  addRoute,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  DATA_CACHE,
  DATA_NETWORK_TIMEOUT_S,
  SAVED_COPIES_QUERY,
  SAVED_COPY,
  SKIP_WAITING,
  type SavedCopy,
  type SavedCopyMessage,
} from './protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[] | undefined;
};

const DATA_DIR = new URL('data/', self.registration.scope);
const DATA_FILE = /^[\w.-]+\.json$/;

function isDataFile(url: URL): boolean {
  return (
    url.origin === DATA_DIR.origin &&
    url.pathname.startsWith(DATA_DIR.pathname) &&
    DATA_FILE.test(url.pathname.slice(DATA_DIR.pathname.length))
  );
}

/** The saved copies each page (by client id) was given, for a page that asks after the fact. */
const givenCopies = new Map<string, SavedCopy[]>();
const REMEMBERED_PAGES = 20;

function savedAt(response: Response): string | null {
  const date = new Date(response.headers.get('date') ?? '');
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Remember and tell the page that `response`, a saved copy, answered its `request`. */
async function tellPage(event: ExtendableEvent, request: Request, response: Response) {
  const clientId = 'clientId' in event ? (event as FetchEvent).clientId : '';
  if (!clientId) return;
  const copy: SavedCopy = { url: request.url, savedAt: savedAt(response) };
  const copies = (givenCopies.get(clientId) ?? []).filter((c) => c.url !== copy.url);
  givenCopies.delete(clientId);
  givenCopies.set(clientId, [...copies, copy]);
  for (const old of givenCopies.keys()) {
    if (givenCopies.size <= REMEMBERED_PAGES) break;
    givenCopies.delete(old);
  }
  const client = await self.clients.get(clientId);
  client?.postMessage({ type: SAVED_COPY, copy } satisfies SavedCopyMessage);
}

/** A data file the network did not answer: the last copy fetched, else the precached one. */
const savedCopies: WorkboxPlugin = {
  cachedResponseWillBeUsed: ({ cachedResponse, event, request }) => {
    if (cachedResponse) event.waitUntil(tellPage(event, request, cachedResponse));
    return Promise.resolve(cachedResponse ?? null);
  },
  handlerDidError: async ({ event, request }) => {
    const precached = await matchPrecache(request.url);
    if (precached) event.waitUntil(tellPage(event, request, precached));
    return precached;
  },
};

precache(self.__WB_MANIFEST ?? []);
cleanupOutdatedCaches();

// Registered before the precache's route, so data is never answered from the precache first.
registerRoute(
  ({ url }) => isDataFile(url),
  new NetworkFirst({
    cacheName: DATA_CACHE,
    networkTimeoutSeconds: DATA_NETWORK_TIMEOUT_S,
    // Past the browser's HTTP cache too: revalidated with the server (an ETag makes that cheap).
    fetchOptions: { cache: 'no-cache' },
    plugins: [savedCopies],
  }),
);
addRoute();
// Any address of the page (?lang=zh, ?report=…) opens the precached index.html.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    // Not the data files, nor any other file but a page (matched on the path, before any `?`).
    denylist: [/^[^?]*\/data\//, /^[^?]*\.(?!html?(?:\?|$))\w+(?:\?|$)/],
  }),
);

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) {
    void self.skipWaiting();
  } else if (type === SAVED_COPIES_QUERY) {
    const source = event.source;
    const id = source && 'id' in source ? source.id : '';
    event.ports[0]?.postMessage(givenCopies.get(id) ?? []);
  }
});

// The first install takes over the page that registered it, so its later chunks and data
// come through the worker; an update waits for SKIP_WAITING.
clientsClaim();
