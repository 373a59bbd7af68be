import { describe, expect, it } from 'vitest';
import type { Deck, NativeChart } from './model';
import { openDeck } from './read-pptx';
import { writeDeck } from './write-deck';

/** Meta's stated capex range beside last year's (derived) range, as floating bars. */
const ranges: NativeChart = {
  kind: 'native',
  type: 'stacked-bar',
  categories: ['Last year (derived)', '2026 (as Meta announced)'],
  valueAxisTitle: '$B',
  series: [
    { name: 'Low', values: [57.5, 115], colour: '#ffffff', labels: ['', ''], hidden: true },
    {
      name: 'Range',
      values: [10, 20],
      colour: '#3b3fd8',
      colours: ['#475569', undefined],
      labels: ['$57.5B–$67.5B · derived', '$115B–$135B'],
      derived: [true, false],
    },
  ],
};

/** Two organisations' bars in one series, each in its own colour. */
const revenue: NativeChart = {
  kind: 'native',
  type: 'bar',
  categories: ['OpenAI', 'Anthropic'],
  valueAxisTitle: '$B',
  series: [
    {
      name: 'Annualised revenue',
      values: [25, 19],
      colour: '#3b3fd8',
      colours: ['#3b3fd8', '#c2410c'],
      labels: ['more than $25B', 'nearly $19B'],
    },
  ],
};

function deckOf(chart: NativeChart): Deck {
  return {
    lang: 'en',
    title: 't',
    stamp: 'April 2026',
    slides: [{ kind: 'chart', title: 'A finding', chart, notes: 'Notes.' }],
  };
}

async function chartXml(chart: NativeChart): Promise<string> {
  const pptx = await openDeck(await writeDeck(deckOf(chart)));
  return pptx.part((await pptx.chartOf(1)) ?? '');
}

const series = (xml: string): string[] =>
  [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1] ?? '');

describe('floating bars and per-point colours', () => {
  it('draws a hidden base without fill, labels or legend entry, and keeps its data', async () => {
    const xml = await chartXml(ranges);
    const [base, span] = series(xml);
    expect(base).toMatch(/^[\s\S]*?<c:spPr><a:noFill\/><a:ln><a:noFill\/><\/a:ln><\/c:spPr>/);
    expect(base).not.toContain('<c:dPt>');
    expect(base).not.toContain('<a:t>');
    expect(base).toContain('<c:v>57.5</c:v>');
    expect(span).toContain('<a:t>$115B–$135B</a:t>');
    // One series drawn: no legend is needed, and none is written.
    expect(xml).not.toContain('<c:legend>');
  }, 20_000);

  it('leaves a hidden series out of the legend when a legend is drawn', async () => {
    const xml = await chartXml({ ...ranges, legend: true });
    expect(xml).toMatch(
      /<c:legendPos val="t"\/><c:legendEntry><c:idx val="0"\/><c:delete val="1"\/><\/c:legendEntry>/,
    );
  }, 20_000);

  it('hatches the legend key of a series whose every point is derived', async () => {
    const derived: NativeChart = {
      ...ranges,
      legend: true,
      series: [
        { name: 'stated', values: [10, null], colour: '475569', labels: ['10', ''] },
        {
          name: 'derived',
          values: [null, 4],
          colour: '475569',
          labels: ['', '4 · derived'],
          derived: [false, true],
        },
      ],
    };
    const [stated, hatched] = series(await chartXml(derived));
    expect(hatched).toMatch(/^[\s\S]*?<c:spPr><a:pattFill prst="wdUpDiag">/);
    expect(stated).toMatch(/^[\s\S]*?<c:spPr><a:solidFill>/);
  }, 20_000);

  it('fills a point with its own colour, hatched when derived', async () => {
    const [, span] = series(await chartXml(ranges));
    const points = [...(span ?? '').matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1]);
    expect(points).toHaveLength(1);
    expect(points[0]).toContain('<c:idx val="0"/>');
    expect(points[0]).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="475569"/>');

    const [bars] = series(await chartXml(revenue));
    expect(bars).toContain('<c:spPr><a:solidFill><a:srgbClr val="3B3FD8"/>');
    const own = [...(bars ?? '').matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1]);
    // Only the point whose colour differs from the series' gets a <c:dPt>.
    expect(own).toHaveLength(1);
    expect(own[0]).toContain('<c:idx val="1"/>');
    expect(own[0]).toContain('<a:solidFill><a:srgbClr val="C2410C"/></a:solidFill>');
  }, 20_000);
});
