/**
 * One visual language for every chart: each organisation and each thread keeps its
 * colour everywhere (charts, legends, chips, cards). Colours are assigned by the
 * order in the report, from palettes checked for contrast on white.
 */
import type { Report } from '../data/schema';
import { TEXT_FONT } from '../lib/text-width';

/** 12 distinguishable hues, each ≥ 3:1 against white for non-text marks. */
export const ORG_PALETTE = [
  '#3b3fd8',
  '#0f8a5f',
  '#c2410c',
  '#7c3aed',
  '#0e7490',
  '#b91c1c',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#1d4ed8',
  '#6d28d9',
  '#475569',
] as const;

/** Thread colours sit apart from the organisation palette, so a lane never reads as a company. */
export const THREAD_PALETTE = [
  '#1f4e79',
  '#217873',
  '#c2452d',
  '#7b2cbf',
  '#8a6d00',
  '#475569',
] as const;

/** The same hues, lifted for a dark background (each ≥ 3:1 against #171a21). */
export const ORG_PALETTE_DARK = [
  '#8b8ff5',
  '#34c48f',
  '#f08a4b',
  '#b18cf7',
  '#38bdd8',
  '#f07171',
  '#e0b43a',
  '#f472b6',
  '#9ccc4e',
  '#6ea1ff',
  '#c4a5fa',
  '#a3b1c6',
] as const;

export const THREAD_PALETTE_DARK = [
  '#6fa8dc',
  '#4fc3b4',
  '#f0826c',
  '#b98cf0',
  '#d9b84a',
  '#a3b1c6',
] as const;

export type Scheme = 'light' | 'dark';

/** The page's font stack, so chart text matches the page (and CJK glyphs resolve). */
export const CHART_FONT = TEXT_FONT;

/**
 * What every chart's option starts with: the page's font, and ECharts' aria description (the
 * chart's text alternative). `decal: false` keeps ECharts from patterning the marks.
 */
export function chartBase(description: string, { decal = true }: { decal?: boolean } = {}) {
  return {
    textStyle: { fontFamily: CHART_FONT },
    aria: {
      enabled: true,
      label: { description },
      ...(decal ? {} : { decal: { show: false } }),
    },
  };
}

export const NEUTRAL = '#64748b';

export interface ChartColours {
  organisation: (id: string) => string;
  thread: (id: string) => string;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  accent: string;
  derived: string;
}

const caches: Record<Scheme, WeakMap<Report, ChartColours>> = {
  light: new WeakMap(),
  dark: new WeakMap(),
};

/** Colours for a report in a scheme; organisations and threads keep their slot in both. */
export function coloursFor(report: Report, scheme: Scheme = 'light'): ChartColours {
  const cache = caches[scheme];
  const hit = cache.get(report);
  if (hit) return hit;
  const orgPalette = scheme === 'dark' ? ORG_PALETTE_DARK : ORG_PALETTE;
  const threadPalette = scheme === 'dark' ? THREAD_PALETTE_DARK : THREAD_PALETTE;
  const orgIndex = new Map(report.organisations.map((o, i) => [o.id, i]));
  const threadIndex = new Map(
    [...report.threads].sort((a, b) => a.order - b.order).map((t, i) => [t.id, i]),
  );
  const colours: ChartColours = {
    organisation: (id) => {
      const i = orgIndex.get(id);
      return i === undefined ? NEUTRAL : (orgPalette[i % orgPalette.length] ?? NEUTRAL);
    },
    thread: (id) => {
      const i = threadIndex.get(id);
      return i === undefined ? NEUTRAL : (threadPalette[i % threadPalette.length] ?? NEUTRAL);
    },
    ...(scheme === 'dark'
      ? {
          text: '#e8eaf0',
          muted: '#a9b0bf',
          grid: '#343945',
          surface: '#1f232b',
          accent: '#8b8ff5',
          derived: '#f0b35e',
        }
      : {
          text: '#15171c',
          muted: '#4f5563',
          grid: '#e3e6ec',
          surface: '#ffffff',
          accent: '#3b3fd8',
          derived: '#8a4b00',
        }),
  };
  cache.set(report, colours);
  return colours;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (c: number): number => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** `top` laid over `under` at `opacity`, as one opaque #rrggbb colour. */
export function over(top: string, under: string, opacity: number): string {
  const rgb = (hex: string) => {
    const n = Number.parseInt(hex.replace('#', ''), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  };
  const [a, b] = [rgb(top), rgb(under)];
  const mixed = a.map((c, i) => Math.round(c * opacity + (b[i] ?? 0) * (1 - opacity)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrast('#ffffff', background) >= contrast('#15171c', background) ? '#ffffff' : '#15171c';
}
