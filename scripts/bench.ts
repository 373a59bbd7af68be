/**
 * npm run bench -- [--runs N] [--tries N] [--skip-build] [--skip-lighthouse]
 *
 * Builds (into a private folder, so a concurrent `npm run build` cannot swap files mid-run;
 * --skip-build takes a snapshot of dist/ instead), serves it with gzip on 127.0.0.1, and
 * prints one table, also written to bench-results.json:
 *   - Lighthouse, default mobile emulation, median of --runs (3) runs;
 *   - gzip size of every JS and CSS chunk and of the initial set;
 *   - language switch (L key) and filter click timings, median and p95 of --tries (21) tries,
 *     desktop 1440×900, no throttling;
 *   - timeline brush frame rate; JS heap after 50 language switches and 50 filter changes,
 *     from a baseline taken after the timed trials (which warm V8's compiled code up), with
 *     the growth from the cold heap and the growth without compiled code alongside;
 *     live ECharts instances against chart panels.
 * A benchmark, not a test: missed targets are reported (✗), the exit code is 0. It is 1 only
 * when the benchmark could not run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { checkDist, type BundleVerdict } from './check-bundle';
import { runInteractions, type InteractionResult } from './bench/interactions';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse';
import { formatTable, kB, mark, ms, percent } from './bench/table';
import { prerender } from './prerender';
import { DIST_DIR, startServer } from './serve-dist';
import { precacheServiceWorker } from './service-worker';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS_FILE = join(ROOT, 'bench-results.json');

/** Targets from issue 5. */
const TARGETS = {
  performance: 95,
  lcp: 1500,
  tbt: 150,
  cls: 0.02,
  score: 100,
  initialJs: 150_000,
  totalJs: 450_000,
  langMedian: 100,
  filterMedian: 50,
  /** "Stays at 60 fps": at least 55 frames a second while dragging. */
  brushFps: 55,
  heapPercent: 10,
} as const;

interface Row {
  section: string;
  metric: string;
  value: string;
  target: string;
  ok: boolean | null;
}

function log(line: string): void {
  console.log(line);
}

