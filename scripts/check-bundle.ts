/**
 * npm run check:bundle — the bundle budget, checked after `npm run build`.
 *
 * The initial set is what the page loads without any action of the reader's: what
 * dist/index.html names (the entry script, modulepreload links, the stylesheet), the chunks
 * the entry itself imports, statically or dynamically (the app, started after the first
 * paint), and their static imports. Chunks imported dynamically from deeper down (the
 * charts) are lazy. The deck chunk, the one holding pptxgenjs (the PowerPoint writer, with
 * JSZip; a worker bundle loaded only when a deck is made), has a budget of its own and must
 * not be initial. Budgets (gzip, level 9, 1 kB = 1000 B):
 *   initial JS ≤ 150 kB, all JS but the deck chunk ≤ 450 kB, the deck chunk ≤ 170 kB.
 * On failure it names the largest chunks of the set over budget and those that grew since the
 * last passing check (remembered in node_modules/.tmp/bundle-sizes.json).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatTable, kB } from './bench/table';
import { DIST_DIR, GZIP_LEVEL } from './serve-dist';

export interface Budget {
  /** Bytes, gzip. */
  initialJs: number;
  /** Every JS chunk but the deck's. */
  totalJs: number;
  /** The deck chunk (pptxgenjs with JSZip), on its own. */
  deckJs: number;
}

export const BUDGET: Budget = { initialJs: 150_000, totalJs: 450_000, deckJs: 170_000 };

export interface ChunkSize {
  /** Path inside dist/, with forward slashes: "assets/index-BeyD1A6u.js". */
  file: string;
  raw: number;
  gzip: number;
  /** The chunk holds pptxgenjs: the deck writer (see isDeckChunk). */
  deck?: boolean;
}

/**
 * pptxgenjs names itself as the creator in the core properties it writes, and links to its
 * docs in its warnings: a chunk with either string holds the writer, minified or not.
 */
const PPTXGENJS = /PptxGenJS<\/dc:creator>|gitbrent\.github\.io\/PptxGenJS/;

/** Whether a chunk's code holds pptxgenjs. */
export function isDeckChunk(code: string): boolean {
  return PPTXGENJS.test(code);
}

export interface BundleRow extends ChunkSize {
  kind: 'js' | 'css';
  deck: boolean;
  initial: boolean;
  /** The chunk's name without its content hash, stable across builds: "assets/index.js". */
  name: string;
  /** gzip bytes at the last passing check, when this chunk existed then. */
  previousGzip: number | null;
}

export interface BundleVerdict {
  rows: BundleRow[];
  initialJs: number;
  initialCss: number;
  /** Every JS chunk but the deck's. */
  totalJs: number;
  totalCss: number;
  /** The deck chunk(s). */
  deckJs: number;
  ok: boolean;
  /** One explanation per budget exceeded, naming the chunks to look at. */
  failures: string[];
}

/** On a stylesheet scripts/prerender.ts wrote inline: the file it was read from. */
export const INLINED_ATTR = 'data-inlined-from';

/**
 * What index.html loads up front: module scripts, modulepreloads and stylesheets, linked or
 * inlined (the boot script loads the app's script once the first screen has painted: it
 * counts as up front).
 */
