/**
 * Overview of themes: events by the abstract's threads, one tile each (a thread's area is its
 * share of the events; the category is in the tooltip and the table), as a treemap that is
 * also a filter; on a phone, where its tiles are too small to name, as a list.
 */
import { eventKeys, eventRelates, indexReport } from '../../data/selectors';
import { chartBase, readableOn } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { describeRows, panelTitle } from './marks';
import { eventTooltip } from './timeline';
import {
  px,
  type BuiltChart,
  type ChartContext,
  type ChartRow,
  type EntityDatum,
  type FormBuilder,
  type ListGroup,
  type PanelInput,
} from './types';

export const themesForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'themes' ? buildThemes(input, ctx) : null;

export function buildThemes(
  input: Pick<PanelInput, 'report' | 'panel' | 'matches'>,
  ctx: ChartContext,
): BuiltChart | null {
  const { report } = input;
  const events = input.matches.events;
  if (events.length === 0) return null;
  const title = panelTitle(report, input.panel, ctx);
  if (ctx.compact) return buildList(input, title, ctx);
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
    // One tile per event, all the same size: a thread's area is its share of the events.
    const leaves = inThread.map((e) => {
      const category = report.categories.find((c) => c.id === e.category);
      rows.push({
        id: e.id,
        group: ctx.text(thread.name),
        label: ctx.text(e.shortTitle),
        value: category ? ctx.text(category.name) : '',
        section: e.section,
      });
      const leaf: EntityDatum & Record<string, unknown> = {
        name: ctx.text(e.shortTitle),
        value: 1,
        eventId: e.id,
        entity: { kind: 'event', id: e.id },
        relates: eventKeys(e),
        itemStyle: { color: colour, opacity: dim(!ctx.focus || eventRelates(e, ctx.focus)) },
        label: { color: ink },
      };
      return leaf;
    });
    const threadNode: EntityDatum & Record<string, unknown> = {
      name: ctx.text(thread.name),
      entity: { kind: 'thread', id: thread.id },
      itemStyle: { color: colour, borderColor: colour, opacity: dim(threadRelated) },
      upperLabel: { color: ink },
      children: leaves,
    };
    return [threadNode];
  });
  const description = describeRows(title, rows, ctx);
  return {
    kind: 'echarts',
    height: px(ctx, 420),
    rows,
    description,
    option: {
      ...chartBase(description),
      tooltip: {
        ...tooltipStyle(ctx),
        confine: true,
        formatter: (p: { name?: string; data?: EntityDatum }) => {
          const e = p.data?.eventId ? idx.events.get(p.data.eventId) : undefined;
          return e ? eventTooltip(report, e, ctx) : escapeHtml(p.name ?? '');
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
          // A thread's name wraps in a narrow column rather than losing its end ("From scale
          // to eff…"): the heading band holds up to three lines.
          upperLabel: {
            show: true,
            height: px(ctx, 50),
            fontSize: px(ctx, 12),
            fontWeight: 600,
            lineHeight: px(ctx, 14),
            overflow: 'break',
            verticalAlign: 'middle',
          },
          label: { show: true, fontSize: px(ctx, 12), overflow: 'break', lineHeight: px(ctx, 15) },
          // The root is the panel itself: no border, no label. A thread's label sits on the
          // node's border colour, set per node to the thread's colour.
          levels: [
            {
              itemStyle: { borderColor: ctx.colours.surface, borderWidth: 0, gapWidth: 4 },
              upperLabel: { show: false },
            },
            { itemStyle: { borderWidth: 3, gapWidth: 2 }, upperLabel: { show: true } },
            { itemStyle: { borderColor: ctx.colours.surface, borderWidth: 1, gapWidth: 0 } },
          ],
          data,
        },
      ],
    },
  };
}

/** The same grouping as a list: each thread, its events by short title and date. */
function buildList(
  input: Pick<PanelInput, 'report' | 'matches'>,
  title: string,
  ctx: ChartContext,
): BuiltChart {
  const { report } = input;
  const events = input.matches.events;
  // Largest thread first, as the treemap draws them (its title names the largest).
  const count = (id: string) => events.filter((e) => e.threads[0] === id).length;
  const threads = [...report.threads].sort(
    (a, b) => count(b.id) - count(a.id) || a.order - b.order,
  );
  const rows: ChartRow[] = [];
  const groups: ListGroup[] = threads.flatMap((thread) => {
    const inThread = events.filter((e) => e.threads[0] === thread.id);
    if (inThread.length === 0) return [];
    const items = inThread.map((e) => {
      const category = report.categories.find((c) => c.id === e.category);
      rows.push({
        id: e.id,
        group: ctx.text(thread.name),
        label: ctx.text(e.shortTitle),
        value: category ? ctx.text(category.name) : '',
        section: e.section,
      });
      return {
        id: e.id,
        label: ctx.text(e.shortTitle),
        detail: [category ? ctx.text(category.name) : '', ctx.fmt.date(e.date)]
          .filter(Boolean)
          .join(ctx.t('charts.listSeparator')),
        entity: { kind: 'event' as const, id: e.id },
        dim: Boolean(ctx.focus) && !eventRelates(e, ctx.focus!),
      };
    });
    return [
      {
        title: ctx.text(thread.name),
        colour: ctx.colours.thread(thread.id),
        entity: { kind: 'thread' as const, id: thread.id },
        items,
      },
    ];
  });
  return {
    kind: 'list',
    groups,
    rows,
    description: describeRows(title, rows, ctx),
    height: rows.length * px(ctx, 44) + groups.length * px(ctx, 36),
  };
}
