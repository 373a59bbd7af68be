/**
 * The built page's Content-Security-Policy, in one place: vite.config.ts adds it to the page,
 * and scripts/prerender.ts adds the hash of the one inline script it writes.
 *
 * `worker-src` and `manifest-src` would fall back to `script-src` / `default-src` ('self'); they are
 * named so that tightening the default cannot silently break the offline app (the service
 * worker, dist/sw.js, and the web manifest).
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes.map((h) => `'${h}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
