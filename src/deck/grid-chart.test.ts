import { describe, expect, it } from 'vitest';
import { measureGrid, planGrid, shortestLayout, type GridLayout } from './grid-chart';
import type { ChartSlide, GridChart } from './model';
import { openDeck } from './read-pptx';
import { SIZE } from './theme';
import { escapeXml } from './xml';
import { writeDeck } from './write-deck';

const THREADS = [
  'Native multimodality and ultra-long context',
  'From scale to efficiency',
  'Agent infrastructure takes shape',
  'Capital, compute and the physical world',
];

/** The April edition's shape: one thread with six events of a month, the others two or three. */
const APRIL: GridChart = {
  kind: 'grid',
  columns: THREADS.map((name, i) => ({
    name,
    colour: ['#1f4e79', '#2e7d6b', '#c0392b', '#7b2cbf'][i] ?? '',
  })),
  rows: [
    { name: 'Q1 2026', cells: [[], [], [], ['Record Q1 AI venture funding']] },
    { name: 'March 2026', cells: [[], [], ['MCP passes 97M installs'], []] },
    {
      name: 'April 2026',
      cells: [
        ['Gemini 3.1 Ultra launches', 'GPT-5.4 launches'],
        ['TurboQuant unveiled at ICLR', 'Neuro-symbolic AI cuts energy use'],
        [
          'Utah lets AI renew prescriptions',
          'Claude Mythos Preview announced',
          'Claude Cowork shakes SaaS',
        ],
        [
          'OpenAI readies IPO, axes Sora',
          'Microsoft invests in Japan',
          'NVIDIA shows physical-AI advances',
          'OpenAI acquires TBPN',
          'AI virtual try-on in retail',
          '8 Apr 2026, Meta releases Muse Spark',
        ],
      ],
    },
  ],
};

/** A year of months, each with an event in every thread: more than one slide holds. */
const YEAR: GridChart = {
  ...APRIL,
  rows: Array.from({ length: 12 }, (_, m) => ({
    name: `Month ${m + 1}`,
    cells: THREADS.map((t) => [`${t}: an event of month ${m + 1}`, 'and a second one']),
  })),
};

/** The content box of a chart slide under a two-line title (inches). */
const BOX = { x: 0.55, y: 2.4, w: 12.23, h: 4.1 };

const heightOf = (l: GridLayout, [a, b]: [number, number]) =>
  l.headH + l.rowH.slice(a, b).reduce((s, h) => s + h, 0);

describe('a grid chart', () => {
  it('is set as large as fits, at 14 pt or more, in one slide when it can be', () => {
    const small: GridChart = { ...APRIL, rows: APRIL.rows.slice(0, 2) };
    expect(planGrid(small, BOX).layout.size).toBe(SIZE.label);
    const april = planGrid(APRIL, BOX);
    expect(april.pages).toEqual([[0, 3]]);
    expect(april.layout.size).toBeGreaterThanOrEqual(SIZE.axis);
    expect(heightOf(april.layout, [0, 3])).toBeLessThanOrEqual(BOX.h);
    // Larger type would not have fitted.
    if (april.layout.size < SIZE.label) {
      const larger = shortestLayout(APRIL, BOX.w, april.layout.size + 1);
      expect(heightOf(larger, [0, 3])).toBeGreaterThan(BOX.h);
    }
  });

  it('shares the width: the row heads, then more to the column with the most to say', () => {
    const { layout } = planGrid(APRIL, BOX);
    expect(layout.colW.reduce((a, b) => a + b, 0)).toBeCloseTo(BOX.w, 6);
    const [heads = 0, ...columns] = layout.colW;
    expect(heads).toBeLessThan(Math.min(...columns));
    expect(Math.max(...columns)).toBe(columns[3]);
    expect(Math.min(...columns)).toBeGreaterThanOrEqual(1.5);
    // Shared equally, the six-event cell would make the grid taller.
    const equal = measureGrid(APRIL, BOX.w, layout.size);
    expect(heightOf(equal, [0, 3])).toBeGreaterThan(heightOf(layout, [0, 3]));
  });

  it('goes on over following slides, whole rows to a slide, each fitting, at 14 pt', () => {
    const { layout, pages } = planGrid(YEAR, BOX);
    expect(layout.size).toBe(SIZE.axis);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.[0]).toBe(0);
    expect(pages.at(-1)?.[1]).toBe(YEAR.rows.length);
    for (const [i, page] of pages.entries()) {
      if (i > 0) expect(page[0]).toBe(pages[i - 1]?.[1]);
      expect(heightOf(layout, page)).toBeLessThanOrEqual(BOX.h);
    }
  });
});

