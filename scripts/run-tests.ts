/**
 * `npm test`: everything a change must pass, with the time each part took.
 *
 *   - The build, then its bundle budget check, first: the end-to-end tests need the build.
 *   - The end-to-end tests, as soon as the build has passed.
 *   - ESLint, Prettier, the type check and the unit tests, from the start, at the lowest CPU
 *     priority (nice 19): they need no build, and they run in the time the build and the
 *     browser tests leave the processor idle (a test waits for frames, chunks and downloads
 *     much of its time). Measured on 2 cores: 214.4 s with these checks first and the browser
 *     tests after; 201.7 s alongside at nice 10; 193.0 s at nice 19.
 *
 * Each part's output is printed as a block when it ends (parts that run together would
 * otherwise interleave their lines); the end-to-end tests stream theirs. A part that fails
 * fails the run; the end-to-end tests do not start if the build failed. The last lines are a
 * table of the parts' wall-clock times.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

interface Part {
  name: string;
  /** npm scripts run one after the other. */
  scripts: string[];
  /** Run at a lower CPU priority: work that fills the time the others leave idle. */
  background?: boolean;
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  /** Not run, because a part it needs failed. */
  skipped?: boolean;
}

const BUILD: Part = { name: 'build, bundle check', scripts: ['build', 'check:bundle'] };
const E2E: Part = { name: 'e2e', scripts: ['test:e2e'] };
const CHECKS: Part[] = [
  { name: 'lint (ESLint)', scripts: ['lint:code'], background: true },
  { name: 'lint (Prettier)', scripts: ['lint:format'], background: true },
  { name: 'typecheck', scripts: ['typecheck'], background: true },
  { name: 'unit', scripts: ['test:unit'], background: true },
];
/** The niceness of background parts: the lowest priority there is (0 is normal). */
const BACKGROUND_NICENESS = 19;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Run one npm script; its output is collected (or streamed), with stderr kept in order. */
function runScript(
  script: string,
  stream: boolean,
  background: boolean,
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
    // Set before npm has started the script's processes, which inherit it.
    if (background && child.pid !== undefined) {
      try {
        setPriority(child.pid, BACKGROUND_NICENESS);
      } catch {
        // Not permitted here: the part runs at normal priority, only the timing changes.
      }
    }
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (err) => resolve({ ok: false, output: String(err) }));
    child.on('close', (code) =>
      resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

async function runPart(part: Part, stream = false): Promise<Outcome> {
  const started = performance.now();
  let ok = true;
  let output = '';
  for (const script of part.scripts) {
    if (stream) console.log(`\n── ${part.name}: npm run ${script}\n`);
    const result = await runScript(script, stream, part.background === true);
    output += result.output;
    if (!result.ok) {
      ok = false;
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (!stream) {
    console.log(
      `\n── ${part.name} (${part.scripts.join(' → ')}): ${ok ? 'ok' : 'FAILED'}, ${seconds.toFixed(1)} s\n`,
    );
    if (output.trim()) console.log(output.trimEnd());
  }
  return { name: part.name, ok, seconds };
}

function table(outcomes: Outcome[], total: number): string {
  const width = Math.max(...outcomes.map((o) => o.name.length), 'total'.length);
  const rows = outcomes.map((o) => {
    const status = o.skipped ? 'not run' : o.ok ? 'ok' : 'FAILED';
    return `  ${o.name.padEnd(width)}  ${o.seconds.toFixed(1).padStart(6)} s  ${status}`;
  });
  return [...rows, `  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`].join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  console.log(
    `At once: ${BUILD.name}, then ${E2E.name}; in the background: ${CHECKS.map((p) => p.name).join(', ')}`,
  );
  const checks = Promise.all(CHECKS.map((part) => runPart(part)));
  const build = await runPart(BUILD);
  const e2e: Outcome = build.ok
    ? await runPart(E2E, true)
    : { name: E2E.name, ok: false, seconds: 0, skipped: true };
  const outcomes = [...(await checks), build, e2e];
  const total = (performance.now() - started) / 1000;

  console.log('\nWall-clock times:');
  console.log(table(outcomes, total));
  const bad = outcomes.filter((o) => !o.ok && !o.skipped).map((o) => o.name);
  if (bad.length > 0 || e2e.skipped) {
    console.log(
      `\nFailed: ${bad.join(', ')}${e2e.skipped ? ' (end-to-end tests not run: the build failed)' : ''}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
