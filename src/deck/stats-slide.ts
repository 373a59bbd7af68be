/**
 * Big numbers: a stat is not a one-bar chart. Two or three are cards in a row, each with
 * the figure (qualifier included), its label and one line of context; four to six are a list
 * of bands, the figures in a column of their own with label and context beside them. A
 * derived figure has a dashed outline. Every card or band holds its text: the sizes shrink
 * together until the fullest fits.
 */
import type PptxGenJS from 'pptxgenjs';
import { wrapBalanced } from '../lib/text-width';
import type { Box } from './chart-plan';
import { addFittedText, blockHeight, textStyle } from './frame';
import { fitSize, lineCount, lineHeight, textWidth } from './fit-text';
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
  if (lineCount(value, pt, inner, true) === 1) return [value];
  if (!wrap) return null;
  // The shared wrapping rules, with widths in points (its estimate and this module's agree
  // on regular type to within a few per cent); each line is then checked here.
  const lines = wrapBalanced(value, inner * 72, pt, false);
  return lines.length === 2 && lines.every((l) => lineCount(l, pt, inner, true) === 1)
    ? lines
    : null;
}

/** The width a card `w` inches wide leaves its text. */
function cardInner(w: number): number {
  return w - 2 * PAD - 0.1;
}

/**
 * Height a card needs for a stat at these sizes, its text `inner` inches wide: Infinity when
 * its figure fits neither one line nor (where the sizes allow) two.
 */
export function cardHeight(stat: Stat, sizes: StatSizes, inner: number): number {
  const valueLineCount = valueLines(stat.value, sizes.value, inner, sizes.wrap)?.length ?? Infinity;
  const label = blockHeight(
    Math.min(2, lineCount(stat.label, sizes.label, inner, true)),
    sizes.label,
  );
  const context = stat.context
    ? 0.05 + blockHeight(Math.min(3, lineCount(stat.context, sizes.context, inner)), sizes.context)
    : 0;
  return 2 * PAD + blockHeight(valueLineCount, sizes.value) + 0.05 + label + context;
}

/**
 * The largest sizes at which every card holds its figure, label and context: every figure on
 * one line while that keeps them at their usual minimum or above (the figure shrinks first,
 * then the text below it); else the largest size at which each figure takes at most two lines
 * ("more than 97M" / "installs", "1150 亿至" / "1350 亿美元"), down to a floor.
 */
