/**
 * A report file's bytes as the app reads them: decoded, parsed, version-checked and
 * validated, or refused with a ReportLoadError that says why. Free of zod's code (the schema
 * is handed in), so the page, the validation worker and `npm run validate-data` share it.
 */
import type { z } from 'zod';
import { SCHEMA_VERSION } from './report-format';

export type LoadErrorKind =
  'http' | 'network' | 'timeout' | 'not-json' | 'content-type' | 'schema' | 'version';

/** Why a file is not JSON, for a translated message (`syntax`: the parser's own words). */
export type NotJsonReason = 'bom' | 'empty' | 'utf8' | 'syntax';

/** What a load error knows beyond its kind and file (all of it structured-cloneable). */
export interface LoadErrorDetail {
  status?: number;
  /** Set with `not-json`; `message` keeps the English wording (the parser's, for `syntax`). */
  reason?: NotJsonReason;
  contentType?: string;
  message?: string;
  /** The format version the file declares, when it is not the one this app reads. */
  found?: string;
  problemCount?: number;
  /** The first raw issues, so the page can word them in the current language. */
  issues?: z.core.$ZodIssue[];
}

/** A failure to load a report file, with enough detail for a translated message. */
export class ReportLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly file: string,
    readonly detail: LoadErrorDetail = {},
  ) {
    super(`${kind} loading ${file}${detail.message ? `: ${detail.message}` : ''}`);
    this.name = 'ReportLoadError';
  }
}

/**
 * A file of another format version is refused by name before its fields are read: a
 * report written for an older dashboard would otherwise fail on dozens of fields at once.
 */
export function checkVersion(data: unknown, file: string): void {
  const version =
    data !== null && typeof data === 'object' && 'schemaVersion' in data
      ? data.schemaVersion
      : undefined;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new ReportLoadError('version', file, { found: String(version) });
  }
}

/** Parse already-decoded JSON with a schema, throwing a ReportLoadError that names paths. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  // Keep each issue's input: zod's locales name the type received from it, so without it
  // describeIssues says "expected number, received undefined" for a string.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new ReportLoadError('schema', file, {
    problemCount: result.error.issues.length,
    issues: result.error.issues.slice(0, 5),
  });
}

/** Decode a response body as JSON, rejecting a BOM-prefixed or non-JSON body clearly. */
export function decodeJson(text: string, file: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) {
    throw new ReportLoadError('not-json', file, {
      reason: 'bom',
      message: 'the file starts with a byte-order mark (U+FEFF)',
    });
  }
  if (text.trim() === '') {
    throw new ReportLoadError('not-json', file, {
      reason: 'empty',
      message: 'the file is empty',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ReportLoadError('not-json', file, {
      reason: 'syntax',
      message: err instanceof Error ? err.message : String(err),
    });
  }
}

/**
 * Decode a response body's bytes as UTF-8, then as JSON. The bytes are decoded here rather
 * than with `response.text()`, which silently drops a byte-order mark and turns invalid UTF-8
 * into U+FFFD: the page then accepted files that `npm run validate-data` rejects.
 */
export function decodeJsonBytes(bytes: ArrayBuffer | Uint8Array, file: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReportLoadError('not-json', file, {
      reason: 'utf8',
      message: 'the file is not valid UTF-8',
    });
  }
  return decodeJson(text, file);
}
