/**
 * After `vite build`: writes the first screen (header and headline cards of the newest report)
 * into dist/index.html, so a phone paints real figures as soon as the HTML and CSS arrive,
 * instead of after the app's JavaScript and data.
 *
 *   tsx scripts/prerender.ts [distDir]
 *
 * The app's own components render it, in jsdom, once per language and colour scheme, into
 * inert <template>s inside #root. A small inline script (src/boot/inline.ts, bundled here and
 * allowed by its SHA-256 in the page's CSP) shows the one that matches the visitor before the
 * first paint; React's first render then replaces it with identical markup.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { build, createServer } from 'vite';
import { APP_ERROR_ATTR } from '../src/boot/app-error';
import { DEFERRED_ATTR, REPORT_ATTR, TITLE_ATTR, VARIANT_ATTR } from '../src/boot/boot';
import { SCHEMES, variantKey } from '../src/boot/first-screen-choice';
import type { Scheme } from '../src/charts/theme';
import { staticMediaQuery } from '../src/test/media-query';
import { INDEX_FILE, pickReport } from '../src/data/load-report';
import { reportIndexSchema, reportSchema, type Report, type ReportIndex } from '../src/data/schema';
import { langCodes, type Lang } from '../src/i18n/languages';
import { INLINED_ATTR } from './check-bundle';
import { contentSecurityPolicy } from './csp';

const ROOT = resolve(import.meta.dirname, '..');
const EMPTY_ROOT = '<div id="root"></div>';

/** What src/boot/render-first-screen.tsx exports (a .tsx file this script's tsconfig skips). */
interface RenderModule {
  renderFirstScreen: (
    index: ReportIndex,
    report: Report,
    lang: Lang,
    scheme: Scheme,
  ) => { html: string; title: string };
  renderAppError: (lang: Lang) => string;
}

/** A browser-like global scope for React DOM; `dark` answers the colour-scheme query. */
function installDom(): { setDark: (dark: boolean) => void; close: () => void } {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const win = dom.window;
  let dark = false;
  win.matchMedia = (query: string) =>
    staticMediaQuery(query, query.includes('prefers-color-scheme: dark') && dark);
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (!(key in g)) g[key] = (win as unknown as Record<string, unknown>)[key];
  }
  g.window = win;
  g.document = win.document;
  g.navigator = win.navigator;
  return { setDark: (d) => void (dark = d), close: () => win.close() };
}

/**
 * The tags in <head> that the first paint does not need: Vite's that load the app (its module
 * script, modulepreloads, preloads), and the links to the web manifest and the touch icon.
 * The browser fetches the manifest (and the icons it lists) as soon as it sees the link, while
 * the page is still painting its first screen: in Lighthouse's simulation of a slow phone
 * network those requests, with the page icon's, held the largest paint back by about 250 ms
 * (LCP 1.20x the static floor page; about 1.0x without them).
 */
const DEFERRED_TAG =
  /<script\b[^>]*\btype="module"[^>]*><\/script>|<link\b[^>]*\brel="(?:modulepreload|preload|apple-touch-icon|manifest)"[^>]*>/g;
/** The page icon's link: its small PNG is written into the page (no request at all; a link
 * added after the first paint comes too late for a fast load, which then asks for /favicon.ico). */
const ICON_TAG = /<link\b[^>]*\brel="icon"[^>]*\bhref="\.?\/?([^"]+\.png)"[^>]*>/;
/** Larger icons stay files. */
const ICON_INLINE_MAX = 4096;
const STYLESHEET_TAG = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * The page's head with the stylesheets written inline (the first paint then waits for no
 * request but the page) and the tags the first paint does not need (DEFERRED_TAG) taken out,
 * returned apart: the boot script puts them back once the first screen has painted.
 */
