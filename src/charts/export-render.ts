/**
 * The exporter: the only place besides chart.tsx that drives ECharts. It renders an
 * option off screen (server-side-rendering mode, SVG), composes the slide around it,
 * and rasterises that for PNG and the clipboard.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { language, type Lang } from '../i18n/languages';
import { layoutSize, type ExportScale, type PresetId } from '../lib/export-presets';
import { echarts } from './echarts';
import { composeSlideSvg, layoutSlide, type SlideBody, type SlideText } from './export/compose-svg';
import { exportOption } from './export/export-option';
import { scaleToFit } from './options/fit-scale';
import type { BuiltChart } from './options/types';

/** Render an option to an SVG string at a given size, without touching the page. */
export function renderOptionSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  lang: Lang,
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: language(lang).echarts,
  });
  try {
    chart.setOption(exportOption(option));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface SlideInput {
  /** The chart at a type scale and width (the slide lays it out for its own size). */
  build: (size: { scale: number; width: number }) => BuiltChart | null;
  text: SlideText;
  lang: Lang;
}

/**
 * Type on a slide stays between these multiples of the screen's: never so small it cannot
 * be read from the back of a room (a 1920×1080 export keeps labels of 20 px and more),
 * never larger than the slide can hold.
 */
const MIN_SCALE = 0.82;
const MAX_SCALE = 1.5;

/**
 * The chart of a slide as laid out for a preset: built at the slide's chart width and at the
 * type scale that fills the room its text leaves.
 */
export function slideChart(
  input: SlideInput,
  preset: PresetId,
): { chart: BuiltChart; width: number } {
  const { width, height } = layoutSize(preset);
  const area = layoutSlide(input.text, width, height).chart;
  const chartWidth = Math.round(area.width);
  const { chart } = scaleToFit((scale) => input.build({ scale, width: chartWidth }), area.height, {
    min: MIN_SCALE,
    max: MAX_SCALE,
  });
  if (!chart) throw new Error('nothing to export');
  return { chart, width: chartWidth };
}

/** The finished slide as SVG text at a preset's layout size. */
export function slideSvg(
  input: SlideInput,
  preset: PresetId,
): { svg: string; width: number; height: number } {
  const { width, height } = layoutSize(preset);
  const { chart, width: chartWidth } = slideChart(input, preset);
  let body: SlideBody;
  if (chart.kind === 'echarts') {
    const chartHeight = Math.round(Math.max(chart.height, 120));
    body = {
      kind: 'chart',
      svg: renderOptionSvg(chart.option, chartWidth, chartHeight, input.lang),
      width: chartWidth,
      height: chartHeight,
    };
  } else if (chart.kind === 'stat') {
    body = { kind: 'stats', stats: chart.stats };
  } else {
    throw new Error('a list cannot be exported as an image');
  }
  return { svg: composeSlideSvg(input.text, body, width, height), width, height };
}

/** Rasterise an SVG document to a PNG at `scale` device pixels per CSS pixel. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: ExportScale,
): Promise<Blob> {
  // Chinese glyphs come from the system's CJK font: wait until the page's fonts are settled.
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2D context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hand a file to the browser's download mechanism. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
