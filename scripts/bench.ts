/**
 * npm run bench -- [--runs N] [--tries N] [--skip-build] [--skip-lighthouse] [--skip-phone]
 *                  [--cpu-slowdown N] [--phone-scale N]
 *
 * Builds (into a private folder, so a concurrent `npm run build` cannot swap files mid-run;
 * --skip-build takes a snapshot of dist/ instead), writes a ~1 kB static "floor" page with
 * the same headline beside it, serves both with gzip on 127.0.0.1, and prints one table, also
 * written to bench-results.json:
 *   - Lighthouse, default mobile emulation, --runs (3) rounds of the app and the floor page
 *     side by side, and the ratio of their median LCPs;
 *   - gzip size of every JS and CSS chunk and of the initial set;
 *   - interactions by the Event Timing API, --tries (21) tries each: desktop 1440×900
 *     unthrottled (language switch, organisation filter at the top and after scrolling
 *     through), and the 390×844 phone layout with the CPU slowed --cpu-slowdown (4) times
 *     (language switch, a chip in the filter sheet, a tap on a bar);
 *   - hover sweeps across two charts' marks, by the Long Animation Frames API;
 *   - timeline brush frame rate; JS heap after 50 language switches and 50 filter changes;
 *     live ECharts instances against chart panels;
 *   - the host's load average at the start and the end (the machine may be shared).
 * A benchmark, not a test: missed targets are reported (✗), the exit code is 0. It is 1 only
 * when the benchmark could not run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDist, type BundleVerdict } from './check-bundle';
import { chromiumPath } from './chromium';
import { writeFloorPage } from './bench/floor';
import { runInteractions } from './bench/interactions';
import { runSideBySide, type SideBySide } from './bench/lighthouse';
import { describeLongFrames } from './bench/sweep';
import { printTable, TARGETS, tableRows, type Measured, type Row } from './bench/rows';
import { prerender } from './prerender';
import { DIST_DIR, startServer } from './serve-dist';
import { precacheServiceWorker } from './service-worker';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS_FILE = join(ROOT, 'bench-results.json');
/** A 1-minute load average above this on the 2-core machine makes the timings incomparable. */
const BUSY_LOAD = 2.5;

interface Options {
  runs: number;
  tries: number;
  skipBuild: boolean;
  skipLighthouse: boolean;
  skipPhone: boolean;
  cpuSlowdown: number;
  phoneScale: number;
}

function log(line: string): void {
  console.log(line);
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      tries: { type: 'string', default: '21' },
      'skip-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-phone': { type: 'boolean', default: false },
      'cpu-slowdown': { type: 'string', default: '4' },
      'phone-scale': { type: 'string', default: '3' },
    },
  });
  const o: Options = {
    runs: Number(values.runs),
    tries: Number(values.tries),
    skipBuild: values['skip-build'],
    skipLighthouse: values['skip-lighthouse'],
    skipPhone: values['skip-phone'],
    cpuSlowdown: Number(values['cpu-slowdown']),
    phoneScale: Number(values['phone-scale']),
  };
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(o.tries) || o.tries < 2) throw new Error('--tries must be an integer ≥ 2');
  if (!(o.cpuSlowdown >= 1)) throw new Error('--cpu-slowdown must be a number ≥ 1');
  if (!(o.phoneScale > 0)) throw new Error('--phone-scale must be a positive number');
  return o;
}

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

async function buildInto(out: string): Promise<void> {
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
}

/** A private copy of the build: made now, or a snapshot of dist/ (--skip-build). */
async function prepareDist(skipBuild: boolean): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  if (!skipBuild) {
    const started = Date.now();
    await buildInto(out);
    log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } else if (existsSync(join(DIST_DIR, 'index.html'))) {
    cpSync(DIST_DIR, out, { recursive: true });
    log(`Using a snapshot of dist/ (--skip-build).`);
  } else {
    throw new Error('--skip-build: dist/index.html is missing; run `npm run build` first.');
  }
  return out;
}

type Load = [number, number, number];

function loadNow(): Load {
  const [a = 0, b = 0, c = 0] = loadavg();
  return [a, b, c];
}

function loadText(l: readonly number[]): string {
  return l.map((x) => x.toFixed(2)).join(' / ');
}

