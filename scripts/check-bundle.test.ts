import { describe, expect, it } from 'vitest';
import {
  BUDGET,
  chunkName,
  importedChunks,
  initialAssets,
  initialSet,
  isDeckChunk,
  judgeBundle,
  type ChunkSize,
} from './check-bundle';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-BeyD1A6u.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-AbCd1234.js">
    <link rel="stylesheet" crossorigin href="./assets/index-BemH26P_.css">
    <link rel="preconnect" href="https://example.com">
    <script src="https://cdn.example.com/analytics.js" type="module"></script>
    <script>console.log('inline')</script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const kB = (n: number): number => n * 1000;

function chunk(file: string, gzipKb: number): ChunkSize {
  return { file, raw: kB(gzipKb * 3), gzip: kB(gzipKb) };
}

describe('initialAssets', () => {
  it('finds the entry script, modulepreloads and stylesheets, relative to dist', () => {
    expect(initialAssets(HTML)).toEqual([
      'assets/index-BeyD1A6u.js',
      'assets/vendor-AbCd1234.js',
      'assets/index-BemH26P_.css',
    ]);
  });

  it('accepts absolute paths, single quotes and unquoted attributes', () => {
    const html = `<script type=module src='/assets/a-12345678.js'></script>
      <link href=/assets/b-12345678.css rel=stylesheet>`;
    expect(initialAssets(html)).toEqual(['assets/a-12345678.js', 'assets/b-12345678.css']);
  });

  it('counts a stylesheet written inline, and the held-back script of the built page', () => {
    const html = `<style data-inlined-from="assets/index-12345678.css">a{}</style><style>b{}</style>
      <div id="root"><template data-deferred-head><script type="module" src="./assets/i-12345678.js"></script></template></div>`;
    expect(initialAssets(html)).toEqual(['assets/i-12345678.js', 'assets/index-12345678.css']);
  });

  it('ignores classic scripts, icons and other origins', () => {
    const html = `<script src="./legacy.js"></script><link rel="icon" href="./favicon.svg">
      <link rel="stylesheet" href="//fonts.example.com/x.css">`;
    expect(initialAssets(html)).toEqual([]);
  });
});

describe('importedChunks', () => {
  const code =
    'import{a as e}from"./index-AAAAAAAA.js";import"./side-BBBBBBBB.js";' +
    "const x=()=>e(()=>import(`./start-CCCCCCCC.js`),[]);import { y } from './z-DDDDDDDD.mjs';" +
    'fetch("./data/index.json");';
  it('tells static imports from dynamic ones', () => {
    expect(importedChunks(code, 'static')).toEqual([
      'index-AAAAAAAA.js',
      'side-BBBBBBBB.js',
      'z-DDDDDDDD.mjs',
    ]);
    expect(importedChunks(code, 'dynamic')).toEqual(['start-CCCCCCCC.js']);
  });
});

describe('initialSet', () => {
  // The built shape: the entry starts the app after the first paint; the app imports the
  // charts lazily; both share the entry's helpers.
  const files: Record<string, string> = {
    'assets/index-AAAAAAAA.js': 'const s=()=>import("./start-BBBBBBBB.js");',
    'assets/start-BBBBBBBB.js':
      'import{p}from"./index-AAAAAAAA.js";import"./vendor-CCCCCCCC.js";' +
      'const c=()=>p(()=>import("./ChartsSection-DDDDDDDD.js"));',
    'assets/vendor-CCCCCCCC.js': 'export const v=1;',
    'assets/ChartsSection-DDDDDDDD.js':
      'import{v}from"./vendor-CCCCCCCC.js";import"./echarts-EEEEEEEE.js";',
    'assets/echarts-EEEEEEEE.js': '',
  };
  const read = (file: string): string => {
    const code = files[file];
    if (code === undefined) throw new Error(`no ${file}`);
    return code;
  };

  it('counts what the entry imports and their static imports, not the lazy chunks', () => {
    expect(
      initialSet(['assets/index-AAAAAAAA.js', 'assets/index-FFFFFFFF.css'], read).sort(),
    ).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-FFFFFFFF.css',
      'assets/start-BBBBBBBB.js',
      'assets/vendor-CCCCCCCC.js',
    ]);
  });

  it('is just the named files when the entry imports nothing', () => {
    expect(initialSet(['assets/vendor-CCCCCCCC.js'], read)).toEqual(['assets/vendor-CCCCCCCC.js']);
  });
});

describe('chunkName', () => {
  it('drops the content hash only', () => {
    expect(chunkName('assets/ChartsSection-BN-vyNE8.js')).toBe('assets/ChartsSection.js');
    expect(chunkName('assets/index-BemH26P_.css')).toBe('assets/index.css');
    expect(chunkName('assets/plain.js')).toBe('assets/plain.js');
  });
});

