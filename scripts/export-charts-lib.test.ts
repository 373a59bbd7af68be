import { describe, expect, it } from 'vitest';
import { isZip, parseExportArgs } from './export-charts-lib';

describe('parseExportArgs', () => {
  it('reads the PNG export as before', () => {
    expect(parseExportArgs(['--out', 'x', '--preset', '4x3', '--scale', '3'])).toEqual({
      out: 'x',
      preset: '4x3',
      scale: 3,
      deck: false,
      scope: 'edition',
      query: '',
    });
  });

  it('reads the deck export: the whole edition by default, or a view by its query', () => {
    expect(parseExportArgs(['--deck', '--out', 'x'])).toMatchObject({
      deck: true,
      scope: 'edition',
      query: '',
    });
    expect(
      parseExportArgs(['--deck', '--out', 'x', '--scope', 'view', '--query', '?org=meta']),
    ).toMatchObject({ deck: true, scope: 'view', query: 'org=meta' });
  });

  it('refuses a scope it does not know, and deck options without --deck', () => {
    expect(() => parseExportArgs(['--deck', '--out', 'x', '--scope', 'all'])).toThrow(
      /--scope must be view or edition/,
    );
    expect(() => parseExportArgs(['--out', 'x', '--scope', 'view'])).toThrow(/go with --deck/);
    expect(() => parseExportArgs(['--deck'])).toThrow(/--out DIR is required/);
  });
});

describe('isZip', () => {
  it('knows a zip package by its first local file header', () => {
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(true);
    expect(isZip(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(false);
  });
});
