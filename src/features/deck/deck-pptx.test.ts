/**
 * The edition's decks written to .pptx and read back: the slides in order, every native chart
 * with its data series, speaker notes on every slide, and an East Asian typeface on every run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runsWithoutEastAsian } from '../../deck/east-asian-fonts';
import { TINY_PNG } from '../../test/deck-fixture';
import type { Deck, DeckSlide } from '../../deck/model';
import { openDeck, type OpenedDeck } from '../../deck/read-pptx';
import { writeDeck } from '../../deck/write-deck';
import { escapeXml } from '../../deck/xml';
import { wordsFor } from '../../i18n/words';
import { loadReport } from '../../test/chart-context';
import { buildDeck } from './deck-model';

const decks: Record<string, { model: Deck; pptx: OpenedDeck }> = {};

beforeAll(async () => {
  const report = loadReport();
  for (const lang of ['zh', 'en']) {
    const { deck } = await buildDeck({
      report,
      lang,
      view: null,
      words: wordsFor,
      renderImage: (_chart, size) =>
        Promise.resolve({ png: TINY_PNG, width: size.width * 2, height: size.height * 2 }),
    });
    decks[lang] = { model: deck, pptx: await openDeck(await writeDeck(deck)) };
  }
}, 60_000);

function deckOf(lang: string): { model: Deck; pptx: OpenedDeck } {
  const d = decks[lang];
  if (!d) throw new Error(`no ${lang} deck`);
  return d;
}

/**
 * Which model slide each written slide shows: an image chart whose table does not fit, or a grid
 * too tall for one slide, goes on over the following slides, under its title marked as
 * continued ("… (cont.)", "…（续）").
 */
async function writtenSlides(pptx: OpenedDeck, model: Deck): Promise<DeckSlide[]> {
  const paths = pptx.paths(/^ppt\/slides\/slide\d+\.xml$/);
  const shown: DeckSlide[] = [];
  let at = 0;
  for (const [i] of paths.entries()) {
    const xml = await pptx.part(`ppt/slides/slide${i + 1}.xml`);
    const next = model.slides[at];
    if (next && xml.includes(`<a:t>${escapeXml(next.title)}</a:t>`)) {
      shown.push(next);
      at += 1;
    } else {
      const previous = shown.at(-1);
      if (!previous || previous.kind !== 'chart' || previous.chart.kind === 'native') {
        throw new Error(`slide ${i + 1} shows no model slide`);
      }
      const continued = previous.continuedTitle ?? '';
      expect(continued, `slide ${i + 1}`).toMatch(/ \(cont\.\)$|（续）$/);
      expect(xml, `slide ${i + 1} is titled as continued`).toContain(
        `<a:t>${escapeXml(continued)}</a:t>`,
      );
      shown.push(previous);
    }
  }
  expect(at, 'every model slide is written').toBe(model.slides.length);
  return shown;
}

const values = (xml: string, element: 'c:val' | 'c:cat'): string[] =>
  [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1] ?? ''),
  );

