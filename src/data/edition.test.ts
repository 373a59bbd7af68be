/**
 * An edition's content lives in its report file, never in the code: src/ names no figure or
 * event id, panel title or slug of any file in data/, and a synthetic second edition (other
 * ids, values, month and panels) validates and draws every panel it declares with no change.
 */
import { describe, expect, it } from 'vitest';
import { buildPanel } from '../charts/options/forms';
import { PANEL_FORMS, reportSchema, type Report } from './schema';
import { chartContext, inputFor, rawReport } from '../test/chart-context';
import { listRepoFiles, readRepoFile, readRepoJson } from '../test/repo';
import { indexWithSynthetic, syntheticEdition, SYNTHETIC_ID } from '../test/synthetic-edition';
import { reportIndexSchema } from './schema';
import { pickReport } from './load-report';

/** The reports data/index.json lists, parsed. */
function editions(): Report[] {
  const index = reportIndexSchema.parse(readRepoJson('data/index.json'));
  return index.reports.map((r) => reportSchema.parse(readRepoJson(`data/${r.file}`)));
}

/** What an edition names that code must not: figure and event ids, panel slugs and titles. */
function editionStrings(report: Report): string[] {
  return [
    ...report.figures.map((f) => f.id),
    ...report.events.map((e) => e.id),
    ...report.panels.flatMap((p) => [p.slug, p.title.en, p.title.zh, p.subtitle.en, p.subtitle.zh]),
    ...report.cards.flatMap((c) => [c.title.en, c.title.zh]),
  ];
}

/** The non-test source files of src/ (code and locale files). */
function sourceFiles(): string[] {
  return listRepoFiles('src').filter(
    (f) => /\.(ts|tsx|json)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('src/test/'),
  );
}

/** Where `needle` appears as a whole string literal (quoted) or a whole JSON value in `text`. */
function quotedIn(text: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(['"\`])${escaped}\\1`).test(text);
}

describe('no edition in the code', () => {
  const strings = editions().flatMap(editionStrings);
  const files = sourceFiles();

  it('scans the source and every edition (the scan works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(strings).toContain('q1-venture-total');
    expect(quotedIn("pick(report, ['q1-venture-total'])", 'q1-venture-total')).toBe(true);
    expect(quotedIn('"title": "Capital"', 'Capital')).toBe(true);
    expect(quotedIn('q1-venture-totals', 'q1-venture-total')).toBe(false);
  });

  it('names no figure or event id, panel slug or title of any edition', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = readRepoFile(file);
      for (const s of strings) if (quotedIn(text, s)) found.push(`${file}: ${s}`);
    }
    expect(found).toEqual([]);
  });
});

describe.each(['en', 'zh'] as const)('a synthetic second edition (%s)', (lang) => {
  const raw = syntheticEdition(rawReport());
  const report = reportSchema.parse(raw);

  it('is valid, and differs from April in ids, values, month and panels', () => {
    const april = reportSchema.parse(rawReport());
    expect(report.report.id).toBe(SYNTHETIC_ID);
    expect(report.report.month.value).toBe('2031-07');
    const aprilIds = new Set(april.figures.map((f) => f.id));
    expect(report.figures.some((f) => aprilIds.has(f.id))).toBe(false);
    expect(report.panels.length).not.toBe(april.panels.length);
    expect(report.panels.map((p) => p.id).some((id) => april.panels.some((p) => p.id === id))).toBe(
      false,
    );
  });

  it('uses every form of the vocabulary', () => {
    expect(new Set(report.panels.map((p) => p.form))).toEqual(new Set(PANEL_FORMS));
  });

  it('draws every panel it declares', () => {
    const ctx = chartContext(report, lang);
    for (const panel of report.panels) {
      const chart = buildPanel(inputFor(report, panel), ctx);
      expect(chart, panel.id).not.toBeNull();
      expect(chart?.rows.length, panel.id).toBeGreaterThan(0);
    }
  });

  it('opens as the newest edition when the index lists it', () => {
    const index = reportIndexSchema.parse(
      indexWithSynthetic(readRepoJson('data/index.json') as never),
    );
    expect(pickReport(index, null).entry.id).toBe(SYNTHETIC_ID);
    expect(pickReport(index, 'ai-2026-04').entry.id).toBe('ai-2026-04');
  });
});
