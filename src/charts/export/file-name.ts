/** Export file names say what the chart is and in which language: `q1-2026-ai-venture-funding.en.png`. */
import type { Lang } from '../../i18n/languages';

/** A descriptive, language-independent slug per chart. */
export const CHART_SLUGS: Record<string, string> = {
  timeline: 'april-2026-ai-events-timeline',
  capital: 'q1-2026-ai-venture-funding',
  osworld: 'osworld-v-gpt-5-4-vs-human-baseline',
  revenue: 'openai-anthropic-revenue',
  capex: 'ai-capex-and-infrastructure',
  efficiency: 'ai-efficiency-claims',
  context: 'context-windows-gemini-3-1-ultra-gpt-5-4',
  retail: 'us-retail-returns-2025',
  adoption: 'mcp-installs-and-sora-users',
  themes: 'ai-events-by-thread-and-category',
};

export type ExportFormat = 'png' | 'svg' | 'csv';

export function exportFileName(
  chartId: string,
  lang: Lang,
  format: ExportFormat,
  suffix = '',
): string {
  const slug = CHART_SLUGS[chartId] ?? chartId.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return `${slug}${suffix ? `-${suffix}` : ''}.${lang}.${format}`;
}
