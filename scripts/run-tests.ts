/**
 * `npm test`: everything a change must pass, in two stages, with the time each part took.
 *
 *   1. at once: ESLint, Prettier, the type check, the unit tests, and the build followed by the
 *      bundle budget check. They do not depend on each other, and most are single-threaded:
 *      one after the other they leave a core of the machine idle most of the time.
 *   2. the end-to-end tests, against the build of stage 1.
 *
 * Each part's output is printed as a block when it ends (parts that run together would
 * otherwise interleave their lines); stage 2 streams. A part that fails fails the run, and
 * stage 2 does not start. The last lines are a table of the parts' wall-clock times.
 */
import { spawn } from 'node:child_process';

interface Part {
  name: string;
  /** npm scripts run one after the other. */
  scripts: string[];
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
}

const STAGE_1: Part[] = [
  { name: 'lint (ESLint)', scripts: ['lint:code'] },
  { name: 'lint (Prettier)', scripts: ['lint:format'] },
  { name: 'typecheck', scripts: ['typecheck'] },
  { name: 'unit', scripts: ['test:unit'] },
  { name: 'build, bundle check', scripts: ['build', 'check:bundle'] },
];
const STAGE_2: Part = { name: 'e2e', scripts: ['test:e2e'] };

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Run one npm script; its output is collected (or streamed), with stderr kept in order. */
function runScript(script: string, stream: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    });
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
    const result = await runScript(script, stream);
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
  const rows = outcomes.map(
    (o) =>
      `  ${o.name.padEnd(width)}  ${o.seconds.toFixed(1).padStart(6)} s  ${o.ok ? 'ok' : 'FAILED'}`,
  );
  return [...rows, `  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`].join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  console.log(`Stage 1, at once: ${STAGE_1.map((p) => p.name).join(', ')}`);
  const stage1Started = performance.now();
  const outcomes = await Promise.all(STAGE_1.map((part) => runPart(part)));
  const stage1 = (performance.now() - stage1Started) / 1000;
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) outcomes.push(await runPart(STAGE_2, true));
  const total = (performance.now() - started) / 1000;

  console.log(`\nWall-clock times (stage 1 took ${stage1.toFixed(1)} s in all):`);
  console.log(table(outcomes, total));
  const bad = outcomes.filter((o) => !o.ok).map((o) => o.name);
  if (bad.length > 0) {
    console.log(
      `\nFailed: ${bad.join(', ')}${failed.length > 0 ? ' (end-to-end tests not run)' : ''}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
