/**
 * npm run export -- --out DIR [--preset 16x9|4x3|square] [--scale 2|3]
 * npm run export -- --deck --out DIR [--scope view|edition] [--query QUERY]
 *
 * Renders every chart of the dashboard in Chinese and in English, as a presenter would: it opens
 * the built page in a headless Chromium at 1440×900 and, for each chart panel, clicks Export,
 * picks the size and resolution, and clicks "PNG in both languages", saving both downloads into
 * DIR. Prints each file with its pixel size, then the count. Exit code 1 on any failure.
 *
 * With --deck it writes the PowerPoint deck instead, one file per language: it clicks the
 * header's "Download deck", picks the scope (the whole edition, or the view the page opened
 * with --query) and "each language", and saves both downloads, printing each file's size.
 *
 * dist/ is built first when it is missing (`npx vite build`); a snapshot of it is served on a
 * free port of 127.0.0.1, so a rebuild running at the same time cannot pull files away.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Download, type Page } from '@playwright/test';
import { chromiumArgs, chromiumEnv, chromiumExecutable } from './chromium';
import {
  expectedPixels,
  isZip,
  parseExportArgs,
  pngSize,
  PRESETS,
  SCALES,
  USAGE,
  type ExportArgs,
} from './export-charts-lib';
import { DIST_DIR, startServer, type RunningServer } from './serve-dist';

const ROOT = resolve(import.meta.dirname, '..');
/** The whole run must stay under 90 s; give up a little before. */
const DEADLINE_MS = 85_000;
const DOWNLOAD_TIMEOUT_MS = 20_000;

function log(line: string): void {
  console.log(line);
}

