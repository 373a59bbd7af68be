/**
 * A grid chart as a native table: the column heads over a rule in their colour, a row head
 * per row, and in each cell its entries as a bulleted list. The type is as large as lets the
 * whole grid fit the box (from the label size down to the axis size, 14 pt, the smallest the
 * deck sets); a grid too tall even then goes on over the following slides, whole rows to a
 * slide (a row too tall for one split into rows of the same name), each slide repeating the
 * column heads.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Box } from './chart-plan';
import { lineCount, lineHeight, textWidth } from './fit-text';
import type { GridChart } from './model';
import { COLOUR, SIZE, hex, type DeckFonts } from './theme';

const CELL_PAD = 0.08;
/** A bullet's hanging indent, in points: the text of an entry's wrapped lines starts here. */
const BULLET_INDENT = 14;
/** Space after each entry of a cell, in lines. */
const ENTRY_GAP = 0.2;
/** The row heads' column takes at most this share of the width. */
const HEAD_SHARE = 0.2;
const RULE_PT = 3;

/** A grid measured at one type size: column widths and row heights, inches. */
export interface GridLayout {
  size: number;
  /** The row heads' column, then one per column of the chart. */
  colW: number[];
  headH: number;
  rowH: number[];
}

/** The size chosen, the rows as laid out, and the rows of each slide, [start, end). */
export interface GridPlan {
  layout: GridLayout;
  /** The chart as drawn: a row too tall for a slide is split into rows of the same name. */
  chart: GridChart;
  pages: [number, number][];
}

/**
 * A cell's or a head's height: its lines at single spacing (about 1.15 em as LibreOffice sets
 * Liberation Sans in a table cell; `lineHeight` counts 1.2), the gaps between entries, the pads.
 */
function height(lines: number, size: number, gaps = 0): number {
  return (lines + gaps * ENTRY_GAP) * lineHeight(size) + 2 * CELL_PAD + 0.04;
}

/** The text width inside column `c` of `colW` (the row heads' first). */
function inner(colW: readonly number[], c: number): number {
  return (colW[c] ?? 0) - 2 * CELL_PAD;
}

/** The rows' heights at `size` in columns `colW` wide (the row heads' first). */
function rowHeights(rows: GridChart['rows'], colW: readonly number[], size: number): number[] {
  return rows.map((row) =>
    Math.max(
      height(lineCount(row.name, size, inner(colW, 0), true), size),
      ...row.cells.map((entries, c) => {
        const w = inner(colW, c + 1) - BULLET_INDENT / 72;
        const lines = entries.reduce((n, e) => n + lineCount(e, size, w), 0);
        return height(lines, size, Math.max(entries.length - 1, 0));
      }),
    ),
  );
}

/** The narrowest a column of the chart is made, inches. */
const MIN_COL = 1.5;

/**
 * Lay the grid out `width` inches wide at `size` points. The columns share the width after
 * the row heads in proportion to `weights` (equal by default), none narrower than MIN_COL.
 */
export function measureGrid(
  chart: GridChart,
  width: number,
  size: number,
  weights: readonly number[] = chart.columns.map(() => 1),
): GridLayout {
  const heads = chart.rows.map((r) => r.name);
  const headW = Math.min(
    width * HEAD_SHARE,
    Math.max(...heads.map((h) => textWidth(h, size, true) + 2 * CELL_PAD + 0.05)),
  );
  const rest = width - headW;
  const n = Math.max(chart.columns.length, 1);
  const floor = Math.min(MIN_COL, rest / n);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const colW = [
    headW,
    ...chart.columns.map((_, c) => floor + ((weights[c] ?? 0) / total) * (rest - floor * n)),
  ];
  const headH = Math.max(
    ...chart.columns.map((col, c) =>
      height(lineCount(col.name, size, inner(colW, c + 1), true), size),
    ),
  );
  const rowH = rowHeights(chart.rows, colW, size);
  return { size, colW, headH, rowH };
}

const gridHeight = (l: GridLayout): number => l.headH + l.rowH.reduce((a, b) => a + b, 0);

/**
 * The shortest layout at `size` of a few ways to share the width: equally, or more to the
 * columns whose fullest cell holds the most text (one thread with six events of a month, the
 * others with two or three, is the timeline's usual shape).
 */
export function shortestLayout(chart: GridChart, width: number, size: number): GridLayout {
  const need = chart.columns.map((_, c) =>
    Math.max(
      1e-6,
      ...chart.rows.map((row) =>
        (row.cells[c] ?? []).reduce((sum, e) => sum + textWidth(e, size), 0),
      ),
    ),
  );
  let best: GridLayout | null = null;
  for (const power of [0, 0.5, 1]) {
    const layout = measureGrid(
      chart,
      width,
      size,
      need.map((w) => w ** power),
    );
    if (!best || gridHeight(layout) < gridHeight(best) - 1e-6) best = layout;
  }
  return best ?? measureGrid(chart, width, size);
}