export function initialAssets(html: string): string[] {
  const found: string[] = [];
  const attr = (tag: string, name: string): string | undefined =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type')?.toLowerCase() === 'module') found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) found.push(href);
  }
  for (const [tag] of html.matchAll(/<style\b[^>]*>/gi)) {
    const from = attr(tag, INLINED_ATTR);
    if (from) found.push(from);
  }
  return [
    ...new Set(
      found
        .filter((url) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:'))
        .map((url) => url.split(/[?#]/)[0]?.replace(/^(?:\.\/|\/)+/, '') ?? ''),
    ),
  ];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'`])\.\/([\w.-]+\.m?js)\1/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'`])\.\/([\w.-]+\.m?js)\1\s*\)/g;

/** Sibling chunks a chunk's code imports: `from "./x.js"` / `import "./x.js"`, or `import("./x.js")`. */
export function importedChunks(code: string, kind: 'static' | 'dynamic'): string[] {
  const re = kind === 'static' ? STATIC_IMPORT : DYNAMIC_IMPORT;
  return [...new Set([...code.matchAll(re)].map((m) => m[2] ?? ''))];
}

/**
 * The initial set (paths inside dist/): `named` (from initialAssets), plus what those scripts
 * import, plus the static imports of all of it. `read` gives a file's code.
 */
export function initialSet(named: readonly string[], read: (file: string) => string): string[] {
  const set = new Set(named);
  const sibling = (file: string, name: string): string =>
    [...file.split('/').slice(0, -1), name].join('/');
  const queue = named.filter((f) => /\.m?js$/.test(f));
  for (const entry of [...queue]) {
    for (const name of importedChunks(read(entry), 'dynamic')) queue.push(sibling(entry, name));
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (set.has(file) && !named.includes(file)) continue;
    set.add(file);
    for (const name of importedChunks(read(file), 'static')) {
      const next = sibling(file, name);
      if (!set.has(next)) queue.push(next);
    }
  }
  return [...set];
}

/** A chunk's name without Vite's 8-character content hash. */
export function chunkName(file: string): string {
  return file.replace(/-[\w-]{8}(?=\.(?:js|mjs|css)$)/, '');
}

function sum(rows: readonly BundleRow[], pick: (r: BundleRow) => boolean): number {
  return rows.filter(pick).reduce((total, r) => total + r.gzip, 0);
}

function describeRow(r: BundleRow): string {
  const growth =
    r.previousGzip === null
      ? r.initial
        ? ', new'
        : ', new since the last check'
      : r.gzip > r.previousGzip
        ? `, +${kB(r.gzip - r.previousGzip)} since the last check`
        : '';
  return `${r.file} ${kB(r.gzip)}${growth}`;
}

/**
 * Classify the chunks (initial or lazy) and decide the budget. `previous` maps chunk names
 * (see chunkName) to their gzip size at the last passing check; pass {} when unknown.
 */
export function judgeBundle(
  chunks: readonly ChunkSize[],
  initial: readonly string[],
  budget: Budget = BUDGET,
  previous: Readonly<Record<string, number>> = {},
): BundleVerdict {
  const initialSet = new Set(initial);
  const rows: BundleRow[] = chunks
    .filter((c) => /\.(?:m?js|css)$/.test(c.file))
    .map((c) => {
      const name = chunkName(c.file);
      return {
        ...c,
        kind: c.file.endsWith('.css') ? ('css' as const) : ('js' as const),
        deck: Boolean(c.deck),
        initial: initialSet.has(c.file),
        name,
        previousGzip: previous[name] ?? null,
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

  const initialJs = sum(rows, (r) => r.kind === 'js' && r.initial);
  const totalJs = sum(rows, (r) => r.kind === 'js' && !r.deck);
  const deckJs = sum(rows, (r) => r.kind === 'js' && r.deck);
  const failures: string[] = [];
  const explain = (label: string, size: number, limit: number, set: BundleRow[]): string => {
    const largest = set.slice(0, 3).map(describeRow);
    const grew = set
      .filter((r) => r.previousGzip !== null && r.gzip > r.previousGzip)
      .sort((a, b) => b.gzip - (b.previousGzip ?? 0) - (a.gzip - (a.previousGzip ?? 0)))
      .map(describeRow);
    return [
      `${label} is ${kB(size)} gzip, over the ${kB(limit, 0)} budget by ${kB(size - limit)}.`,
      `  Largest: ${largest.join('; ') || 'none'}.`,
      ...(grew.length ? [`  Grew: ${grew.join('; ')}.`] : []),
    ].join('\n');
  };
  const byGzip = (pick: (r: BundleRow) => boolean): BundleRow[] =>
    rows.filter(pick).sort((a, b) => b.gzip - a.gzip);
  if (initialJs > budget.initialJs) {
    failures.push(
      explain(
        'Initial JS',
        initialJs,
        budget.initialJs,
        byGzip((r) => r.kind === 'js' && r.initial),
      ),
    );
  }
  if (totalJs > budget.totalJs) {
    failures.push(
      explain(
        'Total JS',
        totalJs,
        budget.totalJs,
        byGzip((r) => r.kind === 'js' && !r.deck),
      ),
    );
  }
  if (deckJs > budget.deckJs) {
    failures.push(
      explain(
        'The deck chunk',
        deckJs,
        budget.deckJs,
        byGzip((r) => r.kind === 'js' && r.deck),
      ),
    );
  }
  const eagerDeck = rows.filter((r) => r.deck && r.initial);
  if (eagerDeck.length) {
    failures.push(
      `The deck writer (pptxgenjs) is in the initial set: ${eagerDeck.map((r) => r.file).join(', ')}; ` +
        'it must load only when a deck is made.',
    );
  }
  return {
    rows,
    initialJs,
    initialCss: sum(rows, (r) => r.kind === 'css' && r.initial),
    totalJs,
    totalCss: sum(rows, (r) => r.kind === 'css'),
    deckJs,
    ok: failures.length === 0,
    failures,
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Raw and gzip size of every JS and CSS file under dist/assets. */
export function measureChunks(dist = DIST_DIR): ChunkSize[] {
  return listFiles(join(dist, 'assets'))
    .filter((f) => ['.js', '.mjs', '.css'].includes(extname(f)))
    .map((f) => {
      const body = readFileSync(f);
      return {
        file: relative(dist, f).split('\\').join('/'),
        raw: body.length,
        gzip: gzipSync(body, { level: GZIP_LEVEL }).length,
        ...(extname(f) === '.css' ? {} : { deck: isDeckChunk(body.toString('utf8')) }),
      };
    });
}

/** Measure dist/ and judge it against the budget. */
export function checkDist(
  dist = DIST_DIR,
  previous: Readonly<Record<string, number>> = {},
): BundleVerdict {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = initialSet(initialAssets(html), (file) => readFileSync(join(dist, file), 'utf8'));
  return judgeBundle(measureChunks(dist), initial, BUDGET, previous);
}

export function bundleTable(verdict: BundleVerdict): string {
  const rows = verdict.rows.map((r) => [
    r.file,
    kB(r.raw),
    kB(r.gzip),
    r.previousGzip === null || r.previousGzip === r.gzip
      ? ''
      : `${r.gzip > r.previousGzip ? '+' : '−'}${kB(Math.abs(r.gzip - r.previousGzip))}`,
    r.initial ? 'yes' : r.deck ? 'no (deck)' : 'no',
  ]);
  rows.push(['initial JS', '', kB(verdict.initialJs), '', `budget ${kB(BUDGET.initialJs, 0)}`]);
  rows.push([
    'total JS (without the deck)',
    '',
    kB(verdict.totalJs),
    '',
    `budget ${kB(BUDGET.totalJs, 0)}`,
  ]);
  rows.push(['deck chunk JS', '', kB(verdict.deckJs), '', `budget ${kB(BUDGET.deckJs, 0)}`]);
  rows.push(['initial CSS', '', kB(verdict.initialCss), '', '']);
  return formatTable(['chunk', 'raw', 'gzip', 'change', 'initial?'], rows, [
    'left',
    'right',
    'right',
    'right',
    'left',
  ]);
}

const SIZES_FILE = resolve(import.meta.dirname, '..', 'node_modules', '.tmp', 'bundle-sizes.json');

function readPrevious(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(SIZES_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

function main(): number {
  let verdict: BundleVerdict;
  try {
    verdict = checkDist(DIST_DIR, readPrevious());
  } catch (error) {
    console.error(`check:bundle: cannot read ${DIST_DIR} (run \`npm run build\` first).`);
    console.error(String(error));
    return 1;
  }
  console.log(bundleTable(verdict));
  if (!verdict.ok) {
    console.error(`\nBundle budget exceeded:\n${verdict.failures.join('\n')}`);
    return 1;
  }
  mkdirSync(dirname(SIZES_FILE), { recursive: true });
  writeFileSync(
    SIZES_FILE,
    `${JSON.stringify(Object.fromEntries(verdict.rows.map((r) => [r.name, r.gzip])), null, 2)}\n`,
  );
  console.log('\nBundle budget met.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
