/** Tooltips are HTML: every text from the data is escaped before it goes in. */
import type { ChartContext } from './types';
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A run of ECharts rich text, `{style|text}`: the text from the data loses the characters of
 * that markup, so it can never open, close or name a style.
 */
export function richRun(style: string, text: string): string {
  return `{${style}|${text.replace(/[{}|]/g, ' ')}}`;
}

/** Tooltip colours that follow the page's scheme. */
export function tooltipStyle(ctx: ChartContext) {
  return {
    backgroundColor: ctx.colours.surface,
    borderColor: ctx.colours.grid,
    textStyle: { color: ctx.colours.text, fontSize: 12 },
    extraCssText: 'max-width: 22rem; white-space: normal;',
  };
}
