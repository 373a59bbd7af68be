import { afterEach, describe, expect, it, vi } from 'vitest';
import { wordsFor } from '../i18n/words';
import { readRepoFile } from '../test/repo';
import {
  describeIssues,
  fetchReport,
  fetchReportIndex,
  FETCH_TIMEOUT_MS,
  INDEX_FILE,
  pickReport,
} from './load-report';
import { decodeJson, parseWith, ReportLoadError } from './report-file';
import { reportSchema, type ReportIndex } from './schema';
import { answerRequest, type ValidateRequest } from './validate-file';

const datasetText = readRepoFile('data/ai-2026-04.json');
const indexText = readRepoFile('data/index.json');

/** Run `fn` and return the ReportLoadError it throws (failing when it throws anything else). */
async function loadError(fn: () => unknown): Promise<ReportLoadError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ReportLoadError);
    return err as ReportLoadError;
  }
  throw new Error('expected a ReportLoadError, but nothing was thrown');
}

describe('decodeJson', () => {
  it('decodes JSON', () => {
    expect(decodeJson('{"a":[1,2]}', 'x.json')).toEqual({ a: [1, 2] });
    expect(decodeJson('  \n[]\n', 'x.json')).toEqual([]);
  });

  it('rejects a byte-order mark, saying so', async () => {
    const err = await loadError(() => decodeJson('\uFEFF{}', 'bom.json'));
    expect(err.kind).toBe('not-json');
    expect(err.file).toBe('bom.json');
    expect(err.detail.message).toMatch(/byte-order mark/);
  });

  it.each(['', '   \n\t'])('rejects an empty file (%j)', async (text) => {
    const err = await loadError(() => decodeJson(text, 'empty.json'));
    expect(err.kind).toBe('not-json');
    expect(err.detail.message).toBe('the file is empty');
  });

  it.each(['<!doctype html><html></html>', '{"a":', "{'a':1}", 'NaN', '{"a":1}}'])(
    'rejects junk: %s',
    async (text) => {
      const err = await loadError(() => decodeJson(text, 'junk.json'));
      expect(err.kind).toBe('not-json');
      expect(err.detail.message).toEqual(expect.any(String));
      expect(err.message).toContain('junk.json');
    },
  );
});

/** A load error's problems, worded in English as the page would. */
function problemsOf(err: ReportLoadError) {
  return describeIssues(err.detail.issues ?? [], wordsFor('en').t, 'en');
}

describe('parseWith', () => {
  const data = JSON.parse(datasetText) as { figures: { value: unknown; unit: unknown }[] };

  it('returns the parsed data when it is valid', () => {
    expect(parseWith(reportSchema, data, 'r.json').figures.length).toBe(data.figures.length);
  });

  it('names the paths of the first five problems and counts them all', async () => {
    const broken = structuredClone(data);
    broken.figures.slice(0, 7).forEach((f) => {
      f.unit = 'euros';
    });
    const err = await loadError(() => parseWith(reportSchema, broken, 'r.json'));
    expect(err.kind).toBe('schema');
    expect(err.file).toBe('r.json');
    expect(err.detail.problemCount).toBe(7);
    expect(problemsOf(err).map((p) => p.path)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `figures[${i}].unit`),
    );
  });

  it('names the file itself with an empty path', async () => {
    const err = await loadError(() => parseWith(reportSchema, [], 'r.json'));
    expect(problemsOf(err)).toEqual([{ path: '', message: expect.any(String) as string }]);
  });
});

describe('describeIssues', () => {
  it('keeps at most `limit` problems', () => {
    const result = reportSchema.safeParse({});
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.length).toBeGreaterThan(3);
    const t = wordsFor('en').t;
    expect(describeIssues(result.error.issues, t, 'en', 3)).toHaveLength(3);
    expect(describeIssues(result.error.issues, t, 'en')).toHaveLength(5);
  });
});

