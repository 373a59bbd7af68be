// @vitest-environment jsdom
/**
 * What every chart of the dashboard says in words, in both languages: the description a
 * screen reader hears holds every value its table shows, in that language; and what ECharts
 * draws (rendered here to SVG by ECharts' own server-side renderer, in Node) marks derived
 * values in words and writes ranges out, so colour is never the only carrier of meaning.
 * Every slide of the page is checked, whatever charts the page has: the list comes from the
 * same hook the page uses. (End-to-end tests check that the page wires each description to
 * its chart: e2e/a11y.spec.ts.)
 */
import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { echarts } from '../../charts/echarts';
import type { BuiltChart } from '../../charts/options/types';
import { initI18n } from '../../i18n/init';
import { LANGS, type Lang } from '../../i18n/languages';
import { loadReport } from '../../test/chart-context';
import { makeChartContext } from './make-chart-context';
import { useSlides, type Slide } from './use-slides';

const report = loadReport();
const HAN = /\p{Script=Han}/u;
/** A formatted value: a number with a unit, a percent, a multiple, a currency or a date. */
const FORMATTED: Record<Lang, RegExp> = {
  en: /\d[\d.,]*\s?(%|×|B\b|M\b|K\b|pp\b|tokens?|events?|jobs|installs|users|20\d\d)|\$\d/,
  zh: /\d[\d.,]*\s?(%|倍|亿|万|个|token|年|月|日)/,
};

beforeAll(() => {
  initI18n('en');
  // jsdom has no canvas: ECharts then measures text by its own rules (STACK.md pitfall 6).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

function slides(): Slide[] {
  return renderHook(() => useSlides(report)).result.current;
}

function build(slide: Slide, lang: Lang): BuiltChart {
  const built = slide.build(makeChartContext(report, lang, 'light', null));
  if (!built) throw new Error(`${slide.id} builds nothing without filters`);
  return built;
}

/** The text ECharts draws for an option, rendered to SVG in Node (SSR mode). */
function drawnText(built: BuiltChart, lang: Lang): string[] {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: 960,
    height: built.height,
    locale: lang === 'zh' ? 'ZH' : 'EN',
  });
  try {
    chart.setOption({ ...built.option, animation: false });
    const svg = chart.renderToSVGString();
    return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
      (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    );
  } finally {
    chart.dispose();
  }
}

it('the page has charts to check', () => {
  expect(slides().length).toBeGreaterThanOrEqual(5);
});

describe.each(LANGS)('in %s', (lang) => {
  const other: Lang = lang === 'en' ? 'zh' : 'en';

  it('every chart is described from its data: every value of its table, in this language', () => {
    for (const slide of slides()) {
      const { description, rows } = build(slide, lang);
      expect(description.length, `${slide.id}: a real description`).toBeGreaterThan(40);
      expect(description, `${slide.id}: formatted values`).toMatch(FORMATTED[lang]);
      if (lang === 'en') expect(description, `${slide.id}: English only`).not.toMatch(HAN);
      else expect(description, `${slide.id}: written in Chinese`).toMatch(HAN);
      expect(rows.length, `${slide.id}: the table has rows`).toBeGreaterThan(0);
      const missing = rows.map((r) => r.value.trim()).filter((v) => !description.includes(v));
      expect(missing, `${slide.id}: table values missing from “${description}”`).toEqual([]);
    }
  });

  it('derived values are marked in words in the drawing, and ranges are written out', () => {
    const marker = makeChartContext(report, lang, 'light', null).fmt.derivedMarker();
    const otherMarker = makeChartContext(report, other, 'light', null).fmt.derivedMarker();
    let derivedCharts = 0;
    let ranges = 0;
    for (const slide of slides()) {
      const built = build(slide, lang);
      const drawn = drawnText(built, lang).join('\n');
      expect(drawn.length, `${slide.id}: ECharts drew text`).toBeGreaterThan(0);
      if (built.rows.some((r) => r.derived)) {
        derivedCharts += 1;
        expect(drawn, `${slide.id}: a derived bar says “${marker}”`).toContain(marker);
      }
      expect(drawn, `${slide.id}: no “${otherMarker}” in the ${lang} drawing`).not.toContain(
        otherMarker,
      );
      for (const row of built.rows) {
        const figure = report.figures.find((f) => f.id === row.id);
        if (figure?.value.kind !== 'range') continue;
        ranges += 1;
        expect(drawn, `${slide.id}: the range ${row.value} is written out`).toContain(row.value);
      }
    }
    expect(derivedCharts, 'some charts show derived values').toBeGreaterThan(0);
    expect(ranges, 'some charts show ranges').toBeGreaterThan(0);
  });
});
