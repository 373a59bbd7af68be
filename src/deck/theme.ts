/**
 * The deck's look in one place: slide geometry (inches, 16:9), type sizes (points) and
 * colours. Sizes are chosen for a 1920×1080 export, where 1 pt is 2 px: titles 28 pt or more
 * (56 px), every label 14 pt or more (28 px), so the back of the room can read them.
 */
import type { DeckLang } from './model';

/** PowerPoint's 16:9 widescreen slide. */
export const SLIDE = { w: 13.333, h: 7.5 } as const;

/** Left/right margin and the content width between them. */
export const MARGIN = 0.55;
export const CONTENT_W = SLIDE.w - 2 * MARGIN;

/** Type sizes in points. */
export const SIZE = {
  title: 32,
  titleMin: 28,
  subtitle: 18,
  subtitleMin: 16,
  body: 20,
  label: 16,
  axis: 14,
  footer: 14,
  statValue: 54,
  statValueMin: 36,
  coverTitle: 44,
} as const;

/** Colours as pptxgenjs wants them: "RRGGBB". */
export const COLOUR = {
  text: '15171C',
  muted: '4F5563',
  rule: 'D9DDE5',
  grid: 'E5E7EB',
  accent: '3B3FD8',
  reference: '4F5563',
  surface: 'FFFFFF',
  tableHead: 'F1F3F7',
} as const;

/** The typefaces written on every run. */
export interface DeckFonts {
  /** BCP 47 language of every run: zh-CN or en-US. */
  lang: string;
  latin: string;
  /** East Asian typeface: PowerPoint uses it for CJK characters even in English decks. */
  eastAsian: string;
}

/**
 * Microsoft YaHei ships with Windows and Office for Mac; the GB2312 charset written beside it
 * (see east-asian-fonts.ts) lets PowerPoint and Keynote substitute a Simplified Chinese face
 * (PingFang SC, Noto Sans CJK SC) where it is missing. Arial, or its metric twin Liberation
 * Sans, is everywhere.
 */
export function deckFonts(lang: DeckLang): DeckFonts {
  return { lang: lang === 'zh' ? 'zh-CN' : 'en-US', latin: 'Arial', eastAsian: 'Microsoft YaHei' };
}

/** "#3b3fd8" or "3b3fd8" → "3B3FD8". */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
