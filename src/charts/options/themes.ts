/**
 * Overview of themes: events by the abstract's threads, one tile each (a thread's area is its
 * share of the events; the category is in the tooltip and the table), as a treemap that is
 * also a filter; on a phone, where its tiles are too small to name, as a list.
 */
import type { Report, ReportEvent, Thread } from '../../data/schema';
import { eventKeys, eventRelates, indexReport, threadCounts } from '../../data/selectors';
import { textWidth, wrapBalanced } from '../../lib/text-width';
import { chartBase, readableOn } from '../theme';
import { escapeHtml, tooltipStyle } from './escape';
import { describeRows, panelTitle } from './marks';
import { eventTooltip } from './timeline';
import { treemapLayout, type TileRect, type TreemapLevel } from './treemap-layout';
import {
  eventSubset,
  px,
  type BuiltChart,
  type ChartContext,
  type ChartRow,
  type EntityDatum,
  type FormBuilder,
  type ListGroup,
  type PanelInput,
  type SubsetStory,
} from './types';

/** Type sizes (at the context's scale) and the boxes ECharts draws labels in. */
const LEAF = { size: 12, lineHeight: 15, padding: 5, border: 1 };
const THREAD = { size: 12, lineHeight: 14, band: 50, border: 3 };
/** A label that does not fit shrinks, down to this size, before a word would be broken. */
const SMALLEST = 9;
/** The largest an event's name is set, in the few large tiles of a filtered view. */
const LEAF_LARGEST = 24;
const HEIGHT = 420;
/**
 * Tiles as near square as the squarified layout can make them (ECharts' default scores rows
 * as golden rectangles): a name wraps by words, and a narrow tile leaves a long word
 * ("prescriptions") no line to fit on.
 */
const SQUARE_RATIO = 1;

/**
 * What a filtered treemap's title and inference line say: the edition's ("More of the month's
 * events concern capital…", "The abstract does not name four of these events") state a
 * finding about all its events, which a filter can make false. Counted on the events shown:
 * the thread most of them concern (or how many are level at the top), and how many of them
 * the abstract does not name. None when every event is shown.
 */
export function subsetStory(
  report: Report,
  events: readonly ReportEvent[],
  ctx: ChartContext,
): SubsetStory | undefined {
  if (events.length >= report.events.length) return undefined;
  const counts = threadCounts(report, events).sort(
    (a, b) => b.n - a.n || a.thread.order - b.thread.order,
  );
  const top = counts[0];
  if (!top) return undefined;
  const n = ctx.fmt.number(events.length);
  const thread = ctx.text(top.thread.name);
  const level = counts.filter((c) => c.n === top.n).length;
  const title =
    counts.length === 1
      ? ctx.t(events.length === 1 ? 'charts.themesView.single' : 'charts.themesView.oneThread', {
          n,
          thread,
        })
      : level > 1
        ? ctx.t('charts.themesView.tied', { n, threads: ctx.fmt.number(level) })
        : ctx.t('charts.themesView.leader', { n, thread });
  const unnamed = events.filter((e) => !e.threadsFromAbstract).length;
  const inferences =
    unnamed === 0
      ? []
      : [
          ctx.t(
            unnamed === events.length && unnamed === 1
              ? 'charts.themesView.editorialAll'
              : unnamed === 1
                ? 'charts.themesView.editorialOne'
                : 'charts.themesView.editorialMany',
            { n: ctx.fmt.number(unnamed) },
          ),
        ];
  return { title, inferences };
}

export const themesForm: FormBuilder = (input, ctx) =>
  input.panel.form === 'themes' ? buildThemes(input, ctx) : null;

