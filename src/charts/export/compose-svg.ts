/**
 * A finished slide as one SVG: title (the finding), subtitle, the chart (or big numbers),
 * notes, the source line and the edition, on a light background. Pure string building, so
 * it is tested without a browser; the PNG is this SVG rasterised.
 */
import { textWidth, wrapText } from '../../lib/text-width';
import { escapeHtml } from '../options/escape';
import type { StatItem } from '../options/types';
import { CHART_FONT } from '../theme';

export interface SlideText {
  title: string;
  subtitle: string;
  /** Lines under the chart: the panel's notes and the dataset's inferences. */
  notes: string[];
  source: string;
  /** e.g. "April 2026 · AI Technology: April 2026 Deep Dive · ai-2026-04" */
  stamp: string;
}

/** What fills the slide between its header and its footer. */
export type SlideBody =
  | {
      kind: 'chart';
      /** The chart as ECharts rendered it (an <svg> document). */
      svg: string;
      width: number;
      height: number;
    }
  | { kind: 'stats'; stats: readonly StatItem[] };

const PAD = 32;
/** The title's type: as large as it fits in three lines, never under 20 px (40 px at 2×). */
const TITLE_SIZES = [24, 22, 20] as const;
const TITLE_LINES = 3;
const SUBTITLE_SIZE = 13;
const NOTE_SIZE = 12;
const SOURCE_SIZE = 11;
/** The most lines a source takes before it is cut (with an ellipsis). */
const SOURCE_LINES = 5;
const LINE = 1.35;
const STAT_VALUE = 44;
const STAT_LABEL = 15;

const COLOURS = {
  text: '#15171c',
  muted: '#4f5563',
  rule: '#d9dde5',
  accent: '#3b3fd8',
  derived: '#8a4b00',
};

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  colour: string,
  weight = 400,
  anchor: 'start' | 'middle' = 'start',
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x.toFixed(1)}" y="${(y + i * size * LINE).toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}" text-anchor="${anchor}">${escapeHtml(l)}</text>`,
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
  titleSize: number;
  titleLines: string[];
  subtitleLines: string[];
  noteLines: string[];
  sourceLines: string[];
}

/** Lay out the text and find the room left for the chart. */
export function layoutSlide(text: SlideText, width: number, height: number): SlideLayout {
  const inner = width - 2 * PAD;
  // The largest size whose lines fit in three; at the smallest, a fourth line before any cut.
  const fits = (size: number) => wrapText(text.title, inner, size, 99, true).length <= TITLE_LINES;
  const titleSize: number = TITLE_SIZES.find(fits) ?? 20;
  const titleLines = wrapText(text.title, inner, titleSize, TITLE_LINES + 1, true);
  const subtitleLines = wrapText(text.subtitle, inner, SUBTITLE_SIZE, 3);
  // Several notes are a list, each marked, so that they do not read as one paragraph.
  const mark = text.notes.length > 1 ? '• ' : '';
  const noteLines = text.notes.flatMap((n) => wrapText(mark + n, inner, NOTE_SIZE, 3));
  // Source and edition together when they fit in three lines; else the source on its own
  // lines, whole up to SOURCE_LINES (a square slide's timeline cites ten references: its
  // last ones were lost to the ellipsis), then the edition, never cut.
  const together = wrapText(`${text.source}  ·  ${text.stamp}`, inner, SOURCE_SIZE, 99);
  const sourceLines =
    together.length <= 3
      ? together
      : [
          ...wrapText(text.source, inner, SOURCE_SIZE, SOURCE_LINES),
          ...wrapText(text.stamp, inner, SOURCE_SIZE, 2),
        ];
  const headerHeight =
    PAD +
    titleLines.length * titleSize * LINE +
    6 +
    subtitleLines.length * SUBTITLE_SIZE * LINE +
    12;
  const footerHeight =
    (noteLines.length ? noteLines.length * NOTE_SIZE * LINE + 8 : 0) +
    14 +
    sourceLines.length * SOURCE_SIZE * LINE +
    PAD * 0.75;
  return {
    chart: {
      x: PAD,
      y: headerHeight,
      width: inner,
      height: Math.max(60, height - headerHeight - footerHeight),
    },
    titleSize,
    titleLines,
    subtitleLines,
    noteLines,
    sourceLines,
  };
}

