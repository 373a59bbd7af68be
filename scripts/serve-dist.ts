/**
 * A tiny static server for dist/, as a static host would serve it: gzip for text types,
 * correct content types, long-lived caching for hashed assets and revalidation for the rest.
 * Bound to 127.0.0.1 only. Used by the benchmark; also runnable on its own:
 *   npx tsx scripts/serve-dist.ts [port]
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST_DIR = resolve(import.meta.dirname, '..', 'dist');

/** The gzip level the server and the bundle budget both use (zlib's best). */
export const GZIP_LEVEL = 9;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing (PNG and WOFF2 are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Hashed build output never changes under its name; everything else is revalidated. */
export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface Entry {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  mtimeMs: number;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/** Serve `root` (dist/ by default) on 127.0.0.1; port 0 picks a free port. */
export async function startServer(port = 0, root = DIST_DIR): Promise<RunningServer> {
  const base = resolve(root);
  const cache = new Map<string, Entry>();

  async function load(file: string): Promise<Entry | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs) return hit;
    const body = await readFile(file);
    const entry: Entry = {
      body,
      gzip:
        COMPRESSIBLE.has(extname(file).toLowerCase()) && body.length > 256
          ? gzipSync(body, { level: GZIP_LEVEL })
          : null,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
      mtimeMs: info.mtimeMs,
    };
    cache.set(file, entry);
    return entry;
  }

  /** The file for a URL path, or null when it would leave the root. */
  function fileFor(urlPath: string): string | null {
    let path: string;
    try {
      path = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (path.includes('\0')) return null;
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(base, path));
    return file === base || file.startsWith(base + sep) ? file : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(urlPath);
    const entry = file ? await load(file) : null;
    if (!file || !entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const headers: Record<string, string | number> = {
      'Content-Type': contentType(file),
      'Cache-Control': cacheControl(urlPath),
      ETag: entry.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (entry.gzip) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = entry.gzip && acceptsGzip ? entry.gzip : entry.body;
    if (body === entry.gzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? 4174);
  const { url } = await startServer(port);
  console.log(`Serving ${DIST_DIR} at ${url}/ (Ctrl+C to stop)`);
}