export function buildThemes(
  input: Pick<PanelInput, 'report' | 'panel' | 'matches'>,
  ctx: ChartContext,
): BuiltChart | null {
  const { report } = input;
  const events = input.matches.events;
  if (events.length === 0) return null;
  const view = subsetStory(report, events, ctx);
  const title = view?.title ?? panelTitle(report, input.panel, ctx);
  if (ctx.compact) return buildList(input, title, view, ctx);
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
      rows.push(eventRow(report, thread, e, ctx));
      const leaf: Tile = {
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
    const threadNode: Tile = {
      name: ctx.text(thread.name),
      entity: { kind: 'thread', id: thread.id },
      itemStyle: { color: colour, borderColor: colour, opacity: dim(threadRelated) },
      upperLabel: { color: ink },
      children: leaves,
    };
    return [threadNode];
  });
  const boxes: TreemapLevel[] = [
    { borderWidth: 0, gapWidth: 4, upperLabelHeight: 0 },
    { borderWidth: THREAD.border, gapWidth: 2, upperLabelHeight: px(ctx, THREAD.band) },
    { borderWidth: LEAF.border, gapWidth: 0, upperLabelHeight: 0 },
  ];
  const height = px(ctx, HEIGHT);
  if (ctx.width !== undefined)
    fitLabels(data, smallestTiles(data, ctx.width, height, boxes, ctx), ctx, view !== undefined);
  const description = describeRows(title, rows, ctx);
  return {
    kind: 'echarts',
    height,
    rows,
    description,
    subset: eventSubset(events.length, report),
    view,
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
          squareRatio: SQUARE_RATIO,
          breadcrumb: { show: false },
          top: 0,
          left: 0,
          right: 0,
          bottom: 0,
          // A thread's name wraps in a narrow column rather than losing its end ("From scale
          // to eff…"): the heading band holds up to three lines.
          upperLabel: {
            show: true,
            height: px(ctx, THREAD.band),
            fontSize: px(ctx, THREAD.size),
            fontWeight: 600,
            lineHeight: px(ctx, THREAD.lineHeight),
            overflow: 'break',
            verticalAlign: 'middle',
          },
          label: {
            show: true,
            fontSize: px(ctx, LEAF.size),
            overflow: 'break',
            lineHeight: px(ctx, LEAF.lineHeight),
            padding: LEAF.padding,
          },
          // The root is the panel itself: no border, no label. A thread's label sits on the
          // node's border colour, set per node to the thread's colour.
          levels: [
            {
              itemStyle: { borderColor: ctx.colours.surface, ...boxStyle(boxes[0]) },
              upperLabel: { show: false },
            },
            { itemStyle: boxStyle(boxes[1]), upperLabel: { show: true } },
            { itemStyle: { borderColor: ctx.colours.surface, ...boxStyle(boxes[2]) } },
          ],
          data,
        },
      ],
    },
  };
}

function boxStyle(level: TreemapLevel | undefined): { borderWidth: number; gapWidth: number } {
  return { borderWidth: level?.borderWidth ?? 0, gapWidth: level?.gapWidth ?? 0 };
}

/**
 * Each tile at its smallest over the widths the chart may be drawn at (`widthError` either
 * way, every 4 px): the layout's rows can change between two widths, and a name fitted to
 * one arrangement must fit the other.
 */
function smallestTiles(
  data: readonly Tile[],
  width: number,
  height: number,
  boxes: readonly TreemapLevel[],
  ctx: ChartContext,
): Map<object, TileRect> {
  const error = ctx.widthError ?? 0;
  const smallest = new Map<object, TileRect>();
  for (let w = width - error; w <= width + error; w += 4) {
    for (const [node, rect] of treemapLayout(data, w, height, boxes, SQUARE_RATIO)) {
      const seen = smallest.get(node);
      smallest.set(
        node,
        seen
          ? {
              ...seen,
              width: Math.min(seen.width, rect.width),
              height: Math.min(seen.height, rect.height),
            }
          : rect,
      );
    }
  }
  return smallest;
}

/** A tile of the treemap as its series data gives it: a thread, or an event in it. */
interface Tile extends EntityDatum {
  name: string;
  value?: number;
  itemStyle: object;
  label?: object;
  upperLabel?: object;
  children?: Tile[];
}

/**
 * Each tile's name at the largest size, down to SMALLEST, at which it fits its tile without
 * a word broken in two ("prescripti-ons") or a line lost off the end of a thread's heading
 * ("Native multimodality and ultra-long" without "context").
 */
