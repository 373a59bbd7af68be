/**
 * Broken report files (src/test/bad-reports.ts: each one change to the real report, made in
 * memory) through the same checks as `npm run validate-data`, and through the app's own
 * loader as the validation worker runs it (its answer through a structured clone, as
 * `postMessage` sends it): each one is rejected with the expected kind and first path,
 * worded in English and in Chinese; the hostile-but-valid file loads.
 */
import { describe, expect, it } from 'vitest';
import { validateBytes } from '../../scripts/validate-data-lib';
import {
  badReport,
  badReports,
  HUGE_TEXT_LENGTH,
  NESTING_DEPTH,
  reportText,
  type BadReport,
} from '../test/bad-reports';
import { describeIssues, fromAnswer } from './load-report';
import { ReportLoadError, type NotJsonReason } from './report-file';
import { answerRequest } from './validate-file';
import { wordsFor } from '../i18n/words';
import { SCHEMA_VERSION } from './report-format';
import { reportSchema } from './schema';

const entries = badReports();
const bytes = (name: string): Uint8Array => badReport(name).bytes();
const text = (name: string): string => new TextDecoder().decode(bytes(name));
/** The file name the loader and the validator are told (it appears in their messages). */
const fileOf = (entry: BadReport): string => `${entry.name}.json`;

const CJK = /[\u4e00-\u9fff]/;
/** What the validator prints for the file itself instead of a path. */
const ROOT = '(file)';

/** The validator's first problem line, `  path: message`, split. */
function firstProblem(lines: string[]): { path: string; message: string } {
  const line = lines[1];
  if (line === undefined) throw new Error(`no problem listed in ${lines.join('\n')}`);
  const m = /^ {2}(.*?): ([\s\S]+)$/.exec(line);
  if (!m) throw new Error(`not a problem line: ${line}`);
  const path = m[1] ?? '';
  return { path: path === ROOT ? '' : path, message: m[2] ?? '' };
}

/**
 * The app's loader, minus the fetch: the validation worker's answer to the file's bytes,
 * cloned as a message is, then read by the page.
 */
function load(entry: BadReport): unknown {
  const request = {
    id: 1,
    kind: 'report' as const,
    file: fileOf(entry),
    bytes: entry.bytes().slice().buffer,
  };
  return fromAnswer(structuredClone(answerRequest(request)));
}

function loadError(entry: BadReport): ReportLoadError {
  try {
    load(entry);
  } catch (err) {
    if (err instanceof ReportLoadError) return err;
    throw err;
  }
  throw new Error(`${entry.name} loaded`);
}

describe('the cases', () => {
  it('has at least 28 broken files and one hostile valid file, each named once', () => {
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entries.filter((e) => e.kind !== 'valid').length).toBeGreaterThanOrEqual(28);
    expect(entries.filter((e) => e.kind === 'valid')).toHaveLength(1);
    for (const e of entries) {
      if (e.kind === 'schema') expect(typeof e.path, e.name).toBe('string');
      else expect(e.path, e.name).toBeUndefined();
    }
  });

  it('covers every kind of damage the issue lists', () => {
    const names = entries.map((e) => e.name).join(' ');
    for (const needle of [
      'missing-',
      'wrong-type-',
      'number-as-string',
      'infinity',
      'nan-string',
      'nan-literal',
      'negative-',
      'range-low-above-high',
      'unknown-category-id',
      'duplicate-',
      'dangling-',
      'empty-events',
      'unknown-qualifier',
      'unknown-unit',
      'malformed-date',
      'impossible-date',
      'missing-language',
      'huge-text-5mb',
      'deep-nesting',
      'not-json',
      'empty',
      'utf8-bom',
      'latin1-byte',
      'truncated',
      'trailing-comma',
      'proto-key',
      'html-in-text',
      'javascript-url',
      'data-url',
      'schema-version-next',
      'extra-top-level-key',
    ]) {
      expect(names, needle).toContain(needle);
    }
  });

  it('start from a report that is valid: each failure comes from the case’s own change', () => {
    const real = new TextEncoder().encode(reportText());
    expect(validateBytes('ai-2026-04.json', real).ok).toBe(true);
    const same = (a: Uint8Array): boolean =>
      a.length === real.length && a.every((byte, i) => byte === real[i]);
    for (const entry of entries)
      expect(same(entry.bytes()), `${entry.name} changes it`).toBe(false);
  });

  it('hold the sizes and bytes they claim', () => {
    expect(bytes('huge-text-5mb').length).toBeGreaterThan(HUGE_TEXT_LENGTH);
    expect(text('deep-nesting')).toContain('['.repeat(NESTING_DEPTH));
    expect(text('infinity')).toContain('1e999');
    expect(text('nan-literal')).toMatch(/: NaN\b/);
    expect([...bytes('utf8-bom').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes('latin1-byte')).toContain(0xe9);
    expect(bytes('empty').length).toBe(0);
    expect(text('proto-key')).toContain('"__proto__"');
  });
});