describe('a grid row too tall for a slide', () => {
  // One month, sixteen events in one thread (most events are dated only to the month).
  const TALL: GridChart = {
    ...APRIL,
    rows: [
      {
        name: 'April 2026',
        cells: [
          ['Gemini 3.1 Ultra launches'],
          [],
          [],
          Array.from(
            { length: 16 },
            (_, i) => `Event number ${i + 1} of the month, told at length`,
          ),
        ],
      },
    ],
  };

  it('is split into rows of the same name, over slides that each fit, every entry once', () => {
    const plan = planGrid(TALL, BOX);
    expect(plan.pages.length).toBeGreaterThan(1);
    for (const page of plan.pages) {
      expect(heightOf(plan.layout, page)).toBeLessThanOrEqual(BOX.h);
    }
    expect(plan.chart.rows.every((r) => r.name === 'April 2026')).toBe(true);
    for (const c of TALL.columns.keys()) {
      expect(plan.chart.rows.flatMap((r) => r.cells[c] ?? [])).toEqual(TALL.rows[0]?.cells[c]);
    }
  });
});

describe('a grid chart as written', () => {
  const slide = (chart: GridChart): ChartSlide => ({
    kind: 'chart',
    title: 'Four threads moved at once',
    subtitle: 'The report’s events by month',
    source: 'Source: the report',
    chart,
    notes: 'The timeline.',
  });

  it('is a native table: the column heads over their colour, each entry a bullet, no picture', async () => {
    const pptx = await openDeck(
      await writeDeck({ lang: 'en', title: 't', stamp: 'April 2026', slides: [slide(APRIL)] }),
    );
    expect(pptx.paths(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
    const xml = await pptx.part('ppt/slides/slide1.xml');
    expect(xml).toContain('<a:tbl>');
    expect(xml).not.toContain('<p:pic>');
    // Every run and paragraph end of the table has its size, an empty cell's too (without
    // one, PowerPoint sets it at 18 pt and grows the row).
    const table = xml.slice(xml.indexOf('<a:tbl>'), xml.indexOf('</a:tbl>'));
    const runs = table.match(/<a:(?:endParaRPr|rPr)\b[^>]*>/g) ?? [];
    expect(runs.length).toBeGreaterThan(10);
    expect(runs.filter((r) => !/\bsz="\d+"/.test(r))).toEqual([]);
    for (const column of APRIL.columns) {
      expect(xml).toContain(`<a:t>${escapeXml(column.name)}</a:t>`);
      expect(xml).toContain(column.colour.slice(1).toUpperCase());
    }
    for (const entry of APRIL.rows.flatMap((r) => r.cells.flat())) {
      expect(xml).toContain(`<a:t>${escapeXml(entry)}</a:t>`);
    }
    expect(xml.match(/<a:buChar /g)?.length).toBe(APRIL.rows.flatMap((r) => r.cells.flat()).length);
  });

  it('repeats the title and the column heads on each slide it goes on over', async () => {
    const pptx = await openDeck(
      await writeDeck({ lang: 'en', title: 't', stamp: 'April 2026', slides: [slide(YEAR)] }),
    );
    const paths = pptx.paths(/^ppt\/slides\/slide\d+\.xml$/);
    expect(paths.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const [i] of paths.entries()) {
      const xml = await pptx.part(`ppt/slides/slide${i + 1}.xml`);
      expect(xml).toContain('Four threads moved at once');
      expect(xml).toContain(`<a:t>${escapeXml(THREADS[0] ?? '')}</a:t>`);
      seen.push(
        ...YEAR.rows.filter((r) => xml.includes(`<a:t>${r.name}</a:t>`)).map((r) => r.name),
      );
    }
    expect(seen).toEqual(YEAR.rows.map((r) => r.name));
  });
});
