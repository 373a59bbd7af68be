import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isIndexFile,
  PROBLEM_LIMIT,
  runValidateData,
  USAGE,
  validateBytes,
  validateText,
} from './validate-data-lib';

const root = resolve(import.meta.dirname, '..');
const datasetText = readFileSync(resolve(root, 'data/ai-2026-04.json'), 'utf8');
const indexText = readFileSync(resolve(root, 'data/index.json'), 'utf8');
const dataset = JSON.parse(datasetText) as {
  figures: { unit: string; value: unknown }[];
  events: { date: unknown }[];
};

/** Run the command over an in-memory set of files. */
function run(args: string[], files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidateData(args, {
    readFile: (file) => {
      const content = files[file];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${file}'`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

describe('validateText', () => {
  it('accepts the dataset and counts its figures and events', () => {
    expect(validateText('data/ai-2026-04.json', datasetText)).toEqual({
      file: 'data/ai-2026-04.json',
      ok: true,
      lines: ['✓ data/ai-2026-04.json: 45 figures, 15 events, 13 panels'],
    });
  });

  it('checks a file named index.json as an index', () => {
    expect(isIndexFile('data/index.json')).toBe(true);
    expect(isIndexFile('index.json.bak')).toBe(false);
    expect(validateText('data/index.json', indexText).lines).toEqual([
      '✓ data/index.json: 1 report',
    ]);
    // The dataset is not an index, and the index is not a report.
    expect(validateText('data/index.json', datasetText).ok).toBe(false);
    expect(validateText('data/other.json', indexText).ok).toBe(false);
  });

  it('names each problem by its path', () => {
    const broken = structuredClone(dataset);
    broken.figures[3]!.unit = 'euros';
    broken.events[2]!.date = { precision: 'day', value: '2026-02-30' };
    const result = validateText('bad.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(result.lines[0]).toBe('✗ bad.json');
    expect(result.lines.slice(1).map((l) => l.split(':')[0])).toEqual([
      '  events[2].date.value',
      '  figures[3].unit',
    ]);
  });

  it(`lists at most ${PROBLEM_LIMIT} problems and says how many more there are`, () => {
    const broken = structuredClone(dataset);
    for (const f of broken.figures) {
      f.value = 'lots';
      f.unit = 'euros';
    }
    const total = broken.figures.length * 2;
    expect(total).toBeGreaterThan(PROBLEM_LIMIT);
    const result = validateText('bad.json', JSON.stringify(broken));
    expect(result.lines).toHaveLength(1 + PROBLEM_LIMIT + 1);
    expect(result.lines.at(-1)).toBe(`  … and ${total - PROBLEM_LIMIT} more problems`);
  });

  it('names the file itself for a problem at the top level', () => {
    const result = validateText('x.json', JSON.stringify({ ...dataset, extra: 1 }));
    expect(result.lines).toEqual(['✗ x.json', '  (file): Unrecognized key: "extra"']);
  });

  it.each([
    ['\uFEFF{}', /byte-order mark/],
    ['', /empty/],
    ['  \n', /empty/],
    ['{"schemaVersion": 1,', /not valid JSON/],
  ])('rejects %j clearly', (text, message) => {
    const result = validateText('x.json', text);
    expect(result.ok).toBe(false);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toMatch(message);
  });
});

describe('validateBytes', () => {
  it('keeps a UTF-8 byte-order mark so that it is rejected', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(indexText)]);
    expect(validateBytes('data/index.json', bytes).lines[1]).toMatch(/byte-order mark/);
  });

  it('rejects bytes that are not UTF-8', () => {
    const result = validateBytes('x.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(result.lines).toEqual(['✗ x.json', '  (file): not valid UTF-8']);
  });
});

describe('runValidateData', () => {
  it('exits 0 when every file is valid', () => {
    const { code, out, err } = run(['a/ai-2026-04.json', 'a/index.json'], {
      'a/ai-2026-04.json': datasetText,
      'a/index.json': indexText,
    });
    expect(code).toBe(0);
    expect(out).toEqual([
      '✓ a/ai-2026-04.json: 45 figures, 15 events, 13 panels',
      '✓ a/index.json: 1 report',
      '2 of 2 files valid',
    ]);
    expect(err).toEqual([]);
  });

  it('exits 1 when any file fails, and still checks the others', () => {
    const { code, out } = run(['empty.json', 'missing.json', 'ok.json'], {
      'empty.json': '',
      'ok.json': datasetText,
    });
    expect(code).toBe(1);
    expect(out).toEqual([
      '✗ empty.json',
      '  (file): not valid JSON: the file is empty',
      '✗ missing.json',
      "  (file): cannot read the file: ENOENT: no such file, open 'missing.json'",
      '✓ ok.json: 45 figures, 15 events, 13 panels',
      '1 of 3 files valid',
    ]);
  });

  it('exits 2 with the usage when no file is given', () => {
    const { code, out, err } = run([], {});
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([USAGE]);
  });

  it('exits 2 on an unknown option', () => {
    const { code, err } = run(['--fix', 'x.json'], {});
    expect(code).toBe(2);
    expect(err).toEqual(['unknown option: --fix', USAGE]);
  });

  it('prints the usage for --help', () => {
    expect(run(['--help'], {})).toEqual({ code: 0, out: [USAGE], err: [] });
  });

  it('reads real files by default', () => {
    const out: string[] = [];
    const code = runValidateData([resolve(root, 'data/index.json')], {
      readFile: (file) => readFileSync(file),
      out: (line) => out.push(line),
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^✓ .*index\.json: 1 report$/);
  });
});
