/**
 * The two languages' resources agree, and every key the code uses exists.
 * Keys are compared without i18next's plural suffixes: English needs "_one"/"_other",
 * Chinese has one form.
 */
import { describe, expect, it } from 'vitest';
import { listRepoFiles, readRepoFile } from '../test/repo';
import enCommon from './locales/en/common.json';
import enFormat from './locales/en/format.json';
import zhCommon from './locales/zh-CN/common.json';
import zhFormat from './locales/zh-CN/format.json';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(?:zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" → its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Leaves grouped by key without plural suffix → the texts of all its forms. */
function normalised(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of leaves(tree)) {
    const base = key.replace(PLURAL, '');
    out.set(base, [...(out.get(base) ?? []), text]);
  }
  return out;
}

const variables = (texts: readonly string[]): string[] =>
  [
    ...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!))),
  ].sort();

/** format.json's date keys and the parts src/lib/format.ts gives them. */
const DATE_KEY = /^(?:date|dateShort|datePart)\./;
const DATE_VARIABLES = ['year', 'monthNumber', 'day', 'monthShort', 'monthLong', 'quarter'];

const NAMESPACES = {
  common: { en: enCommon as Tree, zh: zhCommon as Tree },
  format: { en: enFormat as Tree, zh: zhFormat as Tree },
};

describe.each(Object.entries(NAMESPACES))('%s.json', (_ns, { en, zh }) => {
  const enKeys = normalised(en);
  const zhKeys = normalised(zh);

  it('has the same keys in both languages (plural suffixes aside)', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('uses the same interpolation variables in both languages', () => {
    const differences: string[] = [];
    for (const [key, texts] of enKeys) {
      const a = variables(texts);
      const b = variables(zhKeys.get(key) ?? []);
      if (DATE_KEY.test(key)) {
        // Dates are written differently ("8 Apr 2026" / "2026 年 4 月 8 日"): each language
        // picks from the same parts, which the formatter always supplies.
        const unknown = [...a, ...b].filter((v) => !DATE_VARIABLES.includes(v));
        if (unknown.length) differences.push(`${key}: unknown date parts ${unknown.join(',')}`);
      } else if (a.join() !== b.join()) {
        differences.push(`${key}: ${a.join(',')} ≠ ${b.join(',')}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const tree of [en, zh]) {
      for (const [key, text] of leaves(tree)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('gives every English plural both its one and other forms', () => {
    for (const key of leaves(en).keys()) {
      if (!PLURAL.test(key)) continue;
      const base = key.replace(PLURAL, '');
      expect(leaves(en).has(`${base}_one`), base).toBe(true);
      expect(leaves(en).has(`${base}_other`), base).toBe(true);
    }
  });
});

/** Does `key` exist in `tree` as a leaf, or as plural forms of one? */
function lookup(tree: Tree, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: string | Tree | undefined = tree;
  for (const part of parts) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  if (typeof node !== 'object') return false;
  if (typeof node[last] === 'string') return true;
  return Object.keys(node).some(
    (k) => k.startsWith(`${last}_`) && PLURAL.test(k) && k.replace(PLURAL, '') === last,
  );
}

/** A dynamic key `a.b.${x}` is fine when `a.b` is a branch. */
function branchExists(tree: Tree, prefix: string): boolean {
  const parts = prefix.replace(/\.$/, '').split('.');
  let node: string | Tree | undefined = tree;
  for (const part of parts) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'object';
}

interface KeyUse {
  file: string;
  key: string;
  /** True for `prefix.${…}`: the static part must be a branch. */
  dynamic: boolean;
}

const T_CALL = /(?<![\w$.])(?:i18n\.|i18next\.)?t\(\s*(['"`])((?:(?!\1)[^\\\n])*)\1/g;
const I18N_KEY = /\bi18nKey=(?:\{\s*)?(['"`])((?:(?!\1)[^\\\n])*)\1/g;

function keyUses(): KeyUse[] {
  const files = listRepoFiles('src').filter(
    (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('src/test/'),
  );
  const uses: KeyUse[] = [];
  for (const file of files) {
    const text = readRepoFile(file);
    for (const re of [T_CALL, I18N_KEY]) {
      for (const m of text.matchAll(re)) {
        const [, quote, key] = m as unknown as [string, string, string];
        const interpolated = quote === '`' && key.includes('${');
        if (interpolated) {
          const prefix = key.slice(0, key.indexOf('${'));
          uses.push({ file, key: prefix, dynamic: true });
        } else {
          uses.push({ file, key, dynamic: false });
        }
      }
    }
  }
  return uses;
}

describe('keys used in the code', () => {
  const uses = keyUses();

  it('finds the keys (the scanner works)', () => {
    expect(uses.length).toBeGreaterThan(10);
  });

  it('exist in the English resources', () => {
    const missing = uses.filter(({ key, dynamic }) => {
      const [ns, bare] = key.includes(':') ? key.split(':', 2) : ['common', key];
      const tree =
        ns === 'format' ? (enFormat as Tree) : ns === 'common' ? (enCommon as Tree) : null;
      if (!tree || !bare) return true;
      if (dynamic) return bare === '' ? false : !branchExists(tree, bare);
      return !lookup(tree, bare);
    });
    expect(missing.map((u) => `${u.file}: ${u.key}${u.dynamic ? '${…}' : ''}`)).toEqual([]);
  });

  it('the lookup itself tells a missing key from a present one', () => {
    const tree = enCommon as Tree;
    expect(lookup(tree, 'figures.count')).toBe(true);
    expect(lookup(tree, 'figures.heading')).toBe(true);
    expect(lookup(tree, 'figures.nope')).toBe(false);
    expect(lookup(tree, 'figures')).toBe(false);
    expect(branchExists(tree, 'lang.')).toBe(true);
    expect(branchExists(tree, 'lang.self.')).toBe(false);
  });
});
