/** The opening slide: publisher, the deck's title, the edition's month and the abstract's threads. */
import type PptxGenJS from 'pptxgenjs';
import { addFittedText, addFooter, textStyle } from './frame';
import { lineCount, lineHeight } from './fit-text';
import type { TitleSlide } from './model';
import { COLOUR, CONTENT_W, MARGIN, SIZE, type DeckFonts } from './theme';

const BULLET_MAX = 22;
const BULLET_MIN = 16;

/** The size at which every bullet fits the space left, and the height they take. */
function bulletSize(bullets: string[], w: number, h: number): { size: number; height: number } {
  const height = (size: number): number =>
    bullets.reduce(
      (sum, b) => sum + lineCount(b, size, w - 0.5) * lineHeight(size) + size / 72 / 2,
      0,
    );
  let size = BULLET_MAX;
  while (size > BULLET_MIN && height(size) > h) size -= 1;
  return { size, height: Math.min(height(size), h) };
}

/** Lay out the title slide. */
export function addTitleSlide(
  slide: PptxGenJS.Slide,
  model: TitleSlide,
  stamp: string,
  fonts: DeckFonts,
): void {
  const at = { x: MARGIN, w: CONTENT_W };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.18,
    h: 7.5,
    fill: { color: COLOUR.accent },
    line: { color: COLOUR.accent, width: 0 },
  });
  let y = 0.55;
  y += addFittedText(
    slide,
    model.publisher,
    { ...at, y },
    { max: SIZE.subtitle, min: SIZE.axis, maxLines: 1 },
    fonts,
    {
      color: COLOUR.muted,
    },
  );
  y += 0.1;
  y += addFittedText(
    slide,
    model.title,
    { ...at, y },
    { max: SIZE.coverTitle, min: SIZE.titleMin, maxLines: 2 },
    fonts,
    {
      bold: true,
    },
  );
  y += addFittedText(slide, model.month, { ...at, y }, { max: 24, min: 20, maxLines: 1 }, fonts, {
    color: COLOUR.accent,
    bold: true,
  });
  if (model.subtitle) {
    y += addFittedText(
      slide,
      model.subtitle,
      { ...at, y },
      { max: SIZE.subtitle, min: SIZE.subtitleMin, maxLines: 2 },
      fonts,
      {
        color: COLOUR.muted,
      },
    );
  }
  if (model.filterLine) {
    y += addFittedText(
      slide,
      model.filterLine,
      { ...at, y },
      { max: SIZE.axis, min: SIZE.axis, maxLines: 1 },
      fonts,
      {
        color: COLOUR.accent,
      },
    );
  }
  const bottom = addFooter(slide, stamp, model.source, fonts);
  y += 0.3;
  if (model.bullets.length === 0) return;
  const { size, height } = bulletSize(model.bullets, CONTENT_W, bottom - 0.15 - y);
  slide.addText(
    model.bullets.map((text) => ({
      text,
      options: { bullet: { indent: 24 }, paraSpaceAfter: size / 2 },
    })),
    { ...textStyle(fonts, size), x: MARGIN, y, w: CONTENT_W, h: height + 0.1 },
  );
}
