/**
 * What every panel of the edition says in words, in both languages: the description a
 * screen reader hears holds every value its table shows, in that language; and what ECharts
 * draws (rendered here to SVG by ECharts' own server-side renderer, in Node) marks derived
 * values in words and writes ranges out, so colour is never the only carrier of meaning.
 * Every panel the report declares is checked. (End-to-end tests check that the page wires
 * each description to its chart: e2e/a11y.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../charts/options/types';
import { langCodes, type Lang } from '../../i18n/languages';
import { buildOf, chartContext, loadReport, renderSvg, svgTexts } from '../../test/chart-context';

const report = loadReport();
const HAN = /\p{Script=Han}/u;
/** A formatted value: a number with a unit, a percent, a multiple, a currency or a date. */
const FORMATTED: Record<string, RegExp> = {
  en: /\d[\d.,]*\s?(%|×|x\b|B\b|M\b|K\b|pp\b|tokens?|events?|-plus|companies|jobs|installs|users|20\d\d)|\$\d/,
  zh: /\d[\d.,]*\s?(%|倍|亿|万|个|家|多|token|年|月|日)/,
};

/** The text ECharts draws for an option, rendered to SVG in Node (SSR mode). */
function drawnText(built: BuiltChart, lang: Lang): string[] {
  if (built.kind === 'stat') return built.stats.flatMap((s) => [s.label, s.value]);
  if (built.kind === 'list') return built.groups.flatMap((g) => g.items.map((i) => i.label));
  return svgTexts(renderSvg(built, 960, lang)).map((t) => t.text);
}

it('the edition has panels to check', () => {
  expect(report.panels.length).toBeGreaterThanOrEqual(5);
});

describe.each(['en', 'zh'])('in %s', (lang) => {
  const other: Lang = langCodes().find((l) => l !== lang) ?? 'en';

  it('every panel is described from its data: every value of its table, in this language', () => {
    for (const panel of report.panels) {
      const { description, rows } = buildOf(report, panel.id, lang);
      expect(description.length, `${panel.id}: a real description`).toBeGreaterThan(40);
      // A panel of counted values (not a word such as “thousands”) says them formatted.
      if (rows.some((r) => /\d/.test(r.value))) {
        expect(description, `${panel.id}: formatted values`).toMatch(FORMATTED[lang] ?? /\d/);
      }
      if (lang === 'en') expect(description, `${panel.id}: English only`).not.toMatch(HAN);
      else expect(description, `${panel.id}: written in Chinese`).toMatch(HAN);
      expect(rows.length, `${panel.id}: the table has rows`).toBeGreaterThan(0);
      const missing = rows.map((r) => r.value.trim()).filter((v) => !description.includes(v));
      expect(missing, `${panel.id}: table values missing from “${description}”`).toEqual([]);
    }
  });

  it('derived values are marked in words in the drawing, and ranges are written out', () => {
    const marker = chartContext(report, lang).fmt.derivedMarker();
    const otherMarker = chartContext(report, other).fmt.derivedMarker();
    let derivedCharts = 0;
    let ranges = 0;
    for (const panel of report.panels) {
      const built = buildOf(report, panel.id, lang);
      const drawn = drawnText(built, lang).join('\n');
      expect(drawn.length, `${panel.id}: the chart drew text`).toBeGreaterThan(0);
      if (built.rows.some((r) => r.derived)) {
        derivedCharts += 1;
        expect(drawn, `${panel.id}: a derived value says “${marker}”`).toContain(marker);
      }
      expect(drawn, `${panel.id}: no “${otherMarker}” in the ${lang} drawing`).not.toContain(
        otherMarker,
      );
      for (const row of built.rows) {
        const figure = report.figures.find((f) => f.id === row.id);
        if (figure?.value.kind !== 'range') continue;
        ranges += 1;
        expect(drawn, `${panel.id}: the range ${row.value} is written out`).toContain(row.value);
      }
    }
    expect(derivedCharts, 'some panels show derived values').toBeGreaterThan(0);
    expect(ranges, 'some panels show ranges').toBeGreaterThan(0);
  });
});