export function statSizes(stats: readonly Stat[], w: number, h: number): StatSizes {
  const inner = cardInner(w);
  const oneLine = Math.min(
    ...stats.map((s) =>
      fitSize(
        s.value,
        { w: inner, h: lineHeight(SIZE.statValue) },
        SIZE.statValue,
        VALUE_FLOOR,
        true,
      ),
    ),
  );
  const fits = (sizes: StatSizes): boolean => stats.every((s) => cardHeight(s, sizes, inner) <= h);
  const candidates: StatSizes[] = [];
  for (const [label, context] of TEXT_STEPS) {
    for (let value = oneLine; value >= SIZE.statValueMin; value -= 2) {
      candidates.push({ value, label, context, wrap: false });
    }
  }
  // Then a figure may take two lines: "more than 97M" / "installs" at 44 pt reads from the
  // back of a room, where one line at 24 pt does not.
  for (let value = SIZE.statValue; value >= WRAPPED_FLOOR; value -= 2) {
    for (const [label, context] of TEXT_STEPS)
      candidates.push({ value, label, context, wrap: true });
  }
  const [label, context] = TEXT_STEPS[TEXT_STEPS.length - 1] ?? [SIZE.label, SIZE.axis];
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

/** Four or more stats are read as a list: one band each, not cards two rows high. */
const BAND_FROM = 4;
/** The figure column's share of the content width at most, in a band layout. */
const FIGURE_SHARE_MAX = 0.5;
/** A band's height at most (inches): five fill a 16:9 slide's content box. */
const BAND_MAX = 1.25;
/** The figures' largest size in bands: a band is about an inch high. */
const BAND_VALUE_MAX = 44;
/** Room a figure keeps after its estimated width (inches): renderers space scripts apart. */
const FIGURE_SLACK = 0.3;

/** A band layout: the figure column's width and the type sizes. */
export interface BandPlan {
  figureW: number;
  value: number;
  label: number;
  context: number;
}

/** Height of a band's text column: its label (up to two lines), then its context (up to two). */
export function bandTextHeight(stat: Stat, label: number, context: number, inner: number): number {
  const labelLines = Math.min(2, lineCount(stat.label, label, inner, true));
  const contextLines = stat.context ? Math.min(2, lineCount(stat.context, context, inner)) : 0;
  return blockHeight(labelLines, label) + contextLines * lineHeight(context);
}

/**
 * A band layout for these stats in a content box `w` wide, with bands `bandH` high: the
 * largest figure size at which every figure takes one line in a column at most half the
 * width, as wide as the widest figure needs, with the labels and context lines beside it at
 * the largest sizes that fit the band; the figures at the cards' floor when nothing larger fits.
 */
export function bandPlan(stats: readonly Stat[], w: number, bandH: number): BandPlan {
  const valueMax = Math.min(BAND_VALUE_MAX, Math.floor(((bandH - 0.15) * 72) / 1.2));
  const plan = (value: number, steps: readonly (readonly [number, number])[]): BandPlan | null => {
    const figureW = Math.max(...stats.map((s) => textWidth(s.value, value, true))) + FIGURE_SLACK;
    if (figureW > w * FIGURE_SHARE_MAX && value > VALUE_FLOOR) return null;
    const inner = w - figureW - GAP - 0.1;
    const text = steps.find(([l, c]) =>
      stats.every((s) => bandTextHeight(s, l, c, inner) <= bandH - 0.1),
    );
    if (!text && value > VALUE_FLOOR) return null;
    const [label, context] = text ?? TEXT_STEPS[TEXT_STEPS.length - 1] ?? [SIZE.label, SIZE.axis];
    return { figureW: Math.min(figureW, w * FIGURE_SHARE_MAX), value, label, context };
  };
  // The context lines at the usual minimum or above first (the figures shrink for them), then
  // the smallest text step.
  for (const steps of [TEXT_STEPS.slice(0, -1), TEXT_STEPS]) {
    for (let value = valueMax; value > VALUE_FLOOR; value -= 2) {
      const found = plan(value, steps);
      if (found) return found;
    }
  }
  return plan(VALUE_FLOOR, TEXT_STEPS) as BandPlan;
}

/**
 * Four to six stats as bands down the content box, each the figure (in the accent colour, in
 * a column of its own, so that the figures line up) with its label and context beside it,
 * under a thin rule; a derived figure's band has a dashed outline.
 */
function addBands(
  slide: PptxGenJS.Slide,
  stats: readonly Stat[],
  box: Box,
  fonts: DeckFonts,
): void {
  const bandH = Math.min(box.h / stats.length, BAND_MAX);
  const sizes = bandPlan(stats, box.w, bandH);
  const figureW = sizes.figureW;
  const textX = box.x + figureW + GAP;
  const textW = box.w - figureW - GAP;
  const top = box.y + (box.h - bandH * stats.length) / 2;
  stats.forEach((stat, i) => {
    const y = top + i * bandH;
    if (stat.derived) {
      slide.addShape('rect', {
        x: box.x - 0.08,
        y: y + 0.03,
        w: box.w + 0.16,
        h: bandH - 0.06,
        line: { color: COLOUR.accent, width: 1.5, dashType: 'dash' },
      });
    } else if (i > 0) {
      slide.addShape('line', {
        x: box.x,
        y,
        w: box.w,
        h: 0,
        line: { color: COLOUR.rule, width: 0.75 },
      });
    }
    slide.addText(stat.value, {
      ...textStyle(fonts, sizes.value, COLOUR.accent),
      bold: true,
      x: box.x,
      y,
      w: figureW,
      h: bandH,
      valign: 'middle',
    });
    const runs: PptxGenJS.TextProps[] = [
      {
        text: stat.label,
        options: { bold: true, fontSize: sizes.label, breakLine: !!stat.context },
      },
    ];
    if (stat.context) {
      runs.push({ text: stat.context, options: { fontSize: sizes.context, color: COLOUR.muted } });
    }
    slide.addText(runs, {
      ...textStyle(fonts, sizes.label),
      x: textX,
      y,
      w: textW,
      h: bandH,
      valign: 'middle',
    });
  });
}

/** Lay out the stats in the content box: cards for two or three, bands for more. */
export function addStats(
  slide: PptxGenJS.Slide,
  model: StatsSlide,
  box: Box,
  fonts: DeckFonts,
): void {
  const stats = model.stats.slice(0, 6);
  if (stats.length >= BAND_FROM) {
    addBands(slide, stats, box, fonts);
    return;
  }
  const { cols, rows } = statGrid(stats.length);
  const w = (box.w - GAP * (cols - 1)) / cols;
  const room = Math.min((box.h - GAP * (rows - 1)) / rows, 3.4);
  // One size for every figure on the slide, so they compare as equals.
  const sizes = statSizes(stats, w, room);
  // The cards as high as the fullest needs, not the whole box: no card half empty.
  const h = Math.min(room, Math.max(...stats.map((s) => cardHeight(s, sizes, cardInner(w)))) + PAD);
  const top = box.y + (box.h - (h * rows + GAP * (rows - 1))) / 2;
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