/** A file of the next format version: the loader refuses it by its version, before its fields. */
const NEXT_VERSION = 'schema-version-next';

describe(NEXT_VERSION, () => {
  it('the app refuses it by name, as a file of another version', () => {
    const err = loadError(badReport(NEXT_VERSION));
    expect(err.kind).toBe('version');
    expect(err.detail.found).toBe(String(SCHEMA_VERSION + 1));
  });
});

describe.each(entries.filter((e) => e.kind === 'schema'))('$name ($description)', (entry) => {
  const expectedPath = entry.path ?? '';
  const file = fileOf(entry);

  it(`npm run validate-data names ${expectedPath || ROOT} first`, () => {
    const result = validateBytes(file, entry.bytes());
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(`✗ ${file}`);
    const first = firstProblem(result.lines);
    expect(first.path).toBe(expectedPath);
    expect(first.message).not.toMatch(/^not valid (JSON|UTF-8)/);
    expect(first.message.trim().length).toBeGreaterThan(0);
  });

  // The next version is refused before its fields are read (its own test above).
  it.skipIf(entry.name === NEXT_VERSION)(
    'the app rejects it as a schema error, worded in English and Chinese',
    () => {
      const err = loadError(entry);
      expect(err.kind).toBe('schema');
      const issues = err.detail.issues ?? [];
      expect(issues.length).toBeGreaterThan(0);
      expect(err.detail.problemCount).toBeGreaterThanOrEqual(issues.length);

      const [en] = describeIssues(issues, wordsFor('en').t, 'en');
      const [zh] = describeIssues(issues, wordsFor('zh').t, 'zh');
      expect(en?.path).toBe(expectedPath);
      expect(zh?.path).toBe(expectedPath);
      expect(en?.message.trim()).not.toBe('');
      expect(en?.message).not.toMatch(CJK);
      expect(zh?.message).toMatch(CJK);
      // zod names the type it received from the issue's input: it must have been kept.
      if (!entry.name.startsWith('missing-')) {
        expect(en?.message).not.toContain('received undefined');
        expect(zh?.message).not.toMatch(/undefined/);
      }
    },
  );
});

/** Reasons the loader gives itself (the rest, `syntax`, quote the JSON parser's own words). */
const REASONS: Record<string, NotJsonReason> = {
  empty: 'empty',
  'whitespace-only': 'empty',
  // The browser's response.text() would drop the mark; the loader decodes the bytes itself.
  'utf8-bom': 'bom',
  'latin1-byte': 'utf8',
};

describe.each(entries.filter((e) => e.kind === 'not-json'))('$name ($description)', (entry) => {
  const file = fileOf(entry);

  it('npm run validate-data says it is not JSON', () => {
    const result = validateBytes(file, entry.bytes());
    expect(result.ok).toBe(false);
    const first = firstProblem(result.lines);
    expect(first.path).toBe('');
    expect(first.message).toMatch(/^not valid (JSON: \S|UTF-8$)/);
  });

  it('the app rejects it as not JSON, with a reason worded in both languages', () => {
    const err = loadError(entry);
    expect(err.kind).toBe('not-json');
    const reason = err.detail.reason;
    expect(reason).toBe(REASONS[entry.name] ?? 'syntax');
    expect(err.detail.message?.trim()).not.toBe('');
    if (reason && reason !== 'syntax') {
      // The English words are the loader's own; the Chinese ones hold no English.
      expect(wordsFor('en').t(`status.notJsonReason.${reason}`)).toBe(err.detail.message);
      const zh = wordsFor('zh').t(`status.notJsonReason.${reason}`);
      expect(zh).toMatch(CJK);
      expect(zh).not.toMatch(/\b(the|file|is|not|valid|starts)\b/);
    } else {
      // The parser's message is quoted, inside a Chinese sentence.
      const zh = wordsFor('zh').t('status.notJsonParser', { message: err.detail.message });
      expect(zh).toMatch(CJK);
      expect(zh).toContain(err.detail.message);
    }
  });
});

describe.each(entries.filter((e) => e.kind === 'valid'))('$name ($description)', (entry) => {
  const file = fileOf(entry);

  it('is a valid report for npm run validate-data', () => {
    const result = validateBytes(file, entry.bytes());
    const r = reportSchema.parse(load(entry));
    expect(result.lines).toEqual([
      `✓ ${file}: ${r.figures.length} figures, ${r.events.length} events, ${r.panels.length} panels`,
    ]);
    expect(result.ok).toBe(true);
  });

  it('loads in the app with its hostile text kept verbatim', () => {
    const report = reportSchema.parse(load(entry));
    const all = JSON.stringify(report);
    expect(entry.texts?.length).toBeGreaterThan(0);
    for (const t of entry.texts ?? []) expect(all).toContain(JSON.stringify(t).slice(1, -1));
    // Every reference URL is still http(s): hostile text never becomes a link target.
    for (const r of report.references) expect(r.url).toMatch(/^https?:\/\//);
  });
});
