/// <reference types="node" />
/**
 * Broken (and hostile but valid) report files, made in memory from the real report
 * (data/ai-2026-04.json): each case is one change to a structuredClone of it, or to its text
 * or bytes. Unit tests run every case through the loader and `npm run validate-data`
 * (src/data/bad-reports.test.ts); end-to-end tests serve a few in place of the report
 * (e2e/bad-data.spec.ts). Nothing is written to disk.
 *
 * Every case changes one thing, so the first problem the validator reports is known in advance
 * (`path`, in the loader's `figures[3].value.low` notation; '' is the file itself). The records
 * a case changes are found by what they are (the first range value, the first derived figure),
 * not by their place in today's file, and the path is worked out from where they were found.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SCHEMA_VERSION } from '../data/report-format';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = readonly (string | number)[];

/** What the loader must answer: 'schema' and 'not-json' are errors, 'valid' loads. */
export type BadReportKind = 'schema' | 'not-json' | 'valid';

export interface BadReport {
  /** A short kebab-case name, also the file name the unit tests hand the loader. */
  name: string;
  kind: BadReportKind;
  /** The first problem's path ('' = the file itself); schema cases only. */
  path?: string;
  description: string;
  /** Hostile strings the page must show as literal text; valid cases only. */
  texts?: string[];
  /** The file's bytes: the real report with this case's one change (do not change them). */
  bytes: () => Uint8Array;
}

/** The report every case starts from. */
export const REPORT_SOURCE = 'data/ai-2026-04.json';

/** Deep enough to be junk, shallow enough that JSON.parse (V8, iterative) still reads it. */
export const NESTING_DEPTH = 10_000;
/** Over the schema's 4000-character cap by three orders of magnitude. */
export const HUGE_TEXT_LENGTH = 5 * 1024 * 1024;

/** The hostile strings of the valid case; the e2e test looks for them as text. */
const HOSTILE = {
  imgTitle: '<img src=x onerror=alert(1)>',
  scriptLabel: '<script>alert(1)</script> Gemini 3.1 Ultra context window',
  linkTitle: '<a href="javascript:alert(1)">click me</a>',
  boldName: '<b onmouseover=alert(1)>Google</b>',
  javascriptText: 'javascript:alert(1)',
} as const;

/** Strings JSON.stringify cannot write, swapped in as raw text after it has run. */
const RAW = {
  infinity: ['"__BAD_REPORT_INFINITY__"', '1e999'],
  nan: ['"__BAD_REPORT_NAN__"', 'NaN'],
  deep: ['"__BAD_REPORT_DEEP__"', '['.repeat(NESTING_DEPTH) + ']'.repeat(NESTING_DEPTH)],
} as const;
const rawValue = (kind: keyof typeof RAW): string => RAW[kind][0].slice(1, -1);
/** Where the Latin-1 case puts its byte (a placeholder that JSON keeps as it is). */
const LATIN1_MARK = '__BAD_REPORT_LATIN1__';

let realText: string | undefined;
let realReport: JsonObject | undefined;

/** The real report's text, read once. */
export function reportText(): string {
  realText ??= readFileSync(resolve(import.meta.dirname, '../..', REPORT_SOURCE), 'utf8');
  return realText;
}