function fitLabels(
  threads: readonly Tile[],
  layout: ReadonlyMap<object, TileRect>,
  ctx: ChartContext,
  grow: boolean,
): void {
  const inset = 2 * (LEAF.border + LEAF.padding);
  const leaves: { leaf: Tile; box: TileRect }[] = [];
  for (const thread of threads) {
    const rect = layout.get(thread);
    if (rect) {
      const width = rect.width - 2 * THREAD.border;
      thread.upperLabel = {
        ...thread.upperLabel,
        ...fittingType(thread.name, width, px(ctx, THREAD.band), THREAD, true, ctx),
      };
    }
    for (const leaf of thread.children ?? []) {
      const box = layout.get(leaf);
      if (box) leaves.push({ leaf, box });
    }
  }
  const fit = ({ leaf, box }: { leaf: Tile; box: TileRect }, from?: number) =>
    fittingType(leaf.name, box.width - inset, box.height - inset, LEAF, false, ctx, from);
  // A filtered view's few tiles may be large enough for larger type: every name at the
  // largest size all of them fit, up to LEAF_LARGEST; else (and in the whole edition's
  // treemap) each at the usual size or smaller.
  const grown = grow
    ? Math.min(...leaves.map((l) => fit(l, LEAF_LARGEST).fontSize)) / (ctx.scale ?? 1)
    : 0;
  const from = grown > LEAF.size ? grown : undefined;
  for (const l of leaves) l.leaf.label = { ...l.leaf.label, ...fit(l, from) };
}

/**
 * Room kept around measured widths: ECharts wraps by the sum of each character's width,
 * which runs wider than the word measured whole, and a picture opened elsewhere may draw
 * in a wider fallback font.
 */
const SLACK = 1.12;

/**
 * The largest type size, from `from` (the type's own size) down to SMALLEST, at which `text` wraps into
 * `width` × `height` with no word broken (only a word too long for any line breaks, after a
 * hyphen between letters), and the lines it wraps to there: the label is given them as they
 * are, so that ECharts, which wraps by its own measure, breaks nowhere else. At SMALLEST,
 * the lines regardless.
 */
function fittingType(
  text: string,
  width: number,
  height: number,
  type: { size: number; lineHeight: number },
  bold: boolean,
  ctx: ChartContext,
  from = type.size,
): { fontSize: number; lineHeight: number; formatter: () => string } {
  const scale = ctx.scale ?? 1;
  const at = (size: number) => {
    const fontSize = Math.round(size * scale * 2) / 2;
    const lineHeight = Math.round((fontSize * type.lineHeight) / type.size);
    const lines = wrapBalanced(text, width / SLACK, fontSize, bold);
    const label = lines.join('\n');
    return {
      fits:
        lines.every((line) => textWidth(line, fontSize, bold) * SLACK <= width) &&
        lines.length * lineHeight <= height,
      type: { fontSize, lineHeight, formatter: () => label },
    };
  };
  for (let size = from; size > SMALLEST; size -= 0.5) {
    const tried = at(size);
    if (tried.fits) return tried.type;
  }
  return at(SMALLEST).type;
}

/** An event's row in the table, the CSV and the description: its thread and category. */
function eventRow(report: Report, thread: Thread, e: ReportEvent, ctx: ChartContext): ChartRow {
  const category = report.categories.find((c) => c.id === e.category);
  return {
    id: e.id,
    group: ctx.text(thread.name),
    label: ctx.text(e.shortTitle),
    value: category ? ctx.text(category.name) : '',
    section: e.section,
  };
}

/** The same grouping as a list: each thread, its events by short title and date. */
function buildList(
  input: Pick<PanelInput, 'report' | 'matches'>,
  title: string,
  view: SubsetStory | undefined,
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
      const row = eventRow(report, thread, e, ctx);
      rows.push(row);
      return {
        id: e.id,
        label: row.label,
        detail: [row.value, ctx.fmt.date(e.date)]
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
    subset: eventSubset(events.length, report),
    view,
    description: describeRows(title, rows, ctx),
    height: rows.length * px(ctx, 44) + groups.length * px(ctx, 36),
  };
}