async function splitHead(
  head: string,
  distDir: string,
): Promise<{ head: string; deferred: string }> {
  let deferred = '';
  let out = head.replace(DEFERRED_TAG, (tag) => {
    deferred += tag;
    return '';
  });
  for (const tag of out.match(STYLESHEET_TAG) ?? []) {
    const href = /\bhref="\.?\/?([^"]+\.css)"/.exec(tag)?.[1];
    if (!href) throw new Error(`prerender: a stylesheet without a local href: ${tag}`);
    const css = (await readFile(join(distDir, href), 'utf8')).trim();
    if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} contains "</style"`);
    out = out.replace(tag, () => `<style ${INLINED_ATTR}="${escapeAttr(href)}">${css}</style>`);
  }
  if (!deferred.includes('<script')) throw new Error('prerender: the page has no module script');
  const icon = ICON_TAG.exec(out);
  if (!icon?.[1]) throw new Error('prerender: the page has no PNG icon link');
  const png = await readFile(join(distDir, icon[1]));
  if (png.length > ICON_INLINE_MAX) {
    throw new Error(
      `prerender: ${icon[1]} is ${png.length} B, over ${ICON_INLINE_MAX} B to inline`,
    );
  }
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  out = out.replace(icon[0], icon[0].replace(/\bhref="[^"]+"/, `href="${dataUrl}"`));
  return { head: out.replace(/\n\s*\n/g, '\n'), deferred };
}

/** The boot script, bundled and minified to one self-contained statement list. */
async function bundleBoot(): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: join(ROOT, 'src/boot/inline.ts'), formats: ['iife'], name: 'firstScreen' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code.trim();
  }
  throw new Error('prerender: bundling src/boot/inline.ts produced no code');
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The first screens of the newest report in `distDir`, one <template> per variant, and the
 * message for an app that fails to load, one per language.
 */
async function renderTemplates(distDir: string): Promise<{ templates: string; reportId: string }> {
  const dom = installDom();
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    const mod = (await vite.ssrLoadModule('/src/boot/render-first-screen.tsx')) as RenderModule;
    const readJson = async (file: string): Promise<unknown> =>
      JSON.parse(await readFile(join(distDir, 'data', file), 'utf8'));
    const index = reportIndexSchema.parse(await readJson(INDEX_FILE));
    const newest = pickReport(index, null).entry;
    const report = reportSchema.parse(await readJson(newest.file));
    let templates = '';
    for (const lang of langCodes()) {
      for (const scheme of SCHEMES) {
        dom.setDark(scheme === 'dark');
        const screen = mod.renderFirstScreen(index, report, lang, scheme);
        templates +=
          `<template ${VARIANT_ATTR}="${variantKey(lang, scheme)}" ` +
          `${TITLE_ATTR}="${escapeAttr(screen.title)}">${screen.html}</template>`;
      }
      // Shown by main.tsx if the app's code cannot be fetched.
      templates += `<template ${APP_ERROR_ATTR}="${lang}">${mod.renderAppError(lang)}</template>`;
    }
    return { templates, reportId: newest.id };
  } finally {
    await vite.close();
    dom.close();
  }
}

export async function prerender(distDir: string): Promise<{ bytes: number; variants: number }> {
  const indexHtmlPath = join(distDir, 'index.html');
  const page = await readFile(indexHtmlPath, 'utf8');
  if (!page.includes(EMPTY_ROOT)) {
    throw new Error(
      `prerender: ${indexHtmlPath} has no empty ${EMPTY_ROOT} (already prerendered?)`,
    );
  }
  // Vite writes the policy's quotes as &#39;.
  const policy = contentSecurityPolicy().replace(/'/g, '&#39;');
  if (!page.includes(policy)) {
    throw new Error(
      `prerender: ${indexHtmlPath} lacks the Content-Security-Policy of scripts/csp.ts`,
    );
  }

  const { templates, reportId } = await renderTemplates(distDir);
  const boot = await bundleBoot();
  if (/<\/script/i.test(boot)) throw new Error('prerender: the boot script contains "</script"');
  const hash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;
  const headEnd = page.indexOf('</head>');
  const { head, deferred } = await splitHead(page.slice(0, headEnd), distDir);
  const root =
    `<div id="root" ${REPORT_ATTR}="${escapeAttr(reportId)}">` +
    `${templates}<template ${DEFERRED_ATTR}>${deferred}</template><script>${boot}</script></div>`;
  const html = (head + page.slice(headEnd))
    .replace(EMPTY_ROOT, root)
    .replace(policy, contentSecurityPolicy([hash]).replace(/'/g, '&#39;'));
  await writeFile(indexHtmlPath, html);
  return { bytes: Buffer.byteLength(html), variants: langCodes().length * SCHEMES.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const started = performance.now();
  prerender(dist).then(
    ({ bytes, variants }) => {
      console.log(
        `prerender: ${variants} first screens written into ${join(dist, 'index.html')} ` +
          `(${(bytes / 1024).toFixed(1)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}
