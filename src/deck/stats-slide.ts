/**
 * Big numbers: a stat is not a one-bar chart. Two to six cards in one or two rows, each with
 * the figure (qualifier included), its label and one line of context; a derived figure has a
 * dashed outline. Every card holds its text: the sizes shrink together until the fullest card
 * fits.
 */
import type PptxGenJS from 'pptxgenjs';
import { wrapBalanced } from '../lib/text-width';
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

/** Type sizes of a stats slide: one for every figure, one for labels, one for context lines. */
export interface StatSizes {
  value: number;
  label: number;
  context: number;
  /** A figure too wide for one line at the floor size takes two. */
  wrap: boolean;
}

/** The label and context sizes tried in turn, largest first. */
const TEXT_STEPS: readonly [number, number][] = [
  [SIZE.body, SIZE.label],
  [SIZE.label + 2, SIZE.axis],
  [SIZE.label, SIZE.axis - 2],
];

/** The smallest figure: below the usual minimum only when a card could not hold it otherwise. */
const VALUE_FLOOR = 24;
/** The smallest figure broken over two lines, still larger than any label. */
const WRAPPED_FLOOR = 20;

/**
 * A figure's lines at `pt` in `inner` inches: one when it fits; else, where `wrap` allows,
 * two of about equal length broken where a reader would ("1150 亿至" / "1350 亿美元": a number
 * stays with its unit); null when neither fits.
 */
export function valueLines(
  value: string,
  pt: number,
  inner: number,
  wrap: boolean,
): string[] | null {
  if (lineCount(value, pt, inner) === 1) return [value];
  if (!wrap) return null;
  // The shared wrapping rules, with widths in points (its estimate and this module's agree
  // on regular type to within a few per cent); each line is then checked here.
  const lines = wrapBalanced(value, inner * 72, pt, false);
  return lines.length === 2 && lines.every((l) => lineCount(l, pt, inner) === 1) ? lines : null;
}

/**
 * Height a card needs for a stat at these sizes, its text `inner` inches wide: Infinity when
 * its figure fits neither one line nor (where the sizes allow) two.
 */
export function cardHeight(stat: Stat, sizes: StatSizes, inner: number): number {
  const valueLineCount = valueLines(stat.value, sizes.value, inner, sizes.wrap)?.length ?? Infinity;
  const label = blockHeight(Math.min(2, lineCount(stat.label, sizes.label, inner)), sizes.label);
  const context = stat.context
    ? 0.05 + blockHeight(Math.min(3, lineCount(stat.context, sizes.context, inner)), sizes.context)
    : 0;
  return 2 * PAD + blockHeight(valueLineCount, sizes.value) + 0.05 + label + context;
}

/**
 * The largest sizes at which every figure stays on one line and every card holds its figure,
 * label and context: the figure shrinks first (to its usual minimum), then the text below it,
 * then the figure again down to a floor; a figure that does not fit one line even there
 * takes two ("1150 亿至 1350 亿美元" in a third of a slide), all figures a little smaller if
 * the card needs it.
 */
export function statSizes(stats: readonly Stat[], w: number, h: number): StatSizes {
  const inner = w - 2 * PAD - 0.1;
  const oneLine = Math.min(
    ...stats.map((s) =>
      fitSize(s.value, { w: inner, h: lineHeight(SIZE.statValue) }, SIZE.statValue, VALUE_FLOOR),
    ),
  );
  const fits = (sizes: StatSizes): boolean => stats.every((s) => cardHeight(s, sizes, inner) <= h);
  const candidates: StatSizes[] = [];
  for (const [label, context] of TEXT_STEPS) {
    for (let value = oneLine; value >= Math.min(oneLine, SIZE.statValueMin); value -= 2) {
      candidates.push({ value, label, context, wrap: false });
    }
  }
  const [label, context] = TEXT_STEPS[TEXT_STEPS.length - 1] ?? [SIZE.label, SIZE.axis];
  for (let value = Math.min(oneLine, SIZE.statValueMin) - 2; value >= VALUE_FLOOR; value -= 2) {
    candidates.push({ value, label, context, wrap: false });
  }
  for (let value = VALUE_FLOOR; value >= WRAPPED_FLOOR; value -= 2) {
    for (const [label, context] of TEXT_STEPS)
      candidates.push({ value, label, context, wrap: true });
  }
  return candidates.find(fits) ?? { value: WRAPPED_FLOOR, label, context, wrap: true };
}

function addStat(
  slide: PptxGenJS.Slide,
  stat: Stat,
  card: Box,
  sizes: StatSizes,
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
  const lines = valueLines(stat.value, sizes.value, at.w - 0.1, sizes.wrap) ?? [stat.value];
  let y = card.y + PAD;
  y += addFittedText(
    slide,
    lines.join('\n'),
    { ...at, y },
    { max: sizes.value, min: sizes.value, maxLines: lines.length },
    fonts,
    { bold: true, color: COLOUR.accent },
  );
  y += 0.05;
  y += addFittedText(
    slide,
    stat.label,
    { ...at, y },
    { max: sizes.label, min: sizes.label, maxLines: 2 },
    fonts,
    { bold: true },
  );
  if (stat.context) {
    addFittedText(
      slide,
      stat.context,
      { ...at, y: y + 0.05 },
      { max: sizes.context, min: sizes.context, maxLines: 3 },
      fonts,
      { color: COLOUR.muted },
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
  // One size for every figure on the slide, so they compare as equals.
  const sizes = statSizes(stats, w, h);
  stats.forEach((stat, i) => {
    const card = {
      x: box.x + (i % cols) * (w + GAP),
      y: top + Math.floor(i / cols) * (h + GAP),
      w,
      h,
    };
    addStat(slide, stat, card, sizes, fonts);
  });
}