/** A fresh structuredClone of the real report, parsed once. */
export function reportClone(): JsonObject {
  realReport ??= JSON.parse(reportText()) as JsonObject;
  return structuredClone(realReport);
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function list(report: JsonObject, key: string): JsonObject[] {
  const value = report[key];
  if (!Array.isArray(value)) throw new Error(`${REPORT_SOURCE} has no list "${key}"`);
  return value as JsonObject[];
}

/** The index of the first item of a top-level list that `test` accepts (throws when none). */
function find(key: string, what: string, test: (item: JsonObject) => boolean): number {
  const index = list(reportClone(), key).findIndex(test);
  if (index < 0) throw new Error(`${REPORT_SOURCE} has no ${what} in "${key}"`);
  return index;
}

const objectAt = (item: JsonObject, key: string): JsonObject => (item[key] ?? {}) as JsonObject;

/** The records the cases change, found by what they are. */
const at = {
  pointFigure: () =>
    find('figures', 'figure with a point value', (f) => objectAt(f, 'value').kind === 'point'),
  rangeFigure: () =>
    find('figures', 'figure with a range value', (f) => objectAt(f, 'value').kind === 'range'),
  derivedFigure: () =>
    find('figures', 'derived figure', (f) => Array.isArray(objectAt(f, 'derived').inputs)),
  event: () => 0,
};

function container(root: Json, path: Path): JsonObject | Json[] {
  let node: Json = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') throw new Error(`no ${path.join('.')}`);
    node = Array.isArray(node) ? (node[part as number] ?? null) : (node[part] ?? null);
  }
  if (node === null || typeof node !== 'object') throw new Error(`no ${path.join('.')}`);
  return node;
}

function get(root: Json, path: Path): Json {
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1];
  const value = Array.isArray(parent) ? parent[key as number] : parent[key as string];
  if (value === undefined) throw new Error(`${REPORT_SOURCE} has no ${path.join('.')}`);
  return value;
}

/** Set a value in a place that exists (a missing parent throws: the case would test nothing). */
function set(root: Json, path: Path, value: Json): void {
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent[key as number] = value;
  else parent[key as string] = value;
}

/** Write a number as the string of its digits. */
function stringify(root: Json, path: Path): void {
  const value = get(root, path);
  if (typeof value !== 'number') throw new Error(`${path.join('.')} is not a number`);
  set(root, path, String(value));
}

function remove(root: Json, path: Path): void {
  get(root, path);
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key as string];
}

/** The real report with one change, as file text (two-space JSON, as the data files are). */
function mutated(change: (report: JsonObject) => void): string {
  const report = reportClone();
  change(report);
  let text = `${JSON.stringify(report, null, 2)}\n`;
  for (const [placeholder, raw] of Object.values(RAW)) text = text.replace(placeholder, raw);
  return text;
}

/** A case that parses but breaks the report format, first at `path()`. */
function schemaCase(
  name: string,
  path: () => string,
  description: string,
  change: (report: JsonObject) => void,
): () => BadReport {
  return () => ({
    name,
    kind: 'schema',
    path: path(),
    description,
    bytes: () => encode(mutated(change)),
  });
}

/** A case the loader cannot decode as JSON. */
function notJsonCase(
  name: string,
  description: string,
  content: () => string | Uint8Array,
): () => BadReport {
  return () => ({
    name,
    kind: 'not-json',
    description,
    bytes: () => {
      const c = content();
      return typeof c === 'string' ? encode(c) : c;
    },
  });
}

const figure = (pick: () => number, ...rest: Path): Path => ['figures', pick(), ...rest];
const event = (...rest: Path): Path => ['events', at.event(), ...rest];
const figurePath =
  (pick: () => number, rest: string): (() => string) =>
  () =>
    `figures[${pick()}]${rest}`;
const eventPath = (rest: string) => () => `events[${at.event()}]${rest}`;
const fixed = (path: string) => () => path;

