/**
 * An image chart: the picture at its own aspect ratio, as large as the box allows, and its
 * data as a native table. The table goes beside the picture, or under it, when that leaves the
 * picture at least 60% of its largest size; otherwise onto following slides.
 */
import type { Box } from './chart-plan';
import type { ImageChart } from './model';
import { measureTable, type TableLayout } from './table';

const GAP = 0.25;
const MIN_SHARE = 0.6;
const MIN_TABLE_W = 4;

/** Where the picture goes and which table rows go on which slide. */
export interface ImagePlacement {
  image: Box;
  /** The table on the same slide, if it fits. */
  table?: { x: number; y: number; layout: TableLayout };
  /** Row ranges [start, end) of the table, one per following slide. */
  overflow: [number, number][];
}

/** The largest box of the picture's aspect ratio inside `w` × `h` (none when there is no room). */
function fitImage(aspect: number, w: number, h: number): { w: number; h: number } {
  if (w <= 0 || h <= 0) return { w: 0, h: 0 };
  return w / h > aspect ? { w: h * aspect, h } : { w, h: w / aspect };
}

/** Split rows into pages whose tables fit `height`. */
function pages(chart: ImageChart, width: number, height: number): [number, number][] {
  const { header, rows } = chart.table;
  const result: [number, number][] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (
      end < rows.length &&
      measureTable(header, rows.slice(start, end + 1), width).height <= height
    )
      end += 1;
    result.push([start, end]);
    start = end;
  }
  return result;
}

/** Plan the picture and its table in the content box. */
export function placeImage(chart: ImageChart, box: Box): ImagePlacement {
  const aspect = chart.width / Math.max(chart.height, 1);
  const full = fitImage(aspect, box.w, box.h);
  const { header, rows } = chart.table;

  // Beside: the picture keeps the left, the table takes the rest of the width.
  const besideW = box.w - full.w - GAP;
  if (besideW >= MIN_TABLE_W) {
    const layout = measureTable(header, rows, besideW);
    if (layout.height <= box.h) {
      return {
        image: { x: box.x, y: box.y, ...full },
        table: { x: box.x + full.w + GAP, y: box.y, layout },
        overflow: [],
      };
    }
  }
  // Under: the table at full width, the picture above it.
  const layout = measureTable(header, rows, box.w);
  const under = fitImage(aspect, box.w, box.h - layout.height - GAP);
  if (under.w >= full.w * MIN_SHARE && under.h > 0) {
    return {
      image: { x: box.x + (box.w - under.w) / 2, y: box.y, ...under },
      table: { x: box.x, y: box.y + under.h + GAP, layout },
      overflow: [],
    };
  }
  // Otherwise the picture alone, and the table on the slides after it.
  return {
    image: { x: box.x + (box.w - full.w) / 2, y: box.y, ...full },
    overflow: pages(chart, box.w, box.h),
  };
}
