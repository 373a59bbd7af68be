/**
 * Fetching and validating report files. The JSON lives in data/ and is fetched at
 * run time (never bundled); each file is parsed with the zod schema exactly once, in the
 * validation worker (validate-worker.ts) where the browser has workers.
 * Query keys and options live here, beside the loader.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issueText, type IssueT } from './issue-text';
import { ReportLoadError } from './report-file';
import type { Report, ReportIndex } from './schema';
import type { Checked, FileKind, ValidateAnswer, ValidateRequest } from './validate-file';

/** How long a single fetch may take before it is abandoned. */
export const FETCH_TIMEOUT_MS = 15_000;

export interface SchemaProblem {
  /** A readable path such as `figures[3].value.low` ('' for the file itself). */
  path: string;
  message: string;
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

function dataUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** A file's bytes, once the response is known to be a JSON file (HTTP and type checked). */
async function fetchBytes(file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
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
  return bytes;
}

/** The answer's data, or the load error (or bug) it carries, thrown. */
export function fromAnswer(answer: ValidateAnswer): unknown {
  if (answer.ok) return answer.value;
  if ('bug' in answer) throw new Error(answer.bug);
  const { kind, file, detail } = answer.error;
  throw new ReportLoadError(kind, file, detail);
}

type Validate = <K extends FileKind>(
  kind: K,
  bytes: ArrayBuffer,
  file: string,
) => Promise<Checked[K]>;

/** On the page's thread: zod and the schema load as a chunk of their own, on first use. */
const validateHere: Validate = async (kind, bytes, file) =>
  (await import('./validate-file')).validateFile(kind, bytes, file);

/**
 * How long a file may wait for the worker's answer before the page checks it itself: the
 * worker answers in tens of milliseconds once its script has arrived, so a longer wait means
 * its script is stalled (a dropped connection, a proxy that holds it).
 */
export const WORKER_WAIT_MS = 5_000;

/**
 * The validation worker, one for the page, started with the first fetch so that it loads
 * while the file downloads. Where workers are missing (tests in jsdom), or its script fails
 * to load or does not answer within WORKER_WAIT_MS, files are checked on the page's thread
 * instead, from then on: the bytes are copied to the worker, not transferred, so a request
 * it never answered can still be checked here.
 */
function startWorker(): Validate {
  if (typeof Worker !== 'function') return validateHere;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'report-validator',
    });
  } catch {
    return validateHere;
  }
  let broken = false;
  let lastId = 0;
  const pending = new Map<
    number,
    {
      request: ValidateRequest;
      resolve: (value: unknown) => void;
      reject: (e: unknown) => void;
      timer: ReturnType<typeof setTimeout>;
    }
  >();
  /** Gives up on the worker: what it holds, and every later file, is checked here. */
  const giveUp = (): void => {
    broken = true;
    worker.terminate();
    for (const { request, resolve, reject, timer } of pending.values()) {
      clearTimeout(timer);
      validateHere(request.kind, request.bytes, request.file).then(resolve, reject);
    }
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<ValidateAnswer>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    clearTimeout(waiting.timer);
    try {
      waiting.resolve(fromAnswer(event.data));
    } catch (err) {
      waiting.reject(err);
    }
  });
  // The worker's script did not load or run.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    giveUp();
  });
  return (kind, bytes, file) => {
    if (broken) return validateHere(kind, bytes, file);
    lastId += 1;
    const request: ValidateRequest = { id: lastId, kind, file, bytes };
    return new Promise((resolve, reject) => {
      pending.set(request.id, {
        request,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(giveUp, WORKER_WAIT_MS),
      });
      worker.postMessage(request);
    });
  };
}

let validator: Validate | null = null;

/** The page's validator, its worker started on first use (it loads while a file downloads). */
function pageValidator(): Validate {
  validator ??= startWorker();
  return validator;
}

export const INDEX_FILE = 'index.json';

export async function fetchReportIndex(signal?: AbortSignal): Promise<ReportIndex> {
  const validate = pageValidator();
  return validate('index', await fetchBytes(INDEX_FILE, signal), INDEX_FILE);
}

export async function fetchReport(file: string, signal?: AbortSignal): Promise<Report> {
  const validate = pageValidator();
  return validate('report', await fetchBytes(file, signal), file);
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