/** Big numbers in a grid filling the area, all at one size: value, then what it counts. */
function statsSvg(stats: readonly StatItem[], area: SlideLayout['chart']): string {
  const columns = Math.min(stats.length, 2);
  const rows = Math.ceil(stats.length / columns);
  const cellW = area.width / columns;
  const cellH = area.height / rows;
  // One size for every value, so that numbers side by side compare as equals: the largest at
  // which the widest fits its cell on one line.
  const valueSize = Math.min(
    STAT_VALUE,
    ...stats.map((s) => (cellW * 0.9) / Math.max(1, textWidth(s.value, 1, true))),
  );
  return stats
    .map((s, i) => {
      const cx = area.x + (i % columns) * cellW + cellW / 2;
      const labelLines = wrapText(s.label, cellW * 0.85, STAT_LABEL, 2);
      const block = valueSize * 1.1 + labelLines.length * STAT_LABEL * LINE;
      const top = area.y + Math.floor(i / columns) * cellH + (cellH - block) / 2 + valueSize;
      return [
        textLines(
          [s.value],
          cx,
          top,
          valueSize,
          s.derived ? COLOURS.derived : COLOURS.text,
          700,
          'middle',
        ),
        textLines(labelLines, cx, top + STAT_LABEL * 1.6, STAT_LABEL, COLOURS.muted, 400, 'middle'),
      ].join('');
    })
    .join('');
}

/** The whole slide as an SVG document of `width`×`height` CSS pixels. */
export function composeSlideSvg(
  text: SlideText,
  body: SlideBody,
  width: number,
  height: number,
): string {
  const layout = layoutSlide(text, width, height);
  const area = layout.chart;
  let content: string;
  if (body.kind === 'chart') {
    // Fit the chart's natural size into the area, keeping its proportions.
    const scale = Math.min(area.width / body.width, area.height / body.height);
    const w = body.width * scale;
    const h = body.height * scale;
    const x = area.x + (area.width - w) / 2;
    const y = area.y + (area.height - h) / 2;
    content = placeChart(body.svg, x, y, w, h, body.width, body.height);
  } else {
    content = statsSvg(body.stats, area);
  }
  const titleSize = layout.titleSize;
  const titleY = PAD + titleSize;
  const subtitleY =
    titleY + (layout.titleLines.length - 1) * titleSize * LINE + 6 + SUBTITLE_SIZE * LINE;
  const footerTop = height - PAD * 0.75 - layout.sourceLines.length * SOURCE_SIZE * LINE;
  const notesTop = footerTop - 10 - layout.noteLines.length * NOTE_SIZE * LINE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(CHART_FONT)}">`,
    `<title>${escapeHtml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${PAD}" y="${PAD - 14}" width="40" height="4" fill="${COLOURS.accent}"/>`,
    textLines(layout.titleLines, PAD, titleY, titleSize, COLOURS.text, 700),
    textLines(layout.subtitleLines, PAD, subtitleY, SUBTITLE_SIZE, COLOURS.muted),
    content,
    textLines(layout.noteLines, PAD, notesTop + NOTE_SIZE, NOTE_SIZE, COLOURS.text),
    `<line x1="${PAD}" x2="${width - PAD}" y1="${(footerTop - 4).toFixed(1)}" y2="${(footerTop - 4).toFixed(1)}" stroke="${COLOURS.rule}"/>`,
    textLines(layout.sourceLines, PAD, footerTop + SOURCE_SIZE, SOURCE_SIZE, COLOURS.muted),
    '</svg>',
  ].join('');
}
