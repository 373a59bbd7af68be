/**
 * What a report file's format means, without the validator: constants and small functions
 * the app uses at run time. The zod schema (schema.ts) is loaded only to check a file, in a
 * chunk of its own, so the page's first JavaScript does not carry it.
 */
import type { Bilingual, Mark, Panel } from './schema';

/** The version of the file format this app reads; files of another version are refused by name. */
export const SCHEMA_VERSION = 2;

/**
 * How the report hedged a number. `exact` means the report states it flatly.
 * `range` goes with a range value; `thousands` means "数千" (the value is the
 * lower bound, 1000); `plus` means "40 多" (40-plus); `within` means "一年内".
 */
export const QUALIFIERS = [
  'exact',
  'about',
  'more-than',
  'nearly',
  'fewer-than',
  'up-to',
  'as-much-as',
  'range',
  'thousands',
  'plus',
  'within',
] as const;
/** Base units: money in US dollars, percent as a number of percent, counts as counts. */
export const UNITS = [
  'usd',
  'percent',
  'percentage-points',
  'multiple',
  'tokens',
  'installs',
  'users',
  'jobs',
  'vulnerabilities',
  'companies',
  'returns-per-shopper',
  'steps',
  'months',
  'years',
  'hours',
  'age-years',
] as const;
/** The highest section number a report may have (its conclusion's, at the most). */
export const MAX_SECTION = 99;
/** A date with the precision the report gives it: never a day it does not state. */
export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
/** `{{figure-id}}` in a text: the figure's value, formatted as the report hedged it. */
export const PLACEHOLDER = /\{\{\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\}/g;

/** The figure ids a bilingual text cites through placeholders. */
export function placeholderIds(text: Bilingual): string[] {
  return [...`${text.zh}\n${text.en}`.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Slide ids the presentation keeps for itself: no panel may take them. */
export const RESERVED_PANEL_IDS = ['title', 'headline'] as const;

export const PANEL_FORMS = [
  'stat',
  'part-to-whole',
  'reference',
  'range',
  'before-after',
  'multiples',
  'bars',
  'timeline',
  'themes',
] as const;
export type PanelForm = (typeof PANEL_FORMS)[number];

/** Every mark a panel draws, whatever its form (cards and tables list them in this order). */
export function panelMarks(panel: Panel): Mark[] {
  switch (panel.form) {
    case 'stat':
      return panel.stats;
    case 'part-to-whole':
      return [panel.total, ...panel.parts];
    case 'reference':
    case 'range':
    case 'multiples':
    case 'bars':
      return panel.marks;
    case 'before-after':
      return panel.pairs.flatMap((p) => [p.before, p.after]);
    case 'timeline':
    case 'themes':
      return [];
  }
}

/** Every text of a panel that may cite figures through `{{figure-id}}`. */
export function panelTexts(panel: Panel): Bilingual[] {
  const texts: Bilingual[] = [panel.title, panel.subtitle];
  for (const a of panel.annotations ?? []) texts.push(a.kind === 'reference' ? a.label : a.text);
  return texts;
}

/**
 * Every figure a panel cites: its marks, then its reference lines and the figures its
 * texts quote (in that order, each once). Tables, filters and exports list these.
 */
export function panelFigureIds(panel: Panel): string[] {
  const ids = panelMarks(panel).map((m) => m.figure);
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const a of panel.annotations ?? []) if (a.kind === 'reference') add(a.figure);
  for (const text of panelTexts(panel)) placeholderIds(text).forEach(add);
  return ids;
}
