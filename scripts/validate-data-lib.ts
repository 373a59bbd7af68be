/// <reference types="vite/client" />
// (src/data/load-report.ts reads import.meta.env inside a function; the reference above
// only gives the type checker of scripts/ its declaration.)
/**
 * Checking report files without the app (npm run validate-data -- FILE [FILE…]).
 * The same rules as the app: decodeJson (no BOM, not empty, real JSON), then the zod
 * schema, with referential integrity; data/index.json is checked as an index.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { describeIssues } from '../src/data/load-report';
import { checkVersion, decodeJson, ReportLoadError } from '../src/data/report-file';
import { reportIndexSchema, reportSchema, SCHEMA_VERSION } from '../src/data/schema';
import { wordsFor } from '../src/i18n/words';

/** The command speaks English, with the app's own words for every problem. */
const words = wordsFor('en');

/** How many problems are listed per file before "… and N more". */
export const PROBLEM_LIMIT = 50;

export const USAGE = 'usage: npm run validate-data -- FILE [FILE…]';

export interface FileResult {
  file: string;
  ok: boolean;
  /** What is printed for the file: a ✓ line, or a ✗ line followed by indented problems. */
  lines: string[];
}

/** What the command needs from the outside world, so tests can run it without spawning. */
export interface ValidateIo {
  readFile: (file: string) => Uint8Array;
  /** Results (✓ and ✗ lines alike, so they stay in order). */
  out: (line: string) => void;
  /** Usage errors. */
  err: (line: string) => void;
}

const ROOT_PATH = '(file)';

function failure(file: string, problems: { path: string; message: string }[], total: number) {
  const lines = [`✗ ${file}`];
  for (const p of problems) lines.push(`  ${p.path || ROOT_PATH}: ${p.message}`);
  if (total > problems.length) lines.push(`  … and ${total - problems.length} more problems`);
  return { file, ok: false, lines };
}

function schemaFailure(file: string, issues: readonly z.core.$ZodIssue[]): FileResult {
  return failure(file, describeIssues(issues, words.t, words.lang, PROBLEM_LIMIT), issues.length);
}

/** Is this file an index of reports rather than a report? */
export function isIndexFile(file: string): boolean {
  return basename(file) === 'index.json';
}

/** Validate a file's text (already decoded from UTF-8, a BOM kept as U+FEFF). */
export function validateText(file: string, text: string): FileResult {
  let data: unknown;
  try {
    data = decodeJson(text, file);
  } catch (err) {
    const message = err instanceof ReportLoadError ? (err.detail.message ?? err.kind) : String(err);
    return failure(file, [{ path: '', message: `not valid JSON: ${message}` }], 1);
  }
  if (isIndexFile(file)) {
    const result = reportIndexSchema.safeParse(data, { reportInput: true });
    if (!result.success) return schemaFailure(file, result.error.issues);
    const n = result.data.reports.length;
    return { file, ok: true, lines: [`✓ ${file}: ${n} ${n === 1 ? 'report' : 'reports'}`] };
  }
  try {
    checkVersion(data, file);
  } catch (err) {
    const found = err instanceof ReportLoadError ? (err.detail.found ?? '') : '';
    const message = words.t('status.version', { file, found, expected: SCHEMA_VERSION });
    return failure(file, [{ path: 'schemaVersion', message }], 1);
  }
  const result = reportSchema.safeParse(data, { reportInput: true });
  if (!result.success) return schemaFailure(file, result.error.issues);
  const { figures, events, panels } = result.data;
  return {
    file,
    ok: true,
    lines: [
      `✓ ${file}: ${figures.length} figures, ${events.length} events, ${panels.length} panels`,
    ],
  };
}

/** Validate a file's bytes: they must be UTF-8 (a BOM is kept, so decodeJson rejects it). */
export function validateBytes(file: string, bytes: Uint8Array): FileResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return failure(file, [{ path: '', message: 'not valid UTF-8' }], 1);
  }
  return validateText(file, text);
}

const nodeIo: ValidateIo = {
  readFile: (file) => readFileSync(file),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/**
 * Run the command on its arguments; returns the exit code: 0 when every file is valid,
 * 1 when any is not (or cannot be read), 2 on a usage error.
 */
export function runValidateData(args: readonly string[], io: ValidateIo = nodeIo): number {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  const unknownOption = args.find((a) => a.startsWith('-') && a !== '-');
  if (args.length === 0 || unknownOption !== undefined) {
    if (unknownOption !== undefined) io.err(`unknown option: ${unknownOption}`);
    io.err(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of args) {
    let result: FileResult;
    try {
      result = validateBytes(file, io.readFile(file));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      result = failure(file, [{ path: '', message: `cannot read the file: ${message}` }], 1);
    }
    for (const line of result.lines) io.out(line);
    if (!result.ok) failed += 1;
  }
  if (args.length > 1) io.out(`${args.length - failed} of ${args.length} files valid`);
  return failed ? 1 : 0;
}
