import type { ChartContext } from '../../charts/options/types';
import type { EntityRef, Filters } from '../../data/filters';
import type { Report } from '../../data/schema';
import { entityName } from './use-entity-name';

/** The active filters and selection in words, for an exported image's subtitle ('' when none). */
export function describeFilters(
  report: Report,
  filters: Filters,
  selection: EntityRef | null,
  ctx: Pick<ChartContext, 'lang' | 'text' | 'fmt'>,
): string {
  const parts: string[] = [];
  const names = (kind: 'thread' | 'category' | 'organisation', ids: readonly string[]) =>
    ids.flatMap((id) => {
      const name = entityName(report, { kind, id }, ctx.lang);
      return name ? [name] : [];
    });
  parts.push(...names('thread', filters.threads));
  parts.push(...names('category', filters.categories));
  parts.push(...names('organisation', filters.organisations));
  if (selection) {
    const name = entityName(report, selection, ctx.lang);
    if (name) parts.push(name);
  }
  if (filters.range) {
    parts.push(
      ctx.text('filters.rangeValue', {
        from: ctx.fmt.date({ precision: 'day', value: filters.range.from }),
        to: ctx.fmt.date({ precision: 'day', value: filters.range.to }),
      }),
    );
  }
  if (filters.search) parts.push(`“${filters.search}”`);
  if (parts.length === 0) return '';
  return ctx.text('export.filtered', { filters: parts.join(ctx.text('charts.listSeparator')) });
}
