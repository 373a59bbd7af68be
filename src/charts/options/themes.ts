/** Overview of themes: events by thread and category, as a treemap that is also a filter. */
import type { Report, ReportEvent } from '../../data/schema';
import { eventRelates, indexReport } from '../../data/selectors';
import { CHART_FONT, readableOn } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { px, type BuiltChart, type ChartContext, type ChartRow, type EntityDatum } from './types';

export function buildThemes(
  report: Report,
  events: readonly ReportEvent[],
  ctx: ChartContext,
): BuiltChart | null {
  if (events.length === 0) return null;
  const idx = indexReport(report);
  const threads = [...report.threads].sort((a, b) => a.order - b.order);
  const rows: ChartRow[] = [];
  const dim = (related: boolean) => (related ? 1 : 0.25);
  const data = threads.flatMap((thread) => {
    const inThread = events.filter((e) => e.threads[0] === thread.id);
    if (inThread.length === 0) return [];
    const colour = ctx.colours.thread(thread.id);
    // Text on a thread's colour: whichever of white or near-black reads better.
    const ink = readableOn(colour);
    const threadRelated =
      !ctx.focus ||
      (ctx.focus.kind === 'thread'
        ? ctx.focus.id === thread.id
        : inThread.some((e) => eventRelates(e, ctx.focus!)));
    const categories = report.categories.flatMap((cat) => {
      const inCat = inThread.filter((e) => e.category === cat.id);
      if (inCat.length === 0) return [];
      rows.push({
        id: `${thread.id}/${cat.id}`,
        group: thread.name[ctx.lang],
        label: cat.name[ctx.lang],
        value: ctx.text('charts.themes.events', { count: inCat.length }),
        section: Math.min(...inCat.map((e) => e.section)),
      });
      const catRelated = !ctx.focus || inCat.some((e) => eventRelates(e, ctx.focus!));
      const node: EntityDatum & Record<string, unknown> = {
        name: cat.name[ctx.lang],
        entity: { kind: 'category', id: cat.id },
        itemStyle: {
          color: colour,
          borderColor: colour,
          opacity: dim(catRelated && threadRelated),
        },
        upperLabel: { color: ink },
        children: inCat.map((e) => {
          const leaf: EntityDatum & Record<string, unknown> = {
            name: `§${e.section} ${e.organisations
              .map((o) => idx.organisations.get(o)?.name[ctx.lang] ?? o)
              .slice(0, 2)
              .join(' / ')}`,
            value: 1 + (idx.figuresByEvent.get(e.id)?.length ?? 0),
            eventId: e.id,
            entity: { kind: 'event', id: e.id },
            itemStyle: { color: colour, opacity: dim(!ctx.focus || eventRelates(e, ctx.focus)) },
            label: { color: ink },
          };
          return leaf;
        }),
      };
      return [node];
    });
    const threadNode: EntityDatum & Record<string, unknown> = {
      name: thread.name[ctx.lang],
      entity: { kind: 'thread', id: thread.id },
      itemStyle: { color: colour, borderColor: colour, opacity: dim(threadRelated) },
      upperLabel: { color: ink },
      children: categories,
    };
    return [threadNode];
  });
  const title = ctx.text('charts.themes.title');
  const description = `${title}${ctx.lang === 'zh' ? '。' : '. '}${rows
    .map((r) => `${r.group} / ${r.label}${ctx.lang === 'zh' ? '：' : ': '}${r.value}`)
    .join(ctx.lang === 'zh' ? '；' : '; ')}`;
  return {
    height: px(ctx, 420),
    rows,
    description,
    option: {
      textStyle: { fontFamily: CHART_FONT },
      aria: { enabled: true, label: { description } },
      tooltip: {
        ...tooltipStyle(ctx),
        confine: true,
        formatter: (p: { name?: string; data?: EntityDatum }) => {
          const e = p.data?.eventId ? idx.events.get(p.data.eventId) : undefined;
          return e ? `<strong>${escapeHtml(e.title[ctx.lang])}</strong>` : escapeHtml(p.name ?? '');
        },
      },
      series: [
        {
          type: 'treemap',
          id: 'themes',
          name: title,
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          top: 0,
          left: 0,
          right: 0,
          bottom: 0,
          upperLabel: {
            show: true,
            height: px(ctx, 24),
            fontSize: px(ctx, 12),
            fontWeight: 600,
            overflow: 'truncate',
          },
          label: { show: true, fontSize: px(ctx, 12), overflow: 'break' },
          // The root is the panel itself: no border, no label. A thread's and a category's
          // label sits on the node's border colour, set per node to the thread's colour.
          levels: [
            {
              itemStyle: { borderColor: ctx.colours.surface, borderWidth: 0, gapWidth: 4 },
              upperLabel: { show: false },
            },
            { itemStyle: { borderWidth: 3, gapWidth: 2 }, upperLabel: { show: true } },
            { itemStyle: { borderWidth: 2, gapWidth: 1 }, upperLabel: { show: true } },
            { itemStyle: { borderColor: ctx.colours.surface, borderWidth: 1, gapWidth: 0 } },
          ],
          data,
        },
      ],
    },
  };
}
