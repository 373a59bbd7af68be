/**
 * A finished slide element as one SVG: title, subtitle, the chart, the source line and
 * the report month, on a light background. Pure string building, so it is tested
 * without a browser; the PNG is this SVG rasterised.
 */
import { escapeHtml } from '../options/escape';
import { CHART_FONT } from '../theme';

export interface SlideText {
  title: string;
  subtitle: string;
  source: string;
  /** e.g. "April 2026 · AI Technology: April 2026 Deep Dive" */
  stamp: string;
}

export interface SlideChart {
  /** The chart as ECharts rendered it (an <svg> document). */
  svg: string;
  width: number;
  height: number;
}

const PAD = 32;
const TITLE_SIZE = 24;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 11;
const LINE = 1.35;

const COLOURS = { text: '#15171c', muted: '#4f5563', rule: '#d9dde5', accent: '#3b3fd8' };

/** Roughly how wide a text is: CJK and full-width characters 1em, others about 0.56em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text)
    em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
  return em * size;
}

/** Break text into lines no wider than `max` (by words, or by characters for CJK). */
export function wrapText(text: string, max: number, size: number, maxLines = 3): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && textWidth(next.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
    return kept;
  }
  return lines;
}

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  colour: string,
  weight = 400,
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${(y + i * size * LINE).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeHtml(l)}</text>`,
    )
    .join('');
}

/** Strip the XML prolog and give the chart's <svg> a position and size inside the slide. */
function placeChart(
  svg: string,
  x: number,
  y: number,
  w: number,
  h: number,
  vw: number,
  vh: number,
): string {
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
  return body.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s(width|height|x|y|viewBox|style)="[^"]*"/g, '');
    return `<svg${kept} x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" viewBox="0 0 ${vw} ${vh}" preserveAspectRatio="xMidYMid meet">`;
  });
}

export interface SlideLayout {
  /** Where the chart goes, in slide coordinates. */
  chart: { x: number; y: number; width: number; height: number };
  titleLines: string[];
  subtitleLines: string[];
  sourceLines: string[];
}

/** Lay out the text and find the room left for the chart. */
export function layoutSlide(text: SlideText, width: number, height: number): SlideLayout {
  const inner = width - 2 * PAD;
  const titleLines = wrapText(text.title, inner, TITLE_SIZE, 2);
  const subtitleLines = wrapText(text.subtitle, inner, SUBTITLE_SIZE, 3);
  const sourceLines = wrapText(`${text.source}  ·  ${text.stamp}`, inner, SOURCE_SIZE, 3);
  const headerHeight =
    PAD +
    titleLines.length * TITLE_SIZE * LINE +
    6 +
    subtitleLines.length * SUBTITLE_SIZE * LINE +
    12;
  const footerHeight = 14 + sourceLines.length * SOURCE_SIZE * LINE + PAD * 0.75;
  return {
    chart: {
      x: PAD,
      y: headerHeight,
      width: inner,
      height: Math.max(60, height - headerHeight - footerHeight),
    },
    titleLines,
    subtitleLines,
    sourceLines,
  };
}

/** The whole slide as an SVG document of `width`×`height` CSS pixels. */
export function composeSlideSvg(
  text: SlideText,
  chart: SlideChart,
  width: number,
  height: number,
): string {
  const layout = layoutSlide(text, width, height);
  const area = layout.chart;
  // Fit the chart's natural size into the area, keeping its proportions.
  const scale = Math.min(area.width / chart.width, area.height / chart.height);
  const w = chart.width * scale;
  const h = chart.height * scale;
  const x = area.x + (area.width - w) / 2;
  const y = area.y + (area.height - h) / 2;
  const titleY = PAD + TITLE_SIZE;
  const subtitleY =
    titleY + (layout.titleLines.length - 1) * TITLE_SIZE * LINE + 6 + SUBTITLE_SIZE * LINE;
  const footerTop = height - PAD * 0.75 - layout.sourceLines.length * SOURCE_SIZE * LINE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(CHART_FONT)}">`,
    `<title>${escapeHtml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${PAD}" y="${PAD - 14}" width="40" height="4" fill="${COLOURS.accent}"/>`,
    textLines(layout.titleLines, PAD, titleY, TITLE_SIZE, COLOURS.text, 700),
    textLines(layout.subtitleLines, PAD, subtitleY, SUBTITLE_SIZE, COLOURS.muted),
    placeChart(chart.svg, x, y, w, h, chart.width, chart.height),
    `<line x1="${PAD}" x2="${width - PAD}" y1="${(footerTop - 4).toFixed(1)}" y2="${(footerTop - 4).toFixed(1)}" stroke="${COLOURS.rule}"/>`,
    textLines(layout.sourceLines, PAD, footerTop + SOURCE_SIZE, SOURCE_SIZE, COLOURS.muted),
    '</svg>',
  ].join('');
}