/** What Lighthouse saw in the app's run closest to the median score, and in the floor's. */
function lighthouseNotes(lh: SideBySide, runs: number): string[] {
  const lines: string[] = [];
  const app = lh.app;
  const failed = Object.entries(app.failedAudits).map(([id, n]) => `${id} (${n}/${runs})`);
  if (failed.length) lines.push(`Failed audits: ${failed.join(', ')}`);
  const run = app.runs.find((r) => r.performance === app.median.performance) ?? app.runs[0];
  if (run) {
    lines.push(
      `LCP element: ${run.lcpElement ?? "not in the final page (painted, then replaced: the pre-rendered first screen is swapped for React's identical one)"}`,
    );
    const shifts = run.layoutShifts.map((x) => `${x.element} (${x.score.toFixed(3)})`);
    if (shifts.length) lines.push(`Largest layout shifts: ${shifts.join('; ')}`);
    const thread = Object.entries(run.mainThread).map(([k, v]) => `${k} ${v} ms`);
    lines.push(`Main thread under Lighthouse: ${thread.join(', ')}`);
  }
  const floorRun = lh.floor.runs[0];
  if (floorRun) lines.push(`Floor page LCP element: ${floorRun.lcpElement ?? '?'}`);
  return lines;
}

function notes(m: Measured, runs: number): string[] {
  const ix = m.interactions;
  return [
    ...(m.lighthouse ? lighthouseNotes(m.lighthouse, runs) : []),
    ...ix.desktop.sweeps.flatMap((sw) => describeLongFrames(sw)),
    ...(ix.pageErrors.length
      ? [`Page errors: ${ix.pageErrors.map((e) => e.split('\n')[0]).join(' | ')}`]
      : []),
  ];
}

function bundleJson(bundle: BundleVerdict) {
  return {
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
  };
}

function writeResults(
  m: Measured,
  rows: Row[],
  options: Options,
  load: { start: Load; end: Load },
  seconds: number,
): void {
  const dirty = git(['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts']);
  const results = {
    date: new Date().toISOString(),
    git: { commit: git(['rev-parse', 'HEAD']), dirty: dirty !== '' },
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      node: process.version,
      chromium: m.lighthouse?.app.chromiumVersion ?? null,
      loadAverage: load,
    },
    options,
    targets: TARGETS,
    rows,
    floor: m.floor,
    lighthouse: m.lighthouse,
    bundle: bundleJson(m.bundle),
    interactions: m.interactions,
    seconds,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${RESULTS_FILE}.`);
}

/** Build, serve, and measure; the measurements. */
async function measure(o: Options, chromePath: string): Promise<Measured> {
  const dist = await prepareDist(o.skipBuild);
  const floor = writeFloorPage(dist);
  const server = await startServer(0, dist);
  try {
    let lighthouse: SideBySide | null = null;
    if (!o.skipLighthouse) {
      log(
        `Lighthouse (mobile), ${o.runs} rounds of the app (${server.url}/) and the ${floor.bytes} B ` +
          `static floor (${floor.path}), alternating …`,
      );
      const floorUrl = `${server.url}${floor.path}`;
      lighthouse = await runSideBySide(`${server.url}/`, floorUrl, o.runs, chromePath, log);
    }
    log(`Interactions (${o.tries} tries each) …`);
    const phone = o.skipPhone ? null : { cpuSlowdown: o.cpuSlowdown, scale: o.phoneScale };
    const interactions = await runInteractions({
      url: server.url,
      chromePath,
      tries: o.tries,
      log,
      phone,
    });
    return { lighthouse, floor, runs: o.runs, bundle: checkDist(dist), interactions };
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const o = parseOptions();
  if (o.tries < 21) log(`Note: --tries ${o.tries} is under the 21 tries the targets are set for.`);
  const started = Date.now();
  const start = loadNow();
  const cores = cpus().length;
  log(`Host load average (1 / 5 / 15 min) at the start: ${loadText(start)} on ${cores} cores.`);
  const m = await measure(o, chromiumPath());
  const end = loadNow();
  const rows = tableRows(m);
  log(`\n${printTable(rows)}\n`);
  log(
    `Host load average (1 / 5 / 15 min): ${loadText(start)} at the start, ` +
      `${loadText(end)} at the end (${cores} cores).`,
  );
  if (Math.max(start[0], end[0]) > BUSY_LOAD) {
    log(
      `The host was busy (1-minute load above ${BUSY_LOAD}): the timings are inflated; ` +
        'run again on a quiet machine before comparing them.',
    );
  }
  for (const line of notes(m, o.runs)) log(line);
  const missed = rows.filter((r) => r.ok === false).length;
  const elapsed = (Date.now() - started) / 1000;
  log(`${missed ? `${missed} target(s) missed` : 'Every target met'}; ${elapsed.toFixed(0)} s.`);
  writeResults(m, rows, o, { start, end }, elapsed);
  return 0;
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
