import { beforeAll, describe, expect, it } from 'vitest';
import { runsWithoutEastAsian } from './east-asian-fonts';
import { fixtureDeck, timeline } from '../test/deck-fixture';
import type { ChartSlide, Deck, DeckLang, NativeChart } from './model';
import { openDeck, type OpenedDeck } from './read-pptx';
import { lineCount, lineHeight } from './fit-text';
import { escapeXml } from './xml';
import { writeDeck } from './write-deck';

const decks: Partial<Record<DeckLang, { model: Deck; pptx: OpenedDeck }>> = {};

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const model = fixtureDeck(lang);
    decks[lang] = { model, pptx: await openDeck(await writeDeck(model)) };
  }
}, 30_000);

function deck(lang: DeckLang): { model: Deck; pptx: OpenedDeck } {
  const d = decks[lang];
  if (!d) throw new Error(`No ${lang} deck`);
  return d;
}

const nativeSlides = (model: Deck): [number, NativeChart][] =>
  model.slides.flatMap((s, i) =>
    s.kind === 'chart' && s.chart.kind === 'native'
      ? [[i + 1, s.chart] as [number, NativeChart]]
      : [],
  );

/** The text of the <c:v> values inside one element kind of a chart (all series). */
const cached = (xml: string, element: 'c:cat' | 'c:val' | 'c:yVal'): string[] =>
  [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1] ?? ''),
  );