describe('judgeBundle', () => {
  const initial = ['assets/index-aaaaaaaa.js', 'assets/index-bbbbbbbb.css'];

  it('passes today’s shape: a 140 kB entry and a 250 kB lazy charts chunk', () => {
    const v = judgeBundle(
      [
        chunk('assets/ChartsSection-cccccccc.js', 250),
        chunk('assets/index-aaaaaaaa.js', 140),
        chunk('assets/index-bbbbbbbb.css', 4),
      ],
      initial,
    );
    expect(v.ok).toBe(true);
    expect(v.failures).toEqual([]);
    expect(v.initialJs).toBe(kB(140));
    expect(v.totalJs).toBe(kB(390));
    expect(v.initialCss).toBe(kB(4));
    expect(v.totalCss).toBe(kB(4));
    // Initial first, then by size.
    expect(v.rows.map((r) => [r.file, r.kind, r.initial])).toEqual([
      ['assets/index-aaaaaaaa.js', 'js', true],
      ['assets/index-bbbbbbbb.css', 'css', true],
      ['assets/ChartsSection-cccccccc.js', 'js', false],
    ]);
  });

  it('counts CSS in neither JS budget and ignores other files', () => {
    const v = judgeBundle(
      [chunk('assets/index-bbbbbbbb.css', 500), chunk('assets/logo-dddddddd.png', 900)],
      initial,
    );
    expect(v.ok).toBe(true);
    expect(v.rows).toHaveLength(1);
    expect(v.totalJs).toBe(0);
  });

  it('is inclusive at the limit', () => {
    const v = judgeBundle(
      [chunk('assets/index-aaaaaaaa.js', 150), chunk('assets/lazy-eeeeeeee.js', 300)],
      initial,
    );
    expect(v.ok).toBe(true);
  });

  it('fails on initial JS over budget and names the largest initial chunks', () => {
    const v = judgeBundle(
      [
        chunk('assets/index-aaaaaaaa.js', 120),
        chunk('assets/vendor-ffffffff.js', 40),
        chunk('assets/lazy-eeeeeeee.js', 100),
      ],
      [...initial, 'assets/vendor-ffffffff.js'],
    );
    expect(v.ok).toBe(false);
    expect(v.failures).toHaveLength(1);
    const [message] = v.failures;
    expect(message).toMatch(/^Initial JS is 160\.0 kB gzip, over the 150 kB budget by 10\.0 kB/);
    expect(message).toContain('Largest: assets/index-aaaaaaaa.js 120.0 kB');
    expect(message).toContain('assets/vendor-ffffffff.js 40.0 kB');
    expect(message).not.toContain('lazy');
  });

  it('fails on total JS over budget, naming the chunks that grew since the last check', () => {
    const v = judgeBundle(
      [
        chunk('assets/index-aaaaaaaa.js', 140),
        chunk('assets/ChartsSection-99999999.js', 320),
        chunk('assets/Export-77777777.js', 10),
      ],
      initial,
      BUDGET,
      { 'assets/index.js': 140_000, 'assets/ChartsSection.js': 250_000 },
    );
    expect(v.ok).toBe(false);
    expect(v.failures).toHaveLength(1);
    const [message] = v.failures;
    expect(message).toMatch(/^Total JS is 470\.0 kB gzip, over the 450 kB budget by 20\.0 kB/);
    expect(message).toContain(
      'Largest: assets/ChartsSection-99999999.js 320.0 kB, +70.0 kB since the last check',
    );
    expect(message).toContain('Grew: assets/ChartsSection-99999999.js');
    expect(message).toContain('assets/Export-77777777.js 10.0 kB, new since the last check');
    const charts = v.rows.find((r) => r.name === 'assets/ChartsSection.js');
    expect(charts?.previousGzip).toBe(250_000);
  });

  it('reports both budgets when both are exceeded, with a custom budget', () => {
    const v = judgeBundle(
      [chunk('assets/index-aaaaaaaa.js', 60), chunk('assets/lazy-eeeeeeee.js', 60)],
      initial,
      { initialJs: 50_000, totalJs: 100_000, deckJs: 100_000 },
    );
    expect(v.failures.map((f) => f.split(' is ')[0])).toEqual(['Initial JS', 'Total JS']);
  });
});

describe('the deck chunk', () => {
  const initial = ['assets/index-aaaaaaaa.js'];
  const deck = (file: string, gzipKb: number): ChunkSize => ({
    ...chunk(file, gzipKb),
    deck: true,
  });

  it('is found by what pptxgenjs writes, minified or not', () => {
    expect(isDeckChunk('x=`<dc:creator>PptxGenJS</dc:creator><cp:lastModifiedBy>`')).toBe(true);
    expect(isDeckChunk('warn("see https://gitbrent.github.io/PptxGenJS/docs/masters.html")')).toBe(
      true,
    );
    expect(isDeckChunk('import{a}from"./index-AAAAAAAA.js";const pptx="deck";')).toBe(false);
  });

  it('has a budget of its own and does not count in the total', () => {
    const v = judgeBundle(
      [
        chunk('assets/index-aaaaaaaa.js', 149),
        chunk('assets/PanelsSection-bbbbbbbb.js', 300),
        deck('assets/deck-worker-cccccccc.js', 131),
      ],
      initial,
    );
    expect(v.ok).toBe(true);
    expect(v.totalJs).toBe(kB(449));
    expect(v.deckJs).toBe(kB(131));
    expect(v.rows.find((r) => r.deck)?.file).toBe('assets/deck-worker-cccccccc.js');
  });

  it('fails over 170 kB, naming the chunk', () => {
    const v = judgeBundle(
      [chunk('assets/index-aaaaaaaa.js', 100), deck('assets/deck-worker-cccccccc.js', 171)],
      initial,
    );
    expect(v.ok).toBe(false);
    expect(v.failures).toHaveLength(1);
    expect(v.failures[0]).toMatch(
      /^The deck chunk is 171\.0 kB gzip, over the 170 kB budget by 1\.0 kB/,
    );
    expect(v.failures[0]).toContain('assets/deck-worker-cccccccc.js');
  });

  it('fails when the writer is part of the first load', () => {
    const v = judgeBundle(
      [chunk('assets/index-aaaaaaaa.js', 20), deck('assets/vendor-dddddddd.js', 100)],
      [...initial, 'assets/vendor-dddddddd.js'],
    );
    expect(v.ok).toBe(false);
    expect(v.failures.join('\n')).toContain('The deck writer (pptxgenjs) is in the initial set');
  });
});