describe('pickReport', () => {
  const entry = (id: string, month: string): ReportIndex['reports'][number] => ({
    id,
    file: `${id}.json`,
    month: { precision: 'month', value: month },
    title: { zh: id, en: id },
  });
  // Deliberately not in date order.
  const index: ReportIndex = {
    reports: [
      entry('ai-2026-03', '2026-03'),
      entry('ai-2026-04', '2026-04'),
      entry('ai-2025-12', '2025-12'),
    ],
  };

  it('opens the newest report by month when no id is given', () => {
    expect(pickReport(index, null)).toEqual({ entry: index.reports[1], unknownId: null });
  });

  it('opens the report the id names', () => {
    expect(pickReport(index, 'ai-2025-12')).toEqual({ entry: index.reports[2], unknownId: null });
  });

  it('falls back to the newest and reports an unknown id', () => {
    expect(pickReport(index, 'ai-1999-01')).toEqual({
      entry: index.reports[1],
      unknownId: 'ai-1999-01',
    });
  });

  it('refuses an empty index', () => {
    expect(() => pickReport({ reports: [] }, null)).toThrow(/empty/);
  });
});

describe('fetchReport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const stubFetch = (impl: (url: string, init?: RequestInit) => Promise<Response>) => {
    const fetchMock = vi.fn(impl);
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };
  const json = (body: string, status = 200, type = 'application/json; charset=utf-8') =>
    new Response(body, { status, headers: { 'content-type': type } });

  it('loads and validates a report', async () => {
    const fetchMock = stubFetch(() => Promise.resolve(json(datasetText)));
    const report = await fetchReport('ai-2026-04.json');
    expect(report.report.id).toBe('ai-2026-04');
    expect(report.events).toHaveLength(15);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toMatch(/(^|\/)data\/ai-2026-04\.json$/);
    expect(init?.headers).toEqual({ accept: 'application/json' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('loads the index', async () => {
    stubFetch(() => Promise.resolve(json(indexText)));
    const index = await fetchReportIndex();
    expect(index.reports.map((r) => r.file)).toEqual(['ai-2026-04.json']);
  });

  it('accepts a response without a content type', async () => {
    // A byte body, unlike a string body, gets no implicit text/plain type.
    const body = new TextEncoder().encode(indexText);
    stubFetch(() => Promise.resolve(new Response(body, { status: 200 })));
    await expect(fetchReportIndex()).resolves.toBeDefined();
  });

  it('reports an HTTP error with its status', async () => {
    stubFetch(() => Promise.resolve(json('oops', 500, 'text/plain')));
    const err = await loadError(() => fetchReport('ai-2026-04.json'));
    expect(err.kind).toBe('http');
    expect(err.detail.status).toBe(500);
    expect(err.file).toBe('ai-2026-04.json');
  });

  it('reports a 404 as an HTTP error', async () => {
    stubFetch(() => Promise.resolve(new Response(null, { status: 404 })));
    const err = await loadError(() => fetchReport('missing.json'));
    expect([err.kind, err.detail.status]).toEqual(['http', 404]);
  });

  it('reports a failed request as a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const err = await loadError(() => fetchReport('ai-2026-04.json'));
    expect(err.kind).toBe('network');
    expect(err.detail.message).toBe('Failed to fetch');
  });

  it('reports an HTML page served instead of JSON', async () => {
    stubFetch(() => Promise.resolve(json('<!doctype html>', 200, 'text/html; charset=utf-8')));
    const err = await loadError(() => fetchReport('ai-2026-04.json'));
    expect(err.kind).toBe('content-type');
    expect(err.detail.contentType).toBe('text/html');
  });

  it('reports a truncated body as not JSON', async () => {
    stubFetch(() => Promise.resolve(json(datasetText.slice(0, 5000))));
    const err = await loadError(() => fetchReport('ai-2026-04.json'));
    expect(err.kind).toBe('not-json');
  });

  it('reports a body that is valid JSON but not a report', async () => {
    stubFetch(() => Promise.resolve(json(indexText)));
    const err = await loadError(() => fetchReport('ai-2026-04.json'));
    expect(err.kind).toBe('schema');
    expect(err.detail.problemCount).toBeGreaterThan(0);
    expect(problemsOf(err)[0]?.path).toEqual(expect.any(String));
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    // AbortSignal.timeout runs on the platform's own clock; give it the fake one.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController();
      setTimeout(() => {
        controller.abort(new DOMException('signal timed out', 'TimeoutError'));
      }, ms);
      return controller.signal;
    });
    stubFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    const pending = loadError(() => fetchReport('ai-2026-04.json'));
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS + 10);
    expect((await pending).kind).toBe('timeout');
  });

  it('reports a caller’s abort as a network error, not a timeout', async () => {
    stubFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    const controller = new AbortController();
    const pending = loadError(() => fetchReport('ai-2026-04.json', controller.signal));
    controller.abort();
    expect((await pending).kind).toBe('network');
  });
});

