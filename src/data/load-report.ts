/**
 * Fetching and validating report files. The JSON lives in data/ and is fetched at
 * run time (never bundled); each file is parsed with the zod schema exactly once.
 * Query keys and options live here, beside the loader.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issueText, type IssueT } from './issue-text';
import { SCHEMA_VERSION } from './report-format';
import type { Report, ReportIndex } from './schema';

/**
 * The validator, loaded when the first file arrives: zod and the schema are a chunk of their
 * own (fetched beside the data, which the page preloads), not part of the first JavaScript.
 */
const loadSchema = () => import('./schema');

/** How long a single fetch may take before it is abandoned. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface SchemaProblem {
  /** A readable path such as `figures[3].value.low` ('' for the file itself). */
  path: string;
  message: string;
}

export type LoadErrorKind =
  'http' | 'network' | 'timeout' | 'not-json' | 'content-type' | 'schema' | 'version';

/** A failure to load a report file, with enough detail for a translated message. */
export class ReportLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly file: string,
    readonly detail: {
      status?: number;
      contentType?: string;
      message?: string;
      /** The format version the file declares, when it is not the one this app reads. */
      found?: string;
      problemCount?: number;
      /** The first raw issues, so the page can word them in the current language. */
      issues?: z.core.$ZodIssue[];
    } = {},
  ) {
    super(`${kind} loading ${file}${detail.message ? `: ${detail.message}` : ''}`);
    this.name = 'ReportLoadError';
  }
}

/** `['figures', 3, 'value']` → `figures[3].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turn zod issues into readable problems worded by `t` in `lang`, at most `limit` of them. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  t: IssueT,
  lang: string,
  limit = 5,
): SchemaProblem[] {
  return issues.slice(0, limit).map((issue) => ({
    path: formatPath(issue.path),
    message: issueText(issue, t, lang),
  }));
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
      message: 'the file starts with a byte-order mark (U+FEFF)',
    });
  }
  if (text.trim() === '') {
    throw new ReportLoadError('not-json', file, { message: 'the file is empty' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ReportLoadError('not-json', file, {
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
    throw new ReportLoadError('not-json', file, { message: 'the file is not valid UTF-8' });
  }
  return decodeJson(text, file);
}

function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(file), {
      signal: combined,
      headers: { accept: 'application/json' },
    });
  } catch (err) {
    if (timeout.aborted) throw new ReportLoadError('timeout', file);
    throw new ReportLoadError('network', file, {
      message: err instanceof Error ? err.message : String(err),
    });
  }
  if (!response.ok) throw new ReportLoadError('http', file, { status: response.status });
  const type = response.headers.get('content-type') ?? '';
  if (type && !/json/i.test(type)) {
    throw new ReportLoadError('content-type', file, { contentType: type.split(';')[0] ?? type });
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (err) {
    if (timeout.aborted) throw new ReportLoadError('timeout', file);
    throw new ReportLoadError('network', file, {
      message: err instanceof Error ? err.message : String(err),
    });
  }
  return decodeJsonBytes(bytes, file);
}

export const INDEX_FILE = 'index.json';

export async function fetchReportIndex(signal?: AbortSignal): Promise<ReportIndex> {
  const [{ reportIndexSchema }, data] = await Promise.all([
    loadSchema(),
    fetchJson(INDEX_FILE, signal),
  ]);
  return parseWith(reportIndexSchema, data, INDEX_FILE);
}

export async function fetchReport(file: string, signal?: AbortSignal): Promise<Report> {
  const [{ reportSchema }, data] = await Promise.all([loadSchema(), fetchJson(file, signal)]);
  checkVersion(data, file);
  return parseWith(reportSchema, data, file);
}

/** Schema errors will not fix themselves; network and server errors may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (
    error instanceof ReportLoadError &&
    ['schema', 'version', 'not-json', 'content-type'].includes(error.kind)
  ) {
    return false;
  }
  return failureCount < 1;
}

export const reportQueryKeys = {
  index: ['report-index'] as const,
  report: (file: string) => ['report', file] as const,
};

export const reportIndexQuery = queryOptions({
  queryKey: reportQueryKeys.index,
  queryFn: ({ signal }) => fetchReportIndex(signal),
  staleTime: Infinity,
  retry: shouldRetry,
});

export function reportQuery(file: string) {
  return queryOptions({
    queryKey: reportQueryKeys.report(file),
    queryFn: ({ signal }) => fetchReport(file, signal),
    staleTime: Infinity,
    retry: shouldRetry,
  });
}

/** The newest report in the index (by month), or the one `id` names when it exists. */
export function pickReport(
  index: ReportIndex,
  id: string | null,
): { entry: ReportIndex['reports'][number]; unknownId: string | null } {
  const sorted = [...index.reports].sort((a, b) => b.month.value.localeCompare(a.month.value));
  const newest = sorted[0] ?? index.reports[0];
  if (!newest) throw new Error('the report index is empty');
  if (id === null) return { entry: newest, unknownId: null };
  const found = index.reports.find((r) => r.id === id);
  return found ? { entry: found, unknownId: null } : { entry: newest, unknownId: id };
}

/**
 * Loads the index and the report `id` names (else the newest) into `client`'s cache: what
 * `useReport` then reads without a loading state. Failures are left for `useReport` to show.
 */
export async function preloadReport(client: QueryClient, id: string | null): Promise<void> {
  const index = await client.fetchQuery(reportIndexQuery);
  await client.fetchQuery(reportQuery(pickReport(index, id).entry.file));
}
