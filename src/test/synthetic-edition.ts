/**
 * A clearly synthetic second edition, built from the April file in memory: other ids (every
 * figure and event renamed), other values, another month, other section numbers, and a different set of panels (one
 * per form of the vocabulary, in another order). It proves that a new month's file needs no
 * code change. Pure: the unit tests and the end-to-end test (which serves it) share it.
 */
import type { Report } from '../data/schema';

export const SYNTHETIC_ID = 'synthetic-2031-07';
export const SYNTHETIC_FILE = `${SYNTHETIC_ID}.json`;

type Json = Record<string, unknown>;

/** Every figure and event id renamed, consistently, wherever it is referred to. */
const rename = (id: string): string => `syn-${id}`;
/** Values scaled alike, so derived values and parts still add up. */
const SCALE = 1.5;
/** Sections numbered further on (its conclusion is not April's section 16). */
const SECTION_SHIFT = 4;

function mapDeep(value: unknown, map: (key: string, v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapDeep(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Json).map(([k, v]) => [k, map(k, mapDeep(v, map))]),
    );
  }
  return value;
}

/** A report's raw JSON turned into the synthetic edition (the input is not changed). */
export function syntheticEdition(april: Json): Json {
  const raw = structuredClone(april) as Json & {
    report: Json;
    figures: Json[];
    events: Json[];
    panels: Json[];
    cards: Json[];
  };
  const figureIds = new Set(raw.figures.map((f) => String(f.id)));
  const eventIds = new Set(raw.events.map((e) => String(e.id)));
  const isId = (v: unknown): v is string =>
    typeof v === 'string' && (figureIds.has(v) || eventIds.has(v));
  const renameText = (text: string): string =>
    text.replace(/\{\{\s*([a-z0-9-]+)\s*\}\}/g, (whole, id: string) =>
      figureIds.has(id) ? `{{${rename(id)}}}` : whole,
    );

  const renamed = mapDeep(raw, (key, v) => {
    if (key === 'id' || key === 'event' || key === 'figure') return isId(v) ? rename(v) : v;
    if (key === 'inputs' && Array.isArray(v)) {
      return (v as unknown[]).map((x) => (isId(x) ? rename(x) : x));
    }
    if ((key === 'zh' || key === 'en') && typeof v === 'string') return renameText(v);
    // Other section numbers: a longer report (the abstract stays 0).
    if (key === 'section' && typeof v === 'number' && v > 0) return v + SECTION_SHIFT;
    return v;
  }) as typeof raw;

  // Other values: every amount scaled alike (derived values and parts keep adding up).
  for (const f of renamed.figures) {
    const value = f.value as { kind: string; value?: number; low?: number; high?: number };
    if (value.kind === 'point') value.value = Math.round((value.value ?? 0) * SCALE * 100) / 100;
    else {
      value.low = Math.round((value.low ?? 0) * SCALE * 100) / 100;
      value.high = Math.round((value.high ?? 0) * SCALE * 100) / 100;
    }
    // The prose of a formula quotes April's numbers: a synthetic one says so instead.
    if (f.derived) {
      (f.derived as Json).formula = {
        zh: '合成数据：由输入推算',
        en: 'synthetic data: derived from its inputs',
      };
    }
  }

  // Another month: every date moved to July 2031 (a quarter to Q3 2031), precision kept.
  const moveDate = (d: Json | undefined): void => {
    if (!d) return;
    if (d.precision === 'day') d.value = `2031-07-${String(d.value).slice(8, 10)}`;
    else if (d.precision === 'month') d.value = '2031-07';
    else if (d.precision === 'quarter') d.value = '2031-Q3';
    else d.value = '2031';
  };
  for (const e of renamed.events) {
    moveDate(e.date as Json);
    for (const s of (e.statedDates as Json[] | undefined) ?? []) moveDate(s.date as Json);
  }
  for (const f of renamed.figures) moveDate(f.date as Json | undefined);

  renamed.report = {
    ...renamed.report,
    id: SYNTHETIC_ID,
    title: { zh: '合成测试版：2031 年 7 月', en: 'Synthetic test edition: July 2031' },
    month: { precision: 'month', value: '2031-07' },
    conclusionSection: Number(renamed.report.conclusionSection) + SECTION_SHIFT,
  };

  // A different set of panels: one per form, in another order, under other ids and slugs.
  const byForm = new Map<string, Json>();
  for (const p of renamed.panels) if (!byForm.has(String(p.form))) byForm.set(String(p.form), p);
  const order = [
    'stat',
    'themes',
    'part-to-whole',
    'multiples',
    'before-after',
    'reference',
    'range',
    'bars',
    'timeline',
  ];
  renamed.panels = order.flatMap((form, i) => {
    const p = byForm.get(form);
    if (!p) return [];
    return [
      { ...p, id: `syn-panel-${i + 1}`, slug: `synthetic-${form}`, wide: form === 'timeline' },
    ];
  });
  renamed.cards = renamed.cards.slice(0, 3).map((c) => ({ ...c, id: `syn-${String(c.id)}` }));
  return renamed;
}

/** data/index.json listing the synthetic edition beside the real ones (it is the newest). */
export function indexWithSynthetic(index: Json): Json {
  const reports = [...((index.reports as Json[] | undefined) ?? [])];
  reports.push({
    id: SYNTHETIC_ID,
    file: SYNTHETIC_FILE,
    month: { precision: 'month', value: '2031-07' },
    title: { zh: '合成测试版：2031 年 7 月', en: 'Synthetic test edition: July 2031' },
  });
  return { ...index, reports };
}

export type { Report };
