/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy as policy } from './scripts/csp.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const DATA_FILE = /^[\w.-]+\.json$/;

/** Top-level data/*.json file names (data/source/ and other folders are not published). */
async function listDataFiles(): Promise<string[]> {
  const entries = await readdir(DATA_DIR, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && DATA_FILE.test(e.name)).map((e) => e.name);
}

/**
 * Publishes data/*.json next to the page: served at /data/ in dev, emitted to dist/data/ on
 * build. The app fetches them at run time, so they stay out of the JS bundle.
 */
function reportData(): Plugin {
  return {
    name: 'report-data',
    configureServer(server) {
      server.watcher.add(DATA_DIR);
      server.watcher.on('change', (file) => {
        if (dirname(file) === DATA_DIR && DATA_FILE.test(basename(file))) {
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use('/data', (req, res, next) => {
        // Names are plain [\w.-]: no decoding, so no way out of data/.
        const name = (req.url ?? '').split('?')[0]?.slice(1) ?? '';
        if (!DATA_FILE.test(name) || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        readFile(join(DATA_DIR, name)).then(
          (body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body);
          },
          () => {
            // A missing report must fail the fetch, not fall through to index.html.
            res.statusCode = 404;
            res.end();
          },
        );
      });
    },
    // The page fetches the index and the newest report first thing: start both downloads
    // with the HTML instead of after the JavaScript has run.
    async transformIndexHtml() {
      const files = ['index.json'];
      try {
        const index = JSON.parse(await readFile(join(DATA_DIR, 'index.json'), 'utf8')) as {
          reports?: { file?: string; month?: { value?: string } }[];
        };
        const newest = [...(index.reports ?? [])].sort((a, b) =>
          (b.month?.value ?? '').localeCompare(a.month?.value ?? ''),
        )[0];
        if (newest?.file && DATA_FILE.test(newest.file)) files.push(newest.file);
      } catch {
        // No readable index: the app reports that itself at run time.
      }
      return files.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      }));
    },
    async generateBundle() {
      for (const name of await listDataFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: await readFile(join(DATA_DIR, name)),
        });
      }
    },
  };
}

/**
 * Adds the Content-Security-Policy to the built page only: the dev server injects an inline
 * React Refresh preamble that `script-src 'self'` would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The brand colour of public/favicon.svg and the page's background before its CSS (index.html). */
const THEME_COLOUR = '#4f46e5';
const BACKGROUND_COLOUR = '#f8fafc';

/**
 * The installable, offline app. vite-plugin-pwa writes the web manifest (and links it from
 * the page) and builds the service worker from src/sw/sw.ts; the precache list is written into
 * it by scripts/service-worker.ts once the pre-render has given index.html its final bytes,
 * so the injection point is left open here. The page registers the worker itself
 * (src/features/status/offline-app.ts), in production builds only.
 */
function offlineApp(): Plugin[] {
  return [
    ...VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: { injectionPoint: undefined, rollupFormat: 'iife' },
      manifest: {
        id: './',
        name: 'AI 技术深度观察 · AI Technology Deep Dive',
        short_name: 'AI 深度观察',
        description:
          'Bilingual (中文 / English) dashboard of the monthly report “AI 技术深度观察” ' +
          '(AI Technology Deep Dive): every figure sourced, in linked charts. Works offline ' +
          'once opened. 中英双语数据看板，打开一次后可离线使用。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
    {
      name: 'apple-touch-icon',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon.png' },
          injectTo: 'head',
        },
      ],
    },
  ];
}

const UNIT_TESTS = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];

/**
 * The unit test files that must run in a fresh module graph of their own: those that set up
 * the DOM (`// @vitest-environment jsdom`: rendered components, the store, i18next's language)
 * or replace a module (`vi.mock`). The rest are pure functions of their inputs, which share one
 * module graph per worker: re-importing ECharts, zod and the dataset for each of some fifty
 * files was about a third of the unit run's time.
 */
function isolatedTests(): string[] {
  return ['src', 'scripts'].flatMap((dir) =>
    readdirSync(resolve(import.meta.dirname, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .map((file) => `${dir}/${file.split('\\').join('/')}`)
      .filter((file) => {
        const text = readFileSync(resolve(import.meta.dirname, file), 'utf8');
        return text.includes('@vitest-environment jsdom') || /\bvi\.(do)?[mM]ock\(/.test(text);
      }),
  );
}

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), reportData(), contentSecurityPolicy(), offlineApp()],
  build: {
    target: 'es2022',
  },
  server: {
    // Playwright's HTML report would otherwise trigger full reloads of the dev page.
    watch: { ignored: ['**/playwright-report/**', '**/coverage/**'] },
  },
  test: {
    // Node by default: a test file that needs the DOM says so in its first line
    // (`// @vitest-environment jsdom`); jsdom costs about a second per file to set up.
    environment: 'node',
    // Two cores: one worker per core (Vitest's default leaves one idle), in threads, which
    // start faster than the default child processes.
    pool: 'threads',
    maxWorkers: 2,
    // npm test runs the unit tests beside ESLint, tsc and the build, on a machine that may be
    // busy with other work: a test of a second or so must not hit the 5 s default.
    testTimeout: 20_000,
    setupFiles: ['./src/test/setup.ts'],
    projects:
      mode === 'test'
        ? [
            {
              extends: true,
              test: { name: 'pure', include: UNIT_TESTS, exclude: isolatedTests(), isolate: false },
            },
            { extends: true, test: { name: 'isolated', include: isolatedTests() } },
          ]
        : [],
  },
}));
