/**
 * A fetched report file or index, from bytes to checked data, with the zod schema. The page
 * runs this in the validation worker (validate-worker.ts), so zod's code and the parse stay
 * off the page's thread; without a worker the page imports this module itself.
 */
import type { z } from 'zod';
import {
  checkVersion,
  decodeJsonBytes,
  parseWith,
  ReportLoadError,
  type LoadErrorDetail,
  type LoadErrorKind,
} from './report-file';
import { reportIndexSchema, reportSchema, type Report, type ReportIndex } from './schema';

/** Which schema a file is checked against. */
export type FileKind = 'index' | 'report';

/** What each kind of file becomes once checked. */
export interface Checked {
  index: ReportIndex;
  report: Report;
}

/** Decode, parse and check one file; throws a ReportLoadError naming what is wrong. */
export function validateFile<K extends FileKind>(
  kind: K,
  bytes: ArrayBuffer | Uint8Array,
  file: string,
): Checked[K] {
  const data = decodeJsonBytes(bytes, file);
  if (kind === 'index') return parseWith(reportIndexSchema, data, file) as Checked[K];
  checkVersion(data, file);
  return parseWith(reportSchema, data, file) as Checked[K];
}

/** A file for the validation worker to check (the bytes are copied, not transferred). */
export interface ValidateRequest {
  id: number;
  kind: FileKind;
  file: string;
  bytes: ArrayBuffer;
}

/** The worker's answer: the checked data, a load error's parts, or a bug's message. */
export type ValidateAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { kind: LoadErrorKind; file: string; detail: LoadErrorDetail } }
  | { id: number; ok: false; bug: string };

/**
 * The answer to one request, ready for `postMessage`: a ReportLoadError travels as its parts
 * (a class does not survive the structured clone), its zod issues made plain data.
 */
export function answerRequest(request: ValidateRequest): ValidateAnswer {
  const { id, kind, file, bytes } = request;
  try {
    return { id, ok: true, value: validateFile(kind, bytes, file) };
  } catch (err) {
    if (err instanceof ReportLoadError) {
      const detail = err.detail.issues
        ? { ...err.detail, issues: plainIssues(err.detail.issues) }
        : err.detail;
      return { id, ok: false, error: { kind: err.kind, file: err.file, detail } };
    }
    return { id, ok: false, bug: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Zod issues as data that survives a structured clone and stays small: each issue's input
 * (the wording reads only its type) becomes a stand-in of the same type, since an input can
 * be a 5 MB text or arrays nested 10,000 deep, which the clone cannot copy.
 */
function plainIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.map((issue) => {
    const plain: Record<string, unknown> = { ...issue, input: standIn(issue.input) };
    for (const key of ['errors', 'issues'] as const) {
      const nested = (issue as unknown as Record<string, unknown>)[key];
      if (Array.isArray(nested)) {
        plain[key] = nested.map((item) =>
          Array.isArray(item)
            ? plainIssues(item as z.core.$ZodIssue[])
            : plainIssues([item as z.core.$ZodIssue])[0],
        );
      }
    }
    return plain as unknown as z.core.$ZodIssue;
  });
}

/** A value of the same type as `input` for zod's wording: short texts and numbers as they are. */
function standIn(input: unknown): unknown {
  if (Array.isArray(input)) return [];
  if (input instanceof Date) return new Date(input.getTime());
  if (input !== null && typeof input === 'object') return {};
  if (typeof input === 'string' && input.length > 200) return input.slice(0, 200);
  if (typeof input === 'function' || typeof input === 'symbol') return String(input);
  return input;
}
