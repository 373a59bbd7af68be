/**
 * Big numbers: a stat is not a one-bar chart. Two to six cards in one or two rows, each with
 * the figure (qualifier included), its label and one line of context; a derived figure has a
 * dashed outline.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Box } from './chart-plan';
import { addFittedText, blockHeight } from './frame';
import { fitSize, lineCount, lineHeight } from './fit-text';
import type { Stat, StatsSlide } from './model';
import { COLOUR, SIZE, type DeckFonts } from './theme';

const GAP = 0.3;
const PAD = 0.25;

/** Columns and rows for n cards: one row up to three, then two rows. */
export function statGrid(n: number): { cols: number; rows: number } {
  if (n <= 3) return { cols: Math.max(n, 1), rows: 1 };
  const cols = Math.ceil(n / 2);
  return { cols, rows: 2 };
}

function addStat(
  slide: PptxGenJS.Slide,
  stat: Stat,
  card: Box,
  valueSize: number,
  fonts: DeckFonts,
): void {
  slide.addShape('rect', {
    x: card.x,
    y: card.y,
    w: card.w,
    h: card.h,
    fill: { color: 'F7F8FA' },
    line: stat.derived
      ? { color: COLOUR.accent, width: 1.5, dashType: 'dash' }
      : { color: COLOUR.rule, width: 0.75 },
  });
  const at = { x: card.x + PAD, w: card.w - 2 * PAD };
  let y = card.y + PAD;
  y += addFittedText(
    slide,
    stat.value,
    { ...at, y },
    { max: valueSize, min: valueSize, maxLines: 1 },
    fonts,
    {
      bold: true,
      color: COLOUR.accent,
    },
  );
  y += 0.05;
  y += addFittedText(
    slide,
    stat.label,
    { ...at, y },
    { max: SIZE.body, min: SIZE.label, maxLines: 2 },
    fonts,
    {
      bold: true,
    },
  );
  if (stat.context) {
    addFittedText(
      slide,
      stat.context,
      { ...at, y: y + 0.05 },
      { max: SIZE.label, min: SIZE.axis, maxLines: 3 },
      fonts,
      {
        color: COLOUR.muted,
      },
    );
  }
}

/** Lay out the stat cards in the content box. */
export function addStats(
  slide: PptxGenJS.Slide,
  model: StatsSlide,
  box: Box,
  fonts: DeckFonts,
): void {
  const stats = model.stats.slice(0, 6);
  const { cols, rows } = statGrid(stats.length);
  const w = (box.w - GAP * (cols - 1)) / cols;
  const h = Math.min((box.h - GAP * (rows - 1)) / rows, 3.4);
  const top = box.y + (box.h - (h * rows + GAP * (rows - 1))) / 2;
  // What the label and context take under the figure; the figure gets the rest of the card.
  const inner = w - 2 * PAD - 0.1;
  const below = Math.max(
    ...stats.map(
      (s) =>
        blockHeight(Math.min(2, lineCount(s.label, SIZE.body, inner)), SIZE.body) +
        (s.context
          ? blockHeight(Math.min(3, lineCount(s.context, SIZE.label, inner)), SIZE.label)
          : 0) +
        0.15,
    ),
  );
  const room = Math.floor(((h - 2 * PAD - below) * 72) / 1.2 - 4);
  // One size for every figure on the slide, so they compare as equals.
  const valueSize = Math.min(
    Math.max(room, SIZE.statValueMin),
    ...stats.map((s) =>
      fitSize(
        s.value,
        { w: w - 2 * PAD - 0.1, h: lineHeight(SIZE.statValue) },
        SIZE.statValue,
        SIZE.statValueMin,
      ),
    ),
  );
  stats.forEach((stat, i) => {
    const card = {
      x: box.x + (i % cols) * (w + GAP),
      y: top + Math.floor(i / cols) * (h + GAP),
      w,
      h,
    };
    addStat(slide, stat, card, valueSize, fonts);
  });
}