describe('the validation worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** A worker that answers as validate-worker.ts does, through structured clones. */
  class AnsweringWorker extends EventTarget {
    static requests: ValidateRequest[] = [];
    postMessage(request: ValidateRequest): void {
      AnsweringWorker.requests.push(request);
      const answer = structuredClone(answerRequest(structuredClone(request)));
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: answer })));
    }
    terminate(): void {}
  }

  /** A worker whose script failed to load: it never answers, and says so with an error. */
  class BrokenWorker extends EventTarget {
    postMessage(): void {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
    }
    terminate(): void {}
  }

  /** A fresh load-report module (its worker is made once per page) with `worker` as Worker. */
  async function withWorker(worker: new () => EventTarget) {
    vi.stubGlobal('Worker', worker);
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(
        new Response(url.endsWith(INDEX_FILE) ? indexText : datasetText, {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    vi.resetModules();
    return import('./load-report');
  }

  it('checks the files in the worker, in the order asked, and reads its answers', async () => {
    AnsweringWorker.requests = [];
    const loader = await withWorker(AnsweringWorker);
    const [index, report] = await Promise.all([
      loader.fetchReportIndex(),
      loader.fetchReport('ai-2026-04.json'),
    ]);
    expect(index.reports).toHaveLength(1);
    expect(report.events).toHaveLength(15);
    expect(AnsweringWorker.requests.map((r) => [r.kind, r.file])).toEqual([
      ['index', INDEX_FILE],
      ['report', 'ai-2026-04.json'],
    ]);
  });

  it('turns the worker’s refusal back into a load error the page can word', async () => {
    const loader = await withWorker(AnsweringWorker);
    const broken = datasetText.replace('"id": "ai-2026-04"', '"id": 42');
    expect(broken).not.toBe(datasetText);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(broken, { headers: { 'content-type': 'application/json' } })),
    );
    const err = await loader.fetchReport('ai-2026-04.json').then(
      () => null,
      (e: unknown) => e as ReportLoadError,
    );
    expect(err?.name).toBe('ReportLoadError');
    expect(err?.kind).toBe('schema');
    const [first] = describeIssues(err?.detail.issues ?? [], wordsFor('en').t, 'en');
    expect(first?.path).toBe('report.id');
    // zod words the type it received from the input, which crossed the clone as a stand-in.
    expect(first?.message).toMatch(/expected string, received number/);
  });

  it('checks the files on the page when the worker does not answer in time', async () => {
    class SilentWorker extends EventTarget {
      postMessage(): void {}
      terminate(): void {}
    }
    const loader = await withWorker(SilentWorker);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let report: { report: { id: string } } | null = null;
      const done = loader.fetchReport('ai-2026-04.json').then((r) => (report = r));
      await vi.advanceTimersByTimeAsync(loader.WORKER_WAIT_MS - 100);
      expect(report).toBeNull();
      await vi.advanceTimersByTimeAsync(200);
      await done;
      expect(report!.report.id).toBe('ai-2026-04');
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks the files on the page when the worker’s script fails to load', async () => {
    const loader = await withWorker(BrokenWorker);
    const report = await loader.fetchReport('ai-2026-04.json');
    expect(report.report.id).toBe('ai-2026-04');
    // Later files go straight to the page's own check.
    await expect(loader.fetchReportIndex()).resolves.toBeDefined();
  });
});
