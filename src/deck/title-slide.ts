/** The opening slide: publisher, the deck's title, the edition's month and the abstract's threads. */
import type PptxGenJS from 'pptxgenjs';
import { addFittedText, addFooter, INSET, textStyle } from './frame';
import { lineCount, lineHeight, textWidth } from './fit-text';
import type { Bullet, TitleSlide } from './model';
import { COLOUR, CONTENT_W, MARGIN, SIZE, type DeckFonts } from './theme';

const BULLET_MAX = 22;
/**
 * The smallest the threads are set (the footer's source line is 10–14 pt): below it, four
 * threads that do not fit are left to the box's shrink-on-overflow.
 */
const BULLET_MIN = 12;

/** The size at which every bullet fits the space left, and the height they take. */
function bulletSize(bullets: Bullet[], w: number, h: number): { size: number; height: number } {
  // Measured as set: the bold lead is wider than the same words plain by `extra`, which the
  // first line gives up.
  const lines = (b: Bullet, size: number): number => {
    const extra = textWidth(b.lead, size, true) - textWidth(b.lead, size);
    return lineCount(b.lead + b.text, size, w - 0.5 - extra);
  };
  const height = (size: number): number =>
    bullets.reduce((sum, b) => sum + lines(b, size) * lineHeight(size) + size / 72 / 2, 0);
  let size = BULLET_MAX;
  while (size > BULLET_MIN && height(size) > h) size -= 1;
  return { size, height: Math.min(height(size), h) };
}

/** The smallest a cover title is set to keep it on one line, before it takes two. */
const COVER_ONE_LINE_MIN = 38;

/**
 * A cover title on one line if a size down to COVER_ONE_LINE_MIN allows it (a second line at
 * the full size took the room the threads below need), else on two.
 */
function coverTitleSizes(title: string): { max: number; min: number; maxLines: number } {
  const inner = CONTENT_W - 2 * INSET;
  return lineCount(title, COVER_ONE_LINE_MIN, inner, true) === 1
    ? { max: SIZE.coverTitle, min: COVER_ONE_LINE_MIN, maxLines: 1 }
    : { max: SIZE.coverTitle, min: SIZE.titleMin, maxLines: 2 };
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
  y += addFittedText(slide, model.title, { ...at, y }, coverTitleSizes(model.title), fonts, {
    bold: true,
  });
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
    model.bullets.flatMap(({ lead, text }) => [
      { text: lead, options: { bold: true, bullet: { indent: 24 }, paraSpaceAfter: size / 2 } },
      { text, options: { breakLine: true } },
    ]),
    { ...textStyle(fonts, size), x: MARGIN, y, w: CONTENT_W, h: height + 0.1 },
  );
}
