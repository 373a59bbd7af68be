/**
 * What every slide has: the title (the finding), the subtitle (what is measured), the filter
 * line, and at the bottom the source line and the edition stamp. The header grows with its
 * text, so a long title wraps instead of running under the chart; the content box is what is
 * left between header and footer.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Box } from './chart-plan';
import { fitSize, lineCount, lineHeight } from './fit-text';
import type { SlideBase } from './model';
import { COLOUR, CONTENT_W, MARGIN, SIZE, SLIDE, type DeckFonts } from './theme';

/** Inner padding pptxgenjs gives a text box, per side (inches). */
export const INSET = 0.05;
const TOP = 0.3;
const FOOTER_LINE = lineHeight(SIZE.footer);

/** Text box options shared by every run the deck writes. */
export function textStyle(
  fonts: DeckFonts,
  size: number,
  colour: string = COLOUR.text,
): PptxGenJS.TextPropsOptions {
  return {
    fontSize: size,
    fontFace: fonts.latin,
    color: colour,
    lang: fonts.lang,
    margin: INSET * 72,
    valign: 'top',
    // A safety net: the sizes are computed, but LibreOffice and an edited PowerPoint box shrink.
    fit: 'shrink',
  };
}

/** Height of a text block of `lines` lines, with the box's insets. */
export function blockHeight(lines: number, size: number): number {
  return lines * lineHeight(size) + 2 * INSET + 0.04;
}

/**
 * Write a text into a box at the largest size from `max` to `min` that fits `maxLines`
 * lines; returns the height used.
 */
export function addFittedText(
  slide: PptxGenJS.Slide,
  text: string,
  at: { x: number; y: number; w: number },
  sizes: { max: number; min: number; maxLines: number },
  fonts: DeckFonts,
  style: PptxGenJS.TextPropsOptions = {},
): number {
  const inner = at.w - 2 * INSET;
  const bold = style.bold === true;
  const size = fitSize(
    text,
    { w: inner, h: sizes.maxLines * lineHeight(sizes.max) },
    sizes.max,
    sizes.min,
    bold,
  );
  const lines = Math.min(lineCount(text, size, inner, bold), Math.max(sizes.maxLines, 1) + 1);
  const h = blockHeight(lines, size);
  slide.addText(text, { ...textStyle(fonts, size), ...style, x: at.x, y: at.y, w: at.w, h });
  return h;
}

/** The smallest type a source line is written in before it takes a third line. */
const SOURCE_MIN = 10;

/**
 * The source line's type size and line count: the largest size from the footer's down to
 * SOURCE_MIN at which it takes at most two lines (a long list of references takes two even
 * at 14 pt; it used to be sized for one and ran over the stamp under it).
 */
function sourceFit(source: string): { size: number; lines: number; text: string } {
  const width = CONTENT_W - 2 * INSET;
  const size = fitSize(source, { w: width, h: 2 * FOOTER_LINE }, SIZE.footer, SOURCE_MIN);
  const lines = lineCount(source, size, width);
  return { size, lines, text: lines === 2 ? breakAtClause(source, size, width) : source };
}

/**
 * A source line of two lines broken after its last clause ("…, §12; " / "references: …")
 * that leaves each line whole at this size, so that no line breaks inside a word — a renderer
 * breaks Chinese between any two characters ("参考" / "来源"); unchanged where none does.
 */
export function breakAtClause(source: string, size: number, width: number): string {
  const ends = [...source.matchAll(/[;；]\s*/g)].map((m) => m.index + m[0].length).reverse();
  for (const end of ends) {
    const first = source.slice(0, end);
    const second = source.slice(end);
    if (lineCount(first, size, width) === 1 && lineCount(second, size, width) === 1) {
      return `${first}\n${second}`;
    }
  }
  return source;
}

/** Source line and stamp at the bottom, under a thin rule; returns the rule's top edge. */
export function addFooter(
  slide: PptxGenJS.Slide,
  stamp: string,
  source: string | undefined,
  fonts: DeckFonts,
): number {
  const fit = source ? sourceFit(source) : null;
  const sourceHeight = fit ? fit.lines * lineHeight(fit.size) : 0;
  const top = SLIDE.h - 0.2 - sourceHeight - blockHeight(1, SIZE.footer) + 0.04;
  slide.addShape('line', {
    x: MARGIN,
    y: top - 0.06,
    w: CONTENT_W,
    h: 0,
    line: { color: COLOUR.rule, width: 0.75 },
  });
  if (source && fit) {
    slide.addText(fit.text, {
      ...textStyle(fonts, fit.size),
      x: MARGIN,
      y: top,
      w: CONTENT_W,
      h: blockHeight(fit.lines, fit.size),
    });
  }
  const size = fitSize(stamp, { w: CONTENT_W - 2 * INSET, h: FOOTER_LINE }, SIZE.footer, 11);
  slide.addText(stamp, {
    ...textStyle(fonts, size, COLOUR.muted),
    x: MARGIN,
    y: top + sourceHeight,
    w: CONTENT_W,
    h: blockHeight(1, SIZE.footer),
  });
  return top - 0.06;
}

/** Title, subtitle and filter line at the top, footer at the bottom; returns the content box. */
export function addFrame(
  slide: PptxGenJS.Slide,
  base: SlideBase,
  stamp: string,
  fonts: DeckFonts,
): Box {
  const at = { x: MARGIN, w: CONTENT_W };
  let y = TOP;
  y += addFittedText(
    slide,
    base.title,
    { ...at, y },
    { max: SIZE.title, min: SIZE.titleMin, maxLines: 2 },
    fonts,
    {
      bold: true,
    },
  );
  if (base.subtitle) {
    y += addFittedText(
      slide,
      base.subtitle,
      { ...at, y },
      { max: SIZE.subtitle, min: SIZE.subtitleMin, maxLines: 2 },
      fonts,
      { color: COLOUR.muted },
    );
  }
  if (base.filterLine) {
    y += addFittedText(
      slide,
      base.filterLine,
      { ...at, y },
      { max: SIZE.axis, min: SIZE.axis, maxLines: 1 },
      fonts,
      {
        color: COLOUR.accent,
        bold: true,
      },
    );
  }
  const bottom = addFooter(slide, stamp, base.source, fonts);
  y += 0.12;
  return { x: MARGIN, y, w: CONTENT_W, h: bottom - 0.1 - y };
}
