/**
 * The exporter: the only place besides chart.tsx that drives ECharts. It renders an
 * option off screen (server-side-rendering mode, SVG), composes the slide around it,
 * and rasterises that for PNG and the clipboard.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../i18n/languages';
import { echarts } from './echarts';
import { composeSlideSvg, layoutSlide, type SlideText } from './export/compose-svg';
import { exportOption } from './export/export-option';
import { layoutSize, type ExportScale, type PresetId } from './export/presets';

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
    locale: lang === 'zh' ? 'ZH' : 'EN',
  });
  try {
    chart.setOption(exportOption(option));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface SlideInput {
  option: EChartsCoreOption;
  /** The chart's natural height at screen width. */
  height: number;
  text: SlideText;
  lang: Lang;
}

/** The finished slide as SVG text at a preset's layout size. */
export function slideSvg(
  input: SlideInput,
  preset: PresetId,
): { svg: string; width: number; height: number } {
  const { width, height } = layoutSize(preset);
  const area = layoutSlide(input.text, width, height).chart;
  // Lay the chart out at the slide's width and its own height, then fit it in.
  const chartWidth = Math.round(area.width);
  const chartHeight = Math.round(Math.max(input.height, 200));
  const chartSvg = renderOptionSvg(input.option, chartWidth, chartHeight, input.lang);
  return {
    svg: composeSlideSvg(
      input.text,
      { svg: chartSvg, width: chartWidth, height: chartHeight },
      width,
      height,
    ),
    width,
    height,
  };
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
