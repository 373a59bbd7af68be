/**
 * The corpus of broken report files (e2e/fixtures/bad-reports/, written by
 * e2e/fixtures/make-bad-reports.ts) through the same checks as `npm run validate-data`, and
 * through the app's own loader: each one is rejected with the expected kind and first path,
 * worded in English and in Chinese; the hostile-but-valid file loads.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../e2e/fixtures/make-bad-reports';
import { validateBytes } from '../../scripts/validate-data-lib';
import zhCommon from '../i18n/locales/zh-CN/common.json';
import { listRepoFiles, readRepoJson, repoPath } from '../test/repo';
import { decodeJsonBytes, describeIssues, parseWith, ReportLoadError } from './load-report';
import { reportSchema } from './schema';
import { readFileSync } from 'node:fs';

const DIR = 'e2e/fixtures/bad-reports';

interface Entry {
  file: string;
  kind: 'schema' | 'not-json' | 'valid';
  path?: string;
  description: string;
  texts?: string[];
}

const manifest = readRepoJson(`${DIR}/manifest.json`) as { files: Entry[] };
const entries = manifest.files;
const bytes = (file: string): Buffer => readFileSync(repoPath(`${DIR}/${file}`));
const text = (file: string): string => new TextDecoder().decode(bytes(file));

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

/** The app's loader, minus the fetch: decode the bytes, then parse with the report schema. */
function load(file: string): unknown {
  return parseWith(reportSchema, decodeJsonBytes(bytes(file), file), file);
}

function loadError(file: string): ReportLoadError {
  try {
    load(file);
  } catch (err) {
    if (err instanceof ReportLoadError) return err;
    throw err;
  }
  throw new Error(`${file} loaded`);
}

describe('the corpus', () => {
  it('has at least 28 broken files and one hostile valid file, each listed once', () => {
    const onDisk = listRepoFiles(DIR)
      .map((p) => p.slice(DIR.length + 1))
      .filter((f) => f !== 'manifest.json');
    expect(onDisk.sort()).toEqual(entries.map((e) => e.file).sort());
    expect(entries.filter((e) => e.kind !== 'valid').length).toBeGreaterThanOrEqual(28);
    expect(entries.filter((e) => e.kind === 'valid')).toHaveLength(1);
    for (const e of entries) {
      if (e.kind === 'schema') expect(typeof e.path, e.file).toBe('string');
      else expect(e.path, e.file).toBeUndefined();
    }
  });

  it('covers every kind of damage the issue lists', () => {
    const names = entries.map((e) => e.file).join(' ');
    for (const needle of [
      'missing-',
      'wrong-type-',
      'number-as-string',
      'infinity',
      'nan-',
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
      'empty.json',
      'utf8-bom',
      'latin1-byte',
      'html-in-text',
      'javascript-url',
      'data-url',
      'schema-version-2',
      'extra-top-level-key',
    ]) {
      expect(names, needle).toContain(needle);
    }
  });

  it('is exactly what e2e/fixtures/make-bad-reports.ts writes (no formatter touched it)', () => {
    for (const { file, content } of buildCorpus()) {
      const committed = bytes(file);
      expect(committed.length, file).toBe(content.length);
      expect(Buffer.compare(committed, content), `${file} differs: rerun the generator`).toBe(0);
    }
  });

  it('holds the sizes it claims', () => {
    expect(bytes('huge-text-5mb.json').length).toBeGreaterThan(5 * 1024 * 1024);
    expect(text('deep-nesting.json')).toContain('['.repeat(10_000));
    expect(text('infinity.json')).toContain('1e999');
    expect([...bytes('utf8-bom.json').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes('empty.json').length).toBe(0);
  });
});

describe.each(entries.filter((e) => e.kind === 'schema'))('$file ($description)', (entry) => {
  const expectedPath = entry.path ?? '';

  it(`npm run validate-data names ${expectedPath || ROOT} first`, () => {
    const result = validateBytes(entry.file, bytes(entry.file));
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe(`✗ ${entry.file}`);
    const first = firstProblem(result.lines);
    expect(first.path).toBe(expectedPath);
    expect(first.message).not.toMatch(/^not valid (JSON|UTF-8)/);
    expect(first.message.trim().length).toBeGreaterThan(0);
  });

  it('the app rejects it as a schema error, worded in English and Chinese', () => {
    const err = loadError(entry.file);
    expect(err.kind).toBe('schema');
    const issues = err.detail.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    expect(err.detail.problemCount).toBeGreaterThanOrEqual(issues.length);

    const [en] = describeIssues(issues, 5, 'en');
    const [zh] = describeIssues(issues, 5, 'zh');
    expect(en?.path).toBe(expectedPath);
    expect(zh?.path).toBe(expectedPath);
    expect(en?.message.trim()).not.toBe('');
    expect(en?.message).not.toMatch(CJK);
    expect(zh?.message).toMatch(CJK);
    // zod names the type it received from the issue's input: it must have been kept.
    if (!entry.file.startsWith('missing-')) {
      expect(en?.message).not.toContain('received undefined');
      expect(zh?.message).not.toMatch(/undefined/);
    }
  });
});

/** Reasons the loader gives itself (the rest are JSON.parse's own words). */
const REASONS: Record<string, RegExp> = {
  'empty.json': /^the file is empty$/,
  'whitespace-only.json': /^the file is empty$/,
  // The browser's response.text() would drop the mark; the loader decodes the bytes itself.
  'utf8-bom.json': /byte-order mark/,
  'latin1-byte.json': /^the file is not valid UTF-8$/,
};

describe.each(entries.filter((e) => e.kind === 'not-json'))('$file ($description)', (entry) => {
  it('npm run validate-data says it is not JSON', () => {
    const result = validateBytes(entry.file, bytes(entry.file));
    expect(result.ok).toBe(false);
    const first = firstProblem(result.lines);
    expect(first.path).toBe('');
    expect(first.message).toMatch(/^not valid (JSON: \S|UTF-8$)/);
  });

  it('the app rejects it as not JSON, with a reason for both languages', () => {
    const err = loadError(entry.file);
    expect(err.kind).toBe('not-json');
    const reason = err.detail.message ?? '';
    expect(reason.trim()).not.toBe('');
    const expected = REASONS[entry.file];
    if (expected) expect(reason).toMatch(expected);
    const zh = zhCommon.status.notJson
      .replace('{{file}}', entry.file)
      .replace('{{message}}', reason);
    expect(zh).toMatch(CJK);
    expect(zh).toContain(reason);
  });
});

describe.each(entries.filter((e) => e.kind === 'valid'))('$file ($description)', (entry) => {
  it('is a valid report for npm run validate-data', () => {
    const result = validateBytes(entry.file, bytes(entry.file));
    expect(result.lines).toEqual([`✓ ${entry.file}: 43 figures, 15 events`]);
    expect(result.ok).toBe(true);
  });

  it('loads in the app with its hostile text kept verbatim', () => {
    const report = reportSchema.parse(load(entry.file));
    const all = JSON.stringify(report);
    expect(entry.texts?.length).toBeGreaterThan(0);
    for (const t of entry.texts ?? []) expect(all).toContain(JSON.stringify(t).slice(1, -1));
    // Every reference URL is still http(s): hostile text never becomes a link target.
    for (const r of report.references) expect(r.url).toMatch(/^https?:\/\//);
  });
});