/** Split the rows into slides whose tables fit `h`, each under the column heads. */
function paginate(layout: GridLayout, h: number): [number, number][] {
  const pages: [number, number][] = [];
  let start = 0;
  while (start < layout.rowH.length) {
    let used = layout.headH + (layout.rowH[start] ?? 0);
    let end = start + 1;
    while (end < layout.rowH.length && used + (layout.rowH[end] ?? 0) <= h) {
      used += layout.rowH[end] ?? 0;
      end += 1;
    }
    pages.push([start, end]);
    start = end;
  }
  return pages;
}

/**
 * A row taller than `room` split into rows of the same name, each holding an equal share of
 * every cell's entries (April's events, most dated only to the month, are one row).
 */
function splitTallRows(chart: GridChart, layout: GridLayout, room: number): GridChart {
  const rows = chart.rows.flatMap((row, r) => {
    if ((layout.rowH[r] ?? 0) <= room) return [row];
    const most = Math.max(...row.cells.map((e) => e.length));
    let parts: GridChart['rows'] = [row];
    for (let n = 2; n <= most; n++) {
      const each = Math.ceil(most / n);
      parts = Array.from({ length: n }, (_, k) => ({
        name: row.name,
        cells: row.cells.map((entries) => entries.slice(k * each, (k + 1) * each)),
      })).filter((part) => part.cells.some((e) => e.length > 0));
      if (rowHeights(parts, layout.colW, layout.size).every((h) => h <= room)) break;
    }
    return parts;
  });
  return { ...chart, rows };
}

/**
 * The largest size at which the grid fits the box; at the smallest, the slides it needs,
 * whole rows to a slide, a row too tall for one split.
 */
export function planGrid(chart: GridChart, box: Box): GridPlan {
  for (let size = SIZE.label; size >= SIZE.axis; size -= 1) {
    const layout = shortestLayout(chart, box.w, size);
    if (gridHeight(layout) <= box.h) return { layout, chart, pages: [[0, chart.rows.length]] };
  }
  const first = shortestLayout(chart, box.w, SIZE.axis);
  const split = splitTallRows(chart, first, box.h - first.headH);
  const layout = { ...first, rowH: rowHeights(split.rows, first.colW, first.size) };
  return { layout, chart: split, pages: paginate(layout, box.h) };
}

/** Add rows [start, end) of the grid, under its column heads, at the box's top left. */
export function addGrid(
  slide: PptxGenJS.Slide,
  chart: GridChart,
  [start, end]: [number, number],
  box: Box,
  layout: GridLayout,
  fonts: DeckFonts,
): void {
  const { size } = layout;
  // A rule under the cell only: no box around it.
  const none: PptxGenJS.BorderProps = { type: 'none' };
  type Sides = [
    PptxGenJS.BorderProps,
    PptxGenJS.BorderProps,
    PptxGenJS.BorderProps,
    PptxGenJS.BorderProps,
  ];
  const underline = (colour: string = COLOUR.rule, pt = 0.75): Sides => [
    none,
    none,
    { type: 'solid', pt, color: hex(colour) },
    none,
  ];
  const head: PptxGenJS.TableRow = [
    { text: '', options: { border: underline() } },
    ...chart.columns.map((col): PptxGenJS.TableCell => ({
      text: col.name,
      options: { bold: true, valign: 'bottom', border: underline(col.colour, RULE_PT) },
    })),
  ];
  const body = chart.rows.slice(start, end).map((row): PptxGenJS.TableRow => [
    { text: row.name, options: { bold: true, border: underline() } },
    ...row.cells.map((entries): PptxGenJS.TableCell => ({
      // An empty cell still carries the size: without one, PowerPoint sets its empty
      // paragraph at its 18 pt default and grows the row.
      text: (entries.length > 0 ? entries : ['']).map((entry, i) => ({
        text: entry,
        options: {
          fontSize: size,
          bullet: entry ? { indent: BULLET_INDENT } : false,
          breakLine: i < entries.length - 1,
          // ENTRY_GAP lines, in points.
          paraSpaceAfter: i < entries.length - 1 ? lineHeight(size) * 72 * ENTRY_GAP : 0,
        },
      })),
      options: { border: underline() },
    })),
  ]);
  slide.addTable([head, ...body], {
    x: box.x,
    y: box.y,
    colW: layout.colW,
    rowH: [layout.headH, ...layout.rowH.slice(start, end)],
    fontSize: size,
    fontFace: fonts.latin,
    lang: fonts.lang,
    color: COLOUR.text,
    valign: 'top',
    margin: CELL_PAD * 72,
    autoPage: false,
  });
}
