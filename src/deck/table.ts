/**
 * A native table for an image chart's data: column widths from the longest cell (within
 * limits), row heights from wrapped lines, so the slide can tell whether the table fits.
 */
import type PptxGenJS from 'pptxgenjs';
import { lineCount, lineHeight, textWidth } from './fit-text';
import { COLOUR, SIZE, type DeckFonts } from './theme';

const CELL_PAD = 0.08;
const FONT = SIZE.axis;

/** A measured table: column widths and row heights in inches. */
export interface TableLayout {
  colW: number[];
  rowH: number[];
  height: number;
}

/**
 * Column widths summing to `width`, each in proportion to its longest cell (capped); a column
 * of short cells ("4 月下旬", "Late April") is kept wide enough not to break them.
 */
function columnWidths(header: string[], rows: string[][], width: number): number[] {
  const cells = (c: number): string[] => [header[c] ?? '', ...rows.map((r) => r[c] ?? '')];
  const wants = header.map((_, c) =>
    Math.min(4, Math.max(0.8, ...cells(c).map((t) => textWidth(t, FONT) + 2 * CELL_PAD))),
  );
  const mins = header.map((_, c) =>
    Math.max(
      0,
      ...cells(c)
        .filter((t) => [...t].length <= 10)
        .map((t) => textWidth(t, FONT) * 1.15 + 2 * CELL_PAD),
    ),
  );
  const total = wants.reduce((a, b) => a + b, 0);
  const widths = wants.map((w) => (w / total) * width);
  widths.forEach((w, c) => {
    const short = (mins[c] ?? 0) - w;
    const widest = widths.indexOf(Math.max(...widths));
    if (short > 0 && widest !== c) {
      widths[c] = w + short;
      widths[widest] = (widths[widest] ?? 0) - short;
    }
  });
  return widths;
}

/** Measure a table set `width` inches wide. */
export function measureTable(header: string[], rows: string[][], width: number): TableLayout {
  const colW = columnWidths(header, rows, width);
  const rowH = [header, ...rows].map((row) => {
    const lines = Math.max(
      1,
      ...colW.map((w, c) => lineCount(row[c] ?? '', FONT, w - 2 * CELL_PAD)),
    );
    // LibreOffice and PowerPoint set table text a little looser than a text box: err long.
    return lines * lineHeight(FONT) * 1.12 + 2 * CELL_PAD + 0.04;
  });
  return { colW, rowH, height: rowH.reduce((a, b) => a + b, 0) };
}

/** Add the table at a position, with the measured layout. */
export function addDataTable(
  slide: PptxGenJS.Slide,
  header: string[],
  rows: string[][],
  at: { x: number; y: number },
  layout: TableLayout,
  fonts: DeckFonts,
): void {
  const cell = (text: string, head: boolean): PptxGenJS.TableCell => ({
    text,
    options: head ? { bold: true, fill: { color: COLOUR.tableHead } } : {},
  });
  slide.addTable(
    [
      header.map((h) => cell(h, true)),
      ...rows.map((r) => header.map((_, c) => cell(r[c] ?? '', false))),
    ],
    {
      x: at.x,
      y: at.y,
      colW: layout.colW,
      rowH: layout.rowH,
      fontSize: FONT,
      fontFace: fonts.latin,
      lang: fonts.lang,
      color: COLOUR.text,
      valign: 'middle',
      margin: CELL_PAD * 72,
      border: { type: 'solid', pt: 0.75, color: COLOUR.rule },
      autoPage: false,
    },
  );
}