const CASES: (() => BadReport)[] = [
  // Missing fields.
  schemaCase('missing-schema-version', fixed('schemaVersion'), 'no schemaVersion', (r) =>
    remove(r, ['schemaVersion']),
  ),
  schemaCase('missing-report-meta', fixed('report'), 'no report metadata block', (r) =>
    remove(r, ['report']),
  ),
  schemaCase(
    'missing-figure-value',
    figurePath(at.pointFigure, '.value'),
    'a figure without a value',
    (r) => remove(r, figure(at.pointFigure, 'value')),
  ),
  schemaCase('missing-event-category', eventPath('.category'), 'an event without a category', (r) =>
    remove(r, event('category')),
  ),
  schemaCase(
    'missing-language',
    eventPath('.title.en'),
    'a bilingual title with only its Chinese',
    (r) => remove(r, event('title', 'en')),
  ),
  // Wrong types.
  schemaCase(
    'wrong-type-threads-object',
    fixed('threads'),
    'threads is an object, not a list',
    (r) => set(r, ['threads'], {}),
  ),
  schemaCase(
    'wrong-type-boolean-as-string',
    eventPath('.threadsFromAbstract'),
    'a boolean written as "yes"',
    (r) => set(r, event('threadsFromAbstract'), 'yes'),
  ),
  schemaCase(
    'wrong-type-name-as-string',
    fixed('organisations[0].name'),
    'a bilingual name given as a plain string',
    (r) => set(r, ['organisations', 0, 'name'], 'Google'),
  ),
  schemaCase(
    'wrong-type-section-fraction',
    figurePath(at.pointFigure, '.provenance.section'),
    'a section number that is not an integer',
    (r) => set(r, figure(at.pointFigure, 'provenance', 'section'), 1.5),
  ),
  schemaCase(
    'number-as-string',
    figurePath(at.pointFigure, '.value.value'),
    'a value written as a string of digits',
    (r) => stringify(r, figure(at.pointFigure, 'value', 'value')),
  ),
  schemaCase(
    'range-bound-as-string',
    figurePath(at.rangeFigure, '.value.high'),
    'a range bound written as a string',
    (r) => stringify(r, figure(at.rangeFigure, 'value', 'high')),
  ),
  // Numbers JSON cannot hold, and impossible ones.
  schemaCase(
    'infinity',
    figurePath(at.pointFigure, '.value.value'),
    'a value of 1e999, which JSON.parse reads as Infinity',
    (r) => set(r, figure(at.pointFigure, 'value', 'value'), rawValue('infinity')),
  ),
  schemaCase('nan-string', figurePath(at.pointFigure, '.value.value'), 'a value of "NaN"', (r) =>
    set(r, figure(at.pointFigure, 'value', 'value'), 'NaN'),
  ),
  notJsonCase('nan-literal', 'a bare NaN, which JSON does not have', () =>
    mutated((r) => set(r, figure(at.pointFigure, 'value', 'value'), rawValue('nan'))),
  ),
  schemaCase(
    'negative-value',
    figurePath(at.pointFigure, '.value.value'),
    'a negative value',
    (r) => set(r, figure(at.pointFigure, 'value', 'value'), -2_000_000),
  ),
  schemaCase(
    'negative-range-low',
    figurePath(at.rangeFigure, '.value.low'),
    'a range starting below zero',
    (r) => set(r, figure(at.rangeFigure, 'value', 'low'), -18),
  ),
  schemaCase(
    'range-low-above-high',
    figurePath(at.rangeFigure, '.value.low'),
    'a range whose low is above its high',
    (r) => {
      const high = get(r, figure(at.rangeFigure, 'value', 'high')) as number;
      set(r, figure(at.rangeFigure, 'value', 'low'), high * 2 + 1);
    },
  ),
  schemaCase(
    'range-without-range-qualifier',
    figurePath(at.rangeFigure, '.qualifier'),
    'a range value with the qualifier "about"',
    (r) => set(r, figure(at.rangeFigure, 'qualifier'), 'about'),
  ),
  // Ids and references.
  schemaCase(
    'malformed-id',
    fixed('organisations[0].id'),
    'an id that is not a kebab-case slug',
    (r) => set(r, ['organisations', 0, 'id'], 'Google Inc!'),
  ),
  schemaCase(
    'unknown-category-id',
    eventPath('.category'),
    'an event in a category the report does not define',
    (r) => set(r, event('category'), 'no-such-category'),
  ),
  schemaCase(
    'unknown-thread-id',
    eventPath('.threads[0]'),
    'an event on a thread the report does not define',
    (r) => set(r, event('threads', 0), 'no-such-thread'),
  ),
  schemaCase(
    'duplicate-thread-id',
    () => `threads[${list(reportClone(), 'threads').length}].id`,
    'the first thread listed twice',
    (r) => {
      const threads = list(r, 'threads');
      threads.push(structuredClone(threads[0] ?? {}));
    },
  ),
  schemaCase('duplicate-figure-id', fixed('figures[1].id'), 'two figures with one id', (r) =>
    set(r, ['figures', 1, 'id'], get(r, ['figures', 0, 'id'])),
  ),
  schemaCase(
    'dangling-reference',
    figurePath(at.pointFigure, '.provenance.references[0]'),
    'a figure citing a reference that does not exist',
    (r) => set(r, figure(at.pointFigure, 'provenance', 'references'), ['ref-999']),
  ),
  schemaCase(
    'dangling-figure-event',
    figurePath(at.pointFigure, '.event'),
    'a figure belonging to an event that does not exist',
    (r) => set(r, figure(at.pointFigure, 'event'), 'no-such-event'),
  ),
  schemaCase(
    'dangling-derivation-input',
    figurePath(at.derivedFigure, '.derived.inputs[0]'),
    'a figure derived from a figure that does not exist',
    (r) => set(r, figure(at.derivedFigure, 'derived', 'inputs', 0), 'no-such-figure'),
  ),
  // Empty lists.
  schemaCase('empty-events', fixed('events'), 'no events at all', (r) => set(r, ['events'], [])),
  schemaCase('empty-threads', fixed('threads'), 'no threads at all', (r) =>
    set(r, ['threads'], []),
  ),
  schemaCase(
    'empty-event-organisations',
    eventPath('.organisations'),
    'an event naming no organisation',
    (r) => set(r, event('organisations'), []),
  ),
  // Unknown enumerations.
  schemaCase(
    'unknown-qualifier',
    figurePath(at.pointFigure, '.qualifier'),
    'qualifier "roughly"',
    (r) => set(r, figure(at.pointFigure, 'qualifier'), 'roughly'),
  ),
  schemaCase('unknown-unit', figurePath(at.pointFigure, '.unit'), 'unit "furlongs"', (r) =>
    set(r, figure(at.pointFigure, 'unit'), 'furlongs'),
  ),
  // Dates.
  schemaCase('malformed-date', eventPath('.date.value'), 'a month written 2026/04', (r) =>
    set(r, event('date'), { precision: 'month', value: '2026/04' }),
  ),
  schemaCase(
    'impossible-date',
    eventPath('.date.value'),
    '30 February 2026 at day precision',
    (r) => set(r, event('date'), { precision: 'day', value: '2026-02-30' }),
  ),
  schemaCase(
    'unknown-date-precision',
    eventPath('.date.precision'),
    'a date precision of "week"',
    (r) => set(r, event('date', 'precision'), 'week'),
  ),
  // Text.
  schemaCase('blank-text', eventPath('.title.zh'), 'a title of spaces only', (r) =>
    set(r, event('title', 'zh'), '   '),
  ),
  schemaCase(
    'huge-text-5mb',
    eventPath('.summary.en'),
    'a 5 MB summary (the cap is 4000 characters)',
    (r) => set(r, event('summary', 'en'), 'A'.repeat(HUGE_TEXT_LENGTH)),
  ),
  schemaCase(
    'deep-nesting',
    eventPath('.summary.en'),
    `${NESTING_DEPTH} nested arrays where a summary should be`,
    (r) => set(r, event('summary', 'en'), rawValue('deep')),
  ),
  // Links.
  schemaCase(
    'javascript-url',
    fixed('references[0].url'),
    'a reference URL of javascript:alert(1)',
    (r) => set(r, ['references', 0, 'url'], 'javascript:alert(1)'),
  ),
  schemaCase('data-url', fixed('references[0].url'), 'a reference URL of data:text/html', (r) =>
    set(r, ['references', 0, 'url'], 'data:text/html,<script>alert(1)</script>'),
  ),
  schemaCase(
    'url-with-quote',
    fixed('references[0].url'),
    'an http URL that would break out of an attribute',
    (r) => set(r, ['references', 0, 'url'], 'https://example.com/" onmouseover="alert(1)'),
  ),
  // The file's shape.
  schemaCase('schema-version-next', fixed('schemaVersion'), 'the next schema version', (r) =>
    set(r, ['schemaVersion'], SCHEMA_VERSION + 1),
  ),
  schemaCase('extra-top-level-key', fixed(''), 'an unknown top-level key', (r) => {
    r.evil = { payload: '<script>alert(1)</script>' };
  }),
  schemaCase(
    'extra-figure-key',
    figurePath(at.pointFigure, ''),
    'an unknown key inside a figure',
    (r) => {
      (get(r, figure(at.pointFigure)) as JsonObject).onclick = 'alert(1)';
    },
  ),
  () => ({
    name: 'proto-key',
    kind: 'schema',
    path: '',
    description: 'a top-level "__proto__" key (prototype pollution attempt)',
    bytes: () => encode(reportText().replace(/^\{/, '{\n  "__proto__": { "polluted": true },')),
  }),
  () => ({
    name: 'top-level-null',
    kind: 'schema',
    path: '',
    description: 'the file is just null',
    bytes: () => encode('null\n'),
  }),
  () => ({
    name: 'top-level-array',
    kind: 'schema',
    path: '',
    description: 'the file is a list',
    bytes: () => encode('[]\n'),
  }),
  // Not JSON.
  notJsonCase('not-json', 'an HTML error page', () => '<!doctype html>\n<p>Not found</p>\n'),
  notJsonCase('empty', 'an empty file', () => ''),
  notJsonCase('whitespace-only', 'only spaces and newlines', () => '  \n\t\n'),
  notJsonCase('utf8-bom', 'the real report behind a UTF-8 byte-order mark', () =>
    ['\uFEFF', reportText()].join(''),
  ),
  notJsonCase('latin1-byte', 'a reference title with a Latin-1 é (byte E9), not UTF-8', () => {
    const text = mutated((r) => set(r, ['references', 0, 'title'], `Caf${LATIN1_MARK}`));
    const [before = '', after = ''] = text.split(LATIN1_MARK);
    return Uint8Array.from([...encode(before), 0xe9, ...encode(after)]);
  }),
  notJsonCase('truncated', 'the real report cut off halfway', () => {
    const text = reportText();
    return text.slice(0, Math.floor(text.length / 2));
  }),
  notJsonCase('trailing-comma', 'a trailing comma (JSON5, not JSON)', () =>
    reportText().replace(/\}\s*$/, ',}\n'),
  ),
  // Hostile but valid: shown as text, never run.
  () => ({
    name: 'html-in-text',
    kind: 'valid',
    description: 'HTML and script in titles, labels, names and a reference title',
    texts: Object.values(HOSTILE),
    bytes: () =>
      encode(
        mutated((r) => {
          set(r, ['report', 'title', 'en'], HOSTILE.imgTitle);
          set(r, event('title', 'en'), HOSTILE.imgTitle);
          set(r, event('summary', 'en'), HOSTILE.javascriptText);
          set(r, ['figures', 0, 'label', 'en'], HOSTILE.scriptLabel);
          set(r, ['organisations', 0, 'name', 'en'], HOSTILE.boldName);
          set(r, ['references', 0, 'title'], HOSTILE.linkTitle);
          // The first event cites that reference, so its card lists the hostile title.
          set(r, event('references'), [get(r, ['references', 0, 'id'])]);
        }),
      ),
  }),
];

let corpus: BadReport[] | undefined;

/** Make the bytes once, when first asked for (callers copy them before changing them). */
function once(make: () => Uint8Array): () => Uint8Array {
  let made: Uint8Array | undefined;
  return () => (made ??= make());
}

/** Every case, in a fixed order. Bytes are made when first asked for, not here. */
export function badReports(): BadReport[] {
  corpus ??= CASES.map((make) => {
    const entry = make();
    return { ...entry, bytes: once(entry.bytes) };
  });
  return corpus;
}

/** One case by its name (throws when there is none). */
export function badReport(name: string): BadReport {
  const found = badReports().find((r) => r.name === name);
  if (!found) throw new Error(`no bad report named ${name}`);
  return found;
}