describe.each(['zh', 'en'])('the %s deck as written', (lang) => {
  it('has every slide of the model, in order, 16:9', async () => {
    const { model, pptx } = deckOf(lang);
    const shown = await writtenSlides(pptx, model);
    expect(shown.length).toBeGreaterThanOrEqual(model.slides.length);
    expect(await pptx.part('ppt/presentation.xml')).toContain(
      '<p:sldSz cx="12192000" cy="6858000"',
    );
  });

  it('writes each native chart as a chart part carrying its data series', async () => {
    const { model, pptx } = deckOf(lang);
    const shown = await writtenSlides(pptx, model);
    let charts = 0;
    for (const [i, slide] of shown.entries()) {
      if (slide.kind !== 'chart' || slide.chart.kind !== 'native') {
        expect(await pptx.chartOf(i + 1)).toBeUndefined();
        continue;
      }
      const chart = slide.chart;
      const path = await pptx.chartOf(i + 1);
      expect(path, `slide ${i + 1}`).toBeDefined();
      const xml = await pptx.part(path ?? '');
      charts += 1;
      expect(xml.match(/<c:ser>/g)).toHaveLength(
        chart.series.length + (chart.referenceLines?.length ?? 0),
      );
      for (const s of chart.series) {
        expect(xml).toContain(`<c:v>${escapeXml(s.name)}</c:v>`);
        for (const v of s.values) if (v !== null) expect(values(xml, 'c:val')).toContain(String(v));
        for (const label of s.labels)
          if (label && !s.hidden) expect(xml).toContain(`<a:t>${escapeXml(label)}</a:t>`);
      }
      for (const c of chart.categories) expect(values(xml, 'c:cat')).toContain(escapeXml(c));
      expect(xml).toContain(`<a:t>${escapeXml(chart.valueAxisTitle)}</a:t>`);
      // The data is editable: an embedded workbook stands behind the chart.
      const rels = await pptx.part(`${path?.replace('charts/', 'charts/_rels/')}.rels`);
      expect(rels).toMatch(/Target="\.\.\/embeddings\/[^"]+\.xlsx"/);
    }
    expect(charts).toBe(
      model.slides.filter((s) => s.kind === 'chart' && s.chart.kind === 'native').length,
    );
  });

  it('has speaker notes on every slide, the finding first', async () => {
    const { model, pptx } = deckOf(lang);
    const shown = await writtenSlides(pptx, model);
    for (const [i, slide] of shown.entries()) {
      const xml = await pptx.part(`ppt/notesSlides/notesSlide${i + 1}.xml`);
      const lines = slide.notes.split('\n');
      expect(xml).toContain(`<a:t>${escapeXml(lines[0] ?? '')}</a:t>`);
      for (const line of lines) expect(xml).toContain(`<a:t>${escapeXml(line)}</a:t>`);
    }
  });

  it('declares an East Asian typeface on every run of slides, notes and charts', async () => {
    const { pptx } = deckOf(lang);
    const parts = pptx.paths(/^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/);
    expect(parts.filter((p) => p.includes('/charts/')).length).toBeGreaterThan(5);
    for (const path of parts) {
      const xml = await pptx.part(path);
      expect(runsWithoutEastAsian(xml), path).toEqual([]);
      expect(xml, path).toContain('<a:ea typeface="Microsoft YaHei"');
    }
  });

  it(`writes its runs in ${lang === 'zh' ? 'zh-CN' : 'en-US'}`, async () => {
    const { pptx } = deckOf(lang);
    const want = lang === 'zh' ? 'zh-CN' : 'en-US';
    for (const path of pptx.paths(/^ppt\/(slides|charts)\/[^/]+\.xml$/)) {
      const langs = new Set(
        [
          ...(await pptx.part(path)).matchAll(
            /<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\slang="([^"]+)"/g,
          ),
        ].map((m) => m[1]),
      );
      expect(langs, path).toEqual(new Set([want]));
    }
  });

  it('sets every slide’s source line at the footer’s 14 pt, the deck’s smallest type', async () => {
    const { model, pptx } = deckOf(lang);
    const shown = await writtenSlides(pptx, model);
    for (const [i, slide] of shown.entries()) {
      if (!slide.source) continue;
      const xml = await pptx.part(`ppt/slides/slide${i + 1}.xml`);
      // The source may be two paragraphs (broken after a clause): the shape's runs, joined.
      const shape = shapesOf(xml).find(
        (s) => s.runs.map((r) => r.text).join('') === escapeXml(slide.source ?? ''),
      );
      expect(
        shape?.runs.map((r) => r.pt),
        `slide ${i + 1}: ${slide.source}`,
      ).toEqual(shape?.runs.map(() => 14));
      expect(shape, `slide ${i + 1}: ${slide.source}`).toBeDefined();
    }
  });

  it('puts the source line and the edition on every slide', async () => {
    const { model, pptx } = deckOf(lang);
    const shown = await writtenSlides(pptx, model);
    for (const [i, slide] of shown.entries()) {
      const xml = await pptx.part(`ppt/slides/slide${i + 1}.xml`);
      expect(xml).toContain(escapeXml(model.stamp));
      const texts = shapesOf(xml).map((s) => s.runs.map((r) => r.text).join(''));
      if (slide.source) expect(texts).toContain(escapeXml(slide.source));
    }
  });
});

/** A slide's shapes: where each is (inches) and its runs' texts and sizes (points). */
function shapesOf(
  xml: string,
): { x: number; y: number; h: number; runs: { text: string; pt: number }[] }[] {
  const EMU = 914_400;
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => {
    const body = m[1] ?? '';
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(body);
    const ext = /<a:ext cx="\d+" cy="(\d+)"\/>/.exec(body);
    const runs = [
      ...body.matchAll(/<a:r><a:rPr[^>]*?sz="(\d+)"[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g),
    ].map((r) => ({ text: r[2] ?? '', pt: Number(r[1]) / 100 }));
    return {
      x: Number(off?.[1]) / EMU,
      y: Number(off?.[2]) / EMU,
      h: Number(ext?.[1]) / EMU,
      runs,
    };
  });
}

describe.each(['zh', 'en'])('the %s headline slide', (lang) => {
  it('lists the figures in a column, large, each with its label and context beside it', async () => {
    const { model, pptx } = deckOf(lang);
    const index = model.slides.findIndex((s) => s.kind === 'stats' && s.stats.length >= 4);
    const slide = model.slides[index];
    if (!slide || slide.kind !== 'stats') throw new Error('no headline slide');
    const shown = await writtenSlides(pptx, model);
    const xml = await pptx.part(`ppt/slides/slide${shown.indexOf(slide) + 1}.xml`);
    const shapes = shapesOf(xml);
    const find = (text: string) => {
      const shape = shapes.find((s) => s.runs.some((r) => r.text === escapeXml(text)));
      if (!shape) throw new Error(`no shape says ${text}`);
      return { shape, pt: shape.runs.find((r) => r.text === escapeXml(text))?.pt ?? 0 };
    };
    const bands = slide.stats.map((stat) => {
      const value = find(stat.value);
      const label = find(stat.label);
      // Legible from the back of a room: the figures well above the text, the text at the
      // deck's body sizes, none below its 14 pt floor.
      expect(value.pt, stat.value).toBeGreaterThanOrEqual(28);
      expect(label.pt, stat.label).toBeGreaterThanOrEqual(16);
      if (stat.context) expect(find(stat.context).pt, stat.context).toBeGreaterThanOrEqual(14);
      // The label beside its figure, in the same band.
      expect(label.shape.x).toBeGreaterThan(value.shape.x);
      expect(label.shape.y).toBeCloseTo(value.shape.y, 2);
      return value;
    });
    // One size for every figure, in one column, the bands one under another without overlap.
    expect(new Set(bands.map((b) => b.pt)).size).toBe(1);
    expect(new Set(bands.map((b) => b.shape.x.toFixed(3))).size).toBe(1);
    bands.slice(1).forEach((b, i) => {
      const above = bands[i]!.shape;
      expect(b.shape.y).toBeGreaterThanOrEqual(above.y + above.h - 0.001);
    });
  });
});