function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found: install Debian’s chromium, run `npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH.',
  );
}

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

async function prepareDist(skipBuild: boolean): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  if (skipBuild) {
    if (!existsSync(join(DIST_DIR, 'index.html'))) {
      throw new Error('--skip-build: dist/index.html is missing; run `npm run build` first.');
    }
    cpSync(DIST_DIR, out, { recursive: true });
    log(`Using a snapshot of dist/ (--skip-build).`);
    return out;
  }
  const started = Date.now();
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error('vite build failed');
  }
  await prerender(out);
  // As `npm run build` does: the worker's precache list, from the final files.
  await precacheServiceWorker(out);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return out;
}

function rowsFor(
  lh: LighthouseResult | null,
  runs: number,
  bundle: BundleVerdict,
  ix: InteractionResult,
): Row[] {
  const rows: Row[] = [];
  const add = (
    section: string,
    metric: string,
    value: string,
    target: string,
    ok: boolean | null,
  ) => rows.push({ section, metric, value, target, ok });

  if (lh) {
    const s = `Lighthouse, mobile, median of ${runs}`;
    const m = lh.median;
    add(
      s,
      'performance',
      String(m.performance),
      `≥ ${TARGETS.performance}`,
      m.performance >= TARGETS.performance,
    );
    add(s, 'LCP', ms(m.lcp), `≤ ${ms(TARGETS.lcp)}`, m.lcp <= TARGETS.lcp);
    add(s, 'TBT', ms(m.tbt), `≤ ${ms(TARGETS.tbt)}`, m.tbt <= TARGETS.tbt);
    add(s, 'CLS', m.cls.toFixed(3), `≤ ${TARGETS.cls}`, m.cls <= TARGETS.cls);
    add(s, 'FCP', ms(m.fcp), '', null);
    add(s, 'Speed Index', ms(m.speedIndex), '', null);
    add(s, 'accessibility', String(m.accessibility), '100', m.accessibility >= TARGETS.score);
    add(s, 'best practices', String(m.bestPractices), '100', m.bestPractices >= TARGETS.score);
    add(s, 'SEO', String(m.seo), '100', m.seo >= TARGETS.score);
  }

  const b = 'Bundle, gzip';
  for (const r of bundle.rows) {
    add(b, `${r.file}${r.initial ? ' (initial)' : ''}`, kB(r.gzip), '', null);
  }
  add(
    b,
    'initial JS',
    kB(bundle.initialJs),
    `≤ ${kB(TARGETS.initialJs, 0)}`,
    bundle.initialJs <= TARGETS.initialJs,
  );
  add(b, 'initial CSS', kB(bundle.initialCss), '', null);
  add(
    b,
    'total JS',
    kB(bundle.totalJs),
    `≤ ${kB(TARGETS.totalJs, 0)}`,
    bundle.totalJs <= TARGETS.totalJs,
  );

  const d = 'Desktop 1440×900, no throttling';
  const timing = (name: string, t: InteractionResult['lang'], target: number, tries: number) => {
    const fails = t.failures.length ? `, ${t.failures.length} timed out` : '';
    add(
      d,
      `${name} median (${t.n}/${tries}${fails})`,
      `${t.median.toFixed(1)} ms`,
      `≤ ${target} ms`,
      t.failures.length === 0 && t.median <= target,
    );
    add(d, `${name} p95`, `${t.p95.toFixed(1)} ms`, '', null);
  };
  const tries = ix.lang.n + ix.lang.failures.length;
  timing('language switch', ix.lang, TARGETS.langMedian, tries);
  timing(
    `filter click (${ix.filterLabel})`,
    ix.filter,
    TARGETS.filterMedian,
    ix.filter.n + ix.filter.failures.length,
  );
  const br = ix.brush;
  add(
    d,
    `timeline brush (longest frame ${Math.round(br.maxGap)} ms${br.rangeChanged ? '' : ', range unchanged!'})`,
    `${br.fps.toFixed(1)} fps`,
    `≈ 60 (≥ ${TARGETS.brushFps})`,
    br.rangeChanged && br.fps >= TARGETS.brushFps,
  );
  const mem = ix.memory;
  add(
    d,
    `JS heap after ${mem.langSwitches} switches + ${mem.filterChanges} filters (after warm-up)`,
    `${percent(mem.deltaPercent)} (${(mem.before / 1e6).toFixed(1)}→${(mem.after / 1e6).toFixed(1)} MB)`,
    `within ±${TARGETS.heapPercent}%`,
    Math.abs(mem.deltaPercent) <= TARGETS.heapPercent,
  );
  if (mem.withoutCode) {
    const w = mem.withoutCode;
    add(
      d,
      '  the same without compiled code (snapshots)',
      `${percent(w.deltaPercent)} (${(w.before / 1e6).toFixed(1)}→${(w.after / 1e6).toFixed(1)} MB)`,
      '',
      null,
    );
  }
  if (mem.code) {
    add(
      d,
      '  compiled code in the snapshots',
      `${(mem.code.before / 1e6).toFixed(2)}→${(mem.code.after / 1e6).toFixed(2)} MB`,
      '',
      null,
    );
  }
  add(
    d,
    '  the same from the cold heap, before the timed trials',
    `${percent(mem.coldDeltaPercent)} (${(mem.cold / 1e6).toFixed(1)}→${(mem.after / 1e6).toFixed(1)} MB)`,
    '',
    null,
  );
  for (const p of mem.panels) {
    const heap = p.heapInstances === null ? '' : `, ${p.heapInstances} in heap`;
    add(
      d,
      `ECharts instances / chart panels, ${p.state}`,
      `${p.domInstances} / ${p.chartPanels}${heap}`,
      'equal',
      p.domInstances === p.chartPanels &&
        (p.heapInstances === null || p.heapInstances === p.chartPanels),
    );
  }
  return rows;
}

function printTable(rows: Row[]): string {
  const lines: (string[] | string)[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      lines.push(r.section);
    }
    lines.push([`  ${r.metric}`, r.value, r.target, mark(r.ok)]);
  }
  return formatTable(['metric', 'value', 'target', ''], lines, ['left', 'right', 'left', 'left']);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      tries: { type: 'string', default: '21' },
      'skip-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const tries = Number(values.tries);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(tries) || tries < 2) throw new Error('--tries must be an integer ≥ 2');
  if (tries < 20) log(`Note: --tries ${tries} is under the 20 tries issue 5 asks for.`);

  const started = Date.now();
  const chromePath = chromiumPath();
  const dist = await prepareDist(values['skip-build']);
  const server = await startServer(0, dist);
  try {
    const bundle = checkDist(dist);
    let lh: LighthouseResult | null = null;
    if (!values['skip-lighthouse']) {
      log(`Lighthouse (${runs} runs, mobile) on ${server.url}/ …`);
      lh = await runLighthouse(`${server.url}/`, runs, chromePath, log);
    }
    log(`Interactions (${tries} tries each, desktop) …`);
    const ix = await runInteractions({ url: server.url, chromePath, tries, log });

    const rows = rowsFor(lh, runs, bundle, ix);
    const table = printTable(rows);
    log(`\n${table}\n`);
    if (lh && Object.keys(lh.failedAudits).length) {
      log(
        `Failed audits: ${Object.entries(lh.failedAudits)
          .map(([id, n]) => `${id} (${n}/${runs})`)
          .join(', ')}`,
      );
    }
    if (lh) {
      // Diagnostics from the run closest to the median performance score.
      const run =
        lh.runs.find((r) => r.performance === lh.median.performance) ?? lh.runs[0] ?? null;
      if (run) {
        log(
          `LCP element: ${run.lcpElement ?? "not in the final page (painted, then replaced: the pre-rendered first screen is swapped for React's identical one)"}`,
        );
        if (run.layoutShifts.length) {
          log(
            `Largest layout shifts: ${run.layoutShifts
              .map((x) => `${x.element} (${x.score.toFixed(3)})`)
              .join('; ')}`,
          );
        }
        log(
          `Main thread under Lighthouse: ${Object.entries(run.mainThread)
            .map(([k, v]) => `${k} ${v} ms`)
            .join(', ')}`,
        );
      }
    }
    if (ix.pageErrors.length) log(`Page errors: ${ix.pageErrors.join(' | ')}`);
    const missed = rows.filter((r) => r.ok === false).length;
    const elapsed = (Date.now() - started) / 1000;
    log(`${missed ? `${missed} target(s) missed` : 'Every target met'}; ${elapsed.toFixed(0)} s.`);

    const commit = git(['rev-parse', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts']);
    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          git: { commit, dirty: dirty !== '' },
          machine: {
            cpus: cpus().length,
            cpu: cpus()[0]?.model ?? '',
            node: process.version,
            chromium: lh?.chromiumVersion ?? null,
          },
          options: { runs, tries, skipBuild: values['skip-build'] },
          targets: TARGETS,
          rows,
          lighthouse: lh,
          bundle: {
            chunks: bundle.rows.map(({ file, raw, gzip, kind, initial }) => ({
              file,
              raw,
              gzip,
              kind,
              initial,
            })),
            initialJs: bundle.initialJs,
            initialCss: bundle.initialCss,
            totalJs: bundle.totalJs,
            totalCss: bundle.totalCss,
          },
          interactions: ix,
          seconds: elapsed,
        },
        null,
        2,
      )}\n`,
    );
    log(`Wrote ${RESULTS_FILE}.`);
    return 0;
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
