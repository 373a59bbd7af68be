/**
 * Export file names name the edition and say what the chart is and in which language:
 * `ai-2026-04-q1-2026-ai-venture-funding.en.png`. The slug is the panel's, from the
 * report file.
 */
import type { Lang } from '../../i18n/languages';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'pptx';

/** Anything made safe for a file name: lower-case kebab. */
function safe(text: string): string {
  return text
    .replace(/[^a-z0-9-]+/gi, '-')
    .replace(/-+/g, '-')
    .toLowerCase();
}

export function exportFileName(
  edition: string,
  slug: string,
  lang: Lang,
  format: ExportFormat,
): string {
  return `${safe(edition)}-${safe(slug)}.${safe(lang)}.${format}`;
}