describe.each(['zh', 'en'] as const)('the %s deck', (lang) => {
  it('has one slide per model slide, 16:9', async () => {
    const { model, pptx } = deck(lang);
    expect(pptx.paths(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(model.slides.length);
    expect(await pptx.part('ppt/presentation.xml')).toContain(
      '<p:sldSz cx="12192000" cy="6858000"',
    );
  });

  it('draws every native chart natively, with its data and its embedded workbook', async () => {
    const { model, pptx } = deck(lang);
    for (const [slide, chart] of nativeSlides(model)) {
      const path = await pptx.chartOf(slide);
      expect(path, `slide ${slide}`).toBeDefined();
      const xml = await pptx.part(path ?? '');
      if (chart.type === 'scatter') {
        const ys = cached(xml, 'c:yVal');
        for (const s of chart.series)
          for (const v of s.values) if (v !== null) expect(ys).toContain(String(v));
      } else {
        const cats = cached(xml, 'c:cat');
        for (const c of chart.categories) expect(cats).toContain(escapeXml(c));
        const vals = cached(xml, 'c:val');
        for (const s of chart.series)
          for (const v of s.values) if (v !== null) expect(vals).toContain(String(v));
      }
      for (const s of chart.series) expect(xml).toContain(`<c:v>${escapeXml(s.name)}</c:v>`);
      const rels = await pptx.part(path?.replace('charts/', 'charts/_rels/') + '.rels');
      const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
      expect(workbook).toBeDefined();
      expect(pptx.zip.file(`ppt/embeddings/${workbook}`)).not.toBeNull();
    }
  });

  it("labels every point with exactly the model's text", async () => {
    const { model, pptx } = deck(lang);
    for (const [slide, chart] of nativeSlides(model)) {
      const xml = await pptx.part((await pptx.chartOf(slide)) ?? '');
      const texts = [...xml.matchAll(/<c:dLbl>[\s\S]*?<a:t>([^<]*)<\/a:t>[\s\S]*?<\/c:dLbl>/g)].map(
        (m) => m[1],
      );
      for (const s of chart.series)
        for (const label of s.labels) if (label) expect(texts).toContain(escapeXml(label));
      for (const ref of chart.referenceLines ?? []) expect(texts).toContain(escapeXml(ref.label));
    }
  });

  it('draws derived points differently (pattern fill or dashed outline)', async () => {
    const { model, pptx } = deck(lang);
    for (const [slide, chart] of nativeSlides(model)) {
      const derived = chart.series.flatMap((s) => s.derived ?? []).filter(Boolean).length;
      const xml = await pptx.part((await pptx.chartOf(slide)) ?? '');
      const points = [...xml.matchAll(/<c:dPt>([\s\S]*?)<\/c:dPt>/g)].map((m) => m[1] ?? '');
      expect(points, `slide ${slide}`).toHaveLength(derived);
      for (const p of points) expect(p).toMatch(/<a:pattFill|<a:prstDash val="dash"\/>/);
    }
  });

  it('gives a log axis to a chart marked log, and a labelled dashed series per reference line', async () => {
    const { model, pptx } = deck(lang);
    for (const [slide, chart] of nativeSlides(model)) {
      const xml = await pptx.part((await pptx.chartOf(slide)) ?? '');
      expect(xml.includes('<c:logBase val="10"/>')).toBe(Boolean(chart.log));
      const series = xml.match(/<c:ser>/g)?.length ?? 0;
      expect(series).toBe(chart.series.length + (chart.referenceLines?.length ?? 0));
    }
  });

  it('has speaker notes for every slide, one paragraph per line', async () => {
    const { model, pptx } = deck(lang);
    for (const [i, slide] of model.slides.entries()) {
      const xml = await pptx.part(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      for (const line of slide.notes.split('\n'))
        expect(xml).toContain(`<a:t>${escapeXml(line)}</a:t>`);
    }
  });

  it('declares an East Asian typeface on every run of slides, notes and charts', async () => {
    const { pptx } = deck(lang);
    const parts = pptx.paths(/^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/);
    expect(parts.length).toBeGreaterThan(10);
    for (const path of parts) {
      const xml = await pptx.part(path);
      expect(runsWithoutEastAsian(xml), path).toEqual([]);
      expect(xml, path).not.toMatch(/<a:ea typeface=""/);
    }
  });

  it(`writes every run in ${lang === 'zh' ? 'zh-CN' : 'en-US'}`, async () => {
    const { pptx } = deck(lang);
    const want = lang === 'zh' ? 'zh-CN' : 'en-US';
    for (const path of pptx.paths(/^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/)) {
      const xml = await pptx.part(path);
      const langs = [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\slang="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(new Set(langs), path).toEqual(new Set([want]));
    }
  });

  it('puts the stamp and the source line on every slide', async () => {
    const { model, pptx } = deck(lang);
    for (const [i, slide] of model.slides.entries()) {
      const xml = await pptx.part(`ppt/slides/slide${i + 1}.xml`);
      expect(xml).toContain(escapeXml(model.stamp));
      if (slide.source) expect(xml).toContain(escapeXml(slide.source));
    }
  });
});

describe('the footer', () => {
  /** Each text box of a slide: its top and height (inches), width, type size and text. */
  const boxes = (xml: string) =>
    [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
      .map((m) => m[0])
      .flatMap((sp) => {
        const off = /<a:off x="\d+" y="(\d+)"\/>/.exec(sp);
        const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
        const size = /<a:rPr\b[^>]*\ssz="(\d+)"/.exec(sp);
        const text = [...sp.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
        if (!off || !ext || !size || !text) return [];
        const inch = (emu: string | undefined) => Number(emu) / 914400;
        return [
          {
            top: inch(off[1]),
            height: inch(ext[2]),
            width: inch(ext[1]),
            size: Number(size[1]) / 100,
            text,
            xml: sp,
          },
        ];
      });

  it.each(['zh', 'en'] as const)(
    'gives a two-line source its two lines, above the stamp (%s)',
    async (lang) => {
      const model = fixtureDeck(lang);
      // As long as the themes slide's: every section and four references.
      const source = `${model.slides.find((s) => s.source)?.source ?? ''}; ${'§1, §2, §3, §4, §5, §6, §7, §8, §9, §10, §11, §12, §13, §14, §15; references: ScienceDaily (Tufts University) [3], CNBC [7], NVIDIA Blog [8], CNBC [10]'}`;
      const long = { ...model, slides: model.slides.map((s) => ({ ...s, source })) };
      const pptx = await openDeck(await writeDeck(long));
      for (const i of long.slides.keys()) {
        const found = boxes(await pptx.part(`ppt/slides/slide${i + 1}.xml`));
        const src = found.find((b) => b.text === escapeXml(source));
        const stamp = found.find((b) => b.text === escapeXml(model.stamp));
        if (!src || !stamp) throw new Error(`slide ${i + 1}: no source or stamp box`);
        const lines = lineCount(source, src.size, src.width - 0.1);
        expect(lines, `slide ${i + 1}`).toBeGreaterThanOrEqual(2);
        // Two lines broken after a clause: two paragraphs, each one line.
        const paragraphs = (src.xml.match(/<a:p>/g) ?? []).length;
        if (lines === 2) expect(paragraphs, `slide ${i + 1}`).toBe(2);
        expect(src.height, `slide ${i + 1}: the source box holds its lines`).toBeGreaterThanOrEqual(
          lines * lineHeight(src.size),
        );
        expect(src.top + lines * lineHeight(src.size), `slide ${i + 1}`).toBeLessThanOrEqual(
          stamp.top + 0.01,
        );
        expect(stamp.top + stamp.height, `slide ${i + 1}: inside the slide`).toBeLessThanOrEqual(
          7.5,
        );
      }
    },
  );
});

describe('image charts', () => {
  it('place the picture and a native table on the slide when the table fits', async () => {
    const { model, pptx } = deck('en');
    const at = model.slides.findIndex((s) => s.kind === 'chart' && s.chart.kind === 'image') + 1;
    const xml = await pptx.part(`ppt/slides/slide${at}.xml`);
    expect(xml).toContain('<p:pic>');
    expect(xml).toContain('<a:tbl>');
    expect(xml).toContain('MCP moves to open governance');
  });

  it('move the table to a following slide when a wide picture leaves it no room', async () => {
    const slide: ChartSlide = {
      kind: 'chart',
      title: 'April: models, protocols and products rewritten at once',
      subtitle: 'Main events, April 2026',
      source: 'Source: AI Technology: April 2026 Deep Dive, April 2026',
      chart: timeline('en', undefined, 1600, 600),
      notes: 'The timeline.',
    };
    const pptx = await openDeck(
      await writeDeck({ lang: 'en', title: 't', stamp: 'April 2026', slides: [slide] }),
    );
    expect(pptx.paths(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(2);
    expect(await pptx.part('ppt/slides/slide1.xml')).not.toContain('<a:tbl>');
    const next = await pptx.part('ppt/slides/slide2.xml');
    expect(next).toContain('<a:tbl>');
    expect(next).toContain(slide.title);
    expect(await pptx.part('ppt/notesSlides/notesSlide2.xml')).toContain('The timeline.');
  });
});