/** A path relative to the working directory when it lies inside it. */
function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Build dist/ when it has no index.html, then copy it somewhere nobody else writes. */
function snapshotDist(): string {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    log('dist/ is missing: building it (npx vite build)…');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('`npx vite build` failed.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'export-charts-dist-'));
  cpSync(DIST_DIR, dir, { recursive: true });
  return dir;
}

/** Collects the page's downloads; `next(n)` waits for the next n of them. */
function downloadQueue(page: Page): (n: number) => Promise<Download[]> {
  const queue: Download[] = [];
  let wake: (() => void) | null = null;
  page.on('download', (d) => {
    queue.push(d);
    wake?.();
  });
  return async (n) => {
    const until = Date.now() + DOWNLOAD_TIMEOUT_MS;
    while (queue.length < n) {
      const left = until - Date.now();
      if (left <= 0) throw new Error(`expected ${n} downloads, got ${queue.length}`);
      await new Promise<void>((ok) => {
        const timer = setTimeout(ok, left);
        wake = () => {
          clearTimeout(timer);
          ok();
        };
      });
      wake = null;
    }
    return queue.splice(0, n);
  };
}

interface Written {
  file: string;
  width: number;
  height: number;
}

/** Export one chart panel in both languages; returns the files written. */
async function exportChart(
  page: Page,
  id: string,
  args: ExportArgs,
  nextDownloads: (n: number) => Promise<Download[]>,
): Promise<Written[]> {
  const panel = page.locator(`section[data-panel="${id}"]`);
  await panel.scrollIntoViewIfNeeded();
  // The menu's own toggle (the menu holds another: "Embed in a page").
  const toggle = panel.locator('.chart-panel__tools button[aria-expanded][aria-controls]');
  if ((await toggle.count()) !== 1) {
    throw new Error(`chart “${id}” has no Export button (is it empty?)`);
  }
  await toggle.click();
  const menu = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await menu.waitFor({ state: 'visible', timeout: 5_000 });
  const fieldsets = menu.locator('fieldset');
  // Clicked as the DOM's own click: a menu reaching past its panel's foot is clipped by the
  // panel's paint containment (content-visibility), so a pointer at its lower controls would
  // hit the grid behind.
  await fieldsets
    .nth(0)
    .getByRole('radio')
    .nth(PRESETS.indexOf(args.preset))
    .dispatchEvent('click');
  await fieldsets.nth(1).getByRole('radio').nth(SCALES.indexOf(args.scale)).dispatchEvent('click');
  // The last action button is "PNG in both languages" (whatever the page's language).
  await menu.locator('.export-menu__actions button').last().dispatchEvent('click');
  const downloads = await nextDownloads(2);

  const expected = expectedPixels(args.preset, args.scale);
  const written: Written[] = [];
  for (const download of downloads) {
    const name = download.suggestedFilename();
    if (!/\.(en|zh)\.png$/.test(name)) throw new Error(`unexpected file name “${name}”`);
    const file = join(args.out, name);
    await download.saveAs(file);
    const failure = await download.failure();
    if (failure) throw new Error(`download of ${name} failed: ${failure}`);
    const size = pngSize(readFileSync(file));
    if (!size) throw new Error(`${file} is not a PNG`);
    if (size.width !== expected.width || size.height !== expected.height) {
      throw new Error(
        `${file} is ${size.width}×${size.height}, expected ${expected.width}×${expected.height}`,
      );
    }
    written.push({ file, ...size });
  }
  const langs = written.map((w) => /\.(en|zh)\.png$/.exec(w.file)?.[1]).sort();
  if (langs.join() !== 'en,zh') throw new Error(`chart “${id}” gave ${langs.join(', ')}`);

  // The menu says so once the action has returned, a render after the last download began.
  const saved = await menu
    .getByRole('status')
    .filter({ hasText: /^\s*Saved/ })
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  if (!saved) {
    const status = (await menu.getByRole('status').textContent())?.trim() ?? '';
    throw new Error(`chart “${id}”: the menu says “${status}”`);
  }
  await toggle.click(); // close the menu, so that it covers nothing of the next panel
  return written;
}

/** kB with one decimal, as the bundle check prints sizes. */
function size(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Write the deck in each language through the header's dialog; returns the files written. */
async function exportDecks(
  page: Page,
  args: ExportArgs,
  nextDownloads: (n: number) => Promise<Download[]>,
): Promise<string[]> {
  // The pre-rendered first screen's buttons are only markup: wait until the app has taken
  // over, which its chart panels show.
  await page.locator('section[data-panel]').first().waitFor({ state: 'attached', timeout: 30_000 });
  const button = page.getByRole('button', { name: 'Download deck' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Download deck' });
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  await dialog
    .getByRole('radio', { name: args.scope === 'view' ? 'The current view' : 'The whole edition' })
    .check();
  await dialog.getByRole('radio', { name: 'Each language (one file each)' }).check();
  await dialog.getByRole('button', { name: 'Download deck' }).click();
  const downloads = await nextDownloads(2);
  const written: string[] = [];
  for (const download of downloads) {
    const name = download.suggestedFilename();
    if (!/-deck(-filtered)?\.(en|zh)\.pptx$/.test(name))
      throw new Error(`unexpected file name “${name}”`);
    const file = join(args.out, name);
    await download.saveAs(file);
    const failure = await download.failure();
    if (failure) throw new Error(`download of ${name} failed: ${failure}`);
    const bytes = readFileSync(file);
    if (!isZip(bytes)) throw new Error(`${file} is not a .pptx (zip) package`);
    log(`  ${shortPath(file)}  ${size(bytes.length)}`);
    written.push(file);
  }
  const status = dialog.getByRole('status');
  await page.waitForFunction(
    (el) => (el?.textContent ?? '').startsWith('Saved'),
    await status.elementHandle(),
    { timeout: 10_000 },
  );
  return written;
}

async function run(args: ExportArgs): Promise<number> {
  const started = Date.now();
  mkdirSync(args.out, { recursive: true });
  const dist = snapshotDist();
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer(0, dist);
    browser = await chromium.launch({
      executablePath: chromiumExecutable({ headless: true }),
      env: chromiumEnv(),
      args: chromiumArgs(),
    });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') log(`  (page console error: ${m.text()})`);
    });
    const nextDownloads = downloadQueue(page);

    const query = args.deck && args.scope === 'view' && args.query ? `&${args.query}` : '';
    await page.goto(`${server.url}/?lang=en${query}`);
    if (args.deck) {
      log(
        `Writing the ${args.scope === 'view' ? 'current view' : 'whole edition'} as a deck per language into ${args.out}`,
      );
      const files = await exportDecks(page, args, nextDownloads);
      if (pageErrors.length) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
      log(`Wrote ${files.length} decks in ${seconds(Date.now() - started)}.`);
      return files.length;
    }
    const panels = page.locator('section[data-panel]');
    await panels.first().waitFor({ state: 'visible', timeout: 30_000 });
    // Every panel is there with its Export menu. (Export draws each chart off screen, so
    // the on-screen charts, created as they near the viewport, need not exist.)
    await page
      .locator('section[data-panel] .export-menu')
      .nth((await panels.count()) - 1)
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate('document.fonts.ready.then(() => undefined)');

    const ids = (await panels.evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-panel')),
    )) as string[];
    if (ids.length === 0) throw new Error('the page has no chart panels');
    const { width, height } = expectedPixels(args.preset, args.scale);
    log(
      `Exporting ${ids.length} charts × 2 languages at ${args.preset} ${args.scale}× ` +
        `(${width}×${height}) into ${args.out}`,
    );

    let count = 0;
    for (const id of ids) {
      const written = await exportChart(page, id, args, nextDownloads);
      for (const w of written) {
        log(`  ${shortPath(w.file)}  ${w.width}×${w.height}`);
        count++;
      }
    }
    if (pageErrors.length) throw new Error(`the page threw: ${pageErrors.join('; ')}`);
    log(`Wrote ${count} files in ${seconds(Date.now() - started)}.`);
    return count;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(dist, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let args: ExportArgs | 'help';
  try {
    args = parseExportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(1);
  }
  if (args === 'help') {
    log(USAGE);
    return;
  }
  const parsed = { ...args, out: resolve(args.out) };
  const watchdog = setTimeout(() => {
    console.error(`export: gave up after ${seconds(DEADLINE_MS)}.`);
    process.exit(1);
  }, DEADLINE_MS);
  watchdog.unref();
  try {
    await run(parsed);
  } catch (error) {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
  }
}

await main();
