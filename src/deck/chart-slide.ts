/**
 * A chart slide's middle: a native chart (returning its series plans for the second pass) or
 * a picture with its table, and the optional note under it.
 */
import type PptxGenJS from 'pptxgenjs';
import { planChart, type Box, type SeriesPlan } from './chart-plan';
import { addFittedText, blockHeight } from './frame';
import { lineCount } from './fit-text';
import { addGrid, planGrid, type GridPlan } from './grid-chart';
import { placeImage } from './image-chart';
import type { ChartSlide, GridChart, ImageChart } from './model';
import { addDataTable, measureTable } from './table';
import { COLOUR, SIZE, type DeckFonts } from './theme';
import { pngDataUrl } from './png';

/**
 * What a chart slide left for later: series plans, or the row ranges of a table or a grid for
 * the following slides, each drawn by `addOverflowPage`.
 */
export interface ChartSlideResult {
  plans?: SeriesPlan[];
  overflow: [number, number][];
  /** A grid's plan, which its following slides go on with. */
  grid?: GridPlan;
}

/** The note under the chart, taking its height off the bottom of the box. */
function addNote(
  slide: PptxGenJS.Slide,
  note: string | undefined,
  box: Box,
  fonts: DeckFonts,
): Box {
  if (!note) return box;
  const h = blockHeight(Math.min(2, lineCount(note, SIZE.label, box.w - 0.1)), SIZE.label);
  addFittedText(
    slide,
    note,
    { x: box.x, y: box.y + box.h - h, w: box.w },
    { max: SIZE.label, min: SIZE.axis, maxLines: 2 },
    fonts,
    {
      color: COLOUR.muted,
      italic: true,
    },
  );
  return { ...box, h: box.h - h - 0.08 };
}

function addImageChart(
  slide: PptxGenJS.Slide,
  chart: ImageChart,
  box: Box,
  fonts: DeckFonts,
): ChartSlideResult {
  const place = placeImage(chart, box);
  slide.addImage({ data: pngDataUrl(chart.png), ...place.image });
  if (place.table) {
    addDataTable(
      slide,
      chart.table.header,
      chart.table.rows,
      place.table,
      place.table.layout,
      fonts,
    );
  }
  return { overflow: place.overflow };
}

function addGridChart(
  slide: PptxGenJS.Slide,
  chart: GridChart,
  box: Box,
  fonts: DeckFonts,
): ChartSlideResult {
  const plan = planGrid(chart, box);
  const [first = [0, 0], ...rest] = plan.pages;
  addGrid(slide, plan.chart, first, box, plan.layout, fonts);
  return { overflow: rest, grid: plan };
}

/** Fill a chart slide's content box. */
export function addChartContent(
  slide: PptxGenJS.Slide,
  model: ChartSlide,
  box: Box,
  fonts: DeckFonts,
): ChartSlideResult {
  const area = addNote(slide, model.note, box, fonts);
  if (model.chart.kind === 'image') return addImageChart(slide, model.chart, area, fonts);
  if (model.chart.kind === 'grid') return addGridChart(slide, model.chart, area, fonts);
  const plan = planChart(model.chart, area);
  if (Array.isArray(plan.type)) {
    // For a combination chart pptxgenjs reads the options from the second argument.
    slide.addChart(plan.type, plan.options as unknown as []);
  } else {
    slide.addChart(plan.type, plan.data, plan.options);
  }
  return { plans: plan.series, overflow: [] };
}

/**
 * A following slide: rows [start, end) of an image chart's table at full width, or of a grid
 * under its column heads.
 */
export function addOverflowPage(
  slide: PptxGenJS.Slide,
  chart: ImageChart | GridChart,
  rows: [number, number],
  box: Box,
  fonts: DeckFonts,
  grid?: GridPlan,
): void {
  if (chart.kind === 'grid') {
    const plan = grid ?? planGrid(chart, box);
    addGrid(slide, plan.chart, rows, box, plan.layout, fonts);
    return;
  }
  const part = chart.table.rows.slice(rows[0], rows[1]);
  const layout = measureTable(chart.table.header, part, box.w);
  addDataTable(slide, chart.table.header, part, box, layout, fonts);
}
