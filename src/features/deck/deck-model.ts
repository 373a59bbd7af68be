/**
 * The deck model of an edition in one language: the slides presentation mode shows (one
 * list, `storySlides`: the title slide, the headline figures, then each panel the filters
 * leave something to show), worded and formatted by the app, for `writeDeck` to write.
 * Charts PowerPoint can draw are native (native-chart.ts); the timeline is a native grid of
 * its events by period and thread; the treemap is a picture, rendered by the caller's
 * `renderImage`, with its rows as a native table.
 */
import { buildPanel } from '../../charts/options/forms';
import { figureRow } from '../../charts/options/marks';
import { editionStamp, sourceLine } from '../../charts/options/source';
import type { ChartContext, ChartRow, EChartsBuilt, PanelInput } from '../../charts/options/types';
import { cardViews } from '../../data/cards';
import { describeFilters, withSubset } from '../../data/describe-filters';
import type { EntityRef, Filters } from '../../data/filters';
import type { DateRef } from '../../data/schema-base';
import {
  panelFigureIds,
  type Figure,
  type Panel,
  type Report,
  type ReportEvent,
} from '../../data/schema';
import { dateSpan, indexReport, selectMatches, type Matches } from '../../data/selectors';
import { storySlides } from '../../data/story';
import { headingLine, panelHeadline, panelNotes, storyText } from '../../data/story-text';
import type {
  ChartSlide,
  Deck,
  DeckLang,
  DeckSlide,
  GridChart,
  ImageChart,
  StatsSlide,
  TitleSlide,
} from '../../deck/model';
import type { Lang } from '../../i18n/languages';
import type { Words } from '../../i18n/words';
import { coloursFor } from '../../charts/theme';
import { nativeChart } from './native-chart';
import { derivedLines, eventQuotes, figureQuotes, figuresOf, notesText } from './speaker-notes';

/** A picture of a chart ECharts draws: PNG bytes (or a data URL) and its pixel size. */
export interface RenderedImage {
  png: Uint8Array | string;
  width: number;
  height: number;
}

/** Draws a built chart as a PNG at `size` CSS pixels (the browser's rasteriser, or a fake). */
export type RenderImage = (
  chart: EChartsBuilt,
  size: { width: number; height: number },
  lang: Lang,
) => Promise<RenderedImage>;

/** The reader's filters and selection: the deck of "the current view". */
export interface DeckView {
  filters: Filters;
  selection: EntityRef | null;
}

export interface DeckRequest {
  report: Report;
  lang: Lang;
  /**
   * The words of any language: i18n/words.ts `wordsFor`. Passed in, so this on-demand code
   * does not import the i18n modules the page's first chunk shares with its entry.
   */
  words: (lang: Lang) => Words;
  /** The current view, or null for the whole edition (no filter, no selection). */
  view: DeckView | null;
  renderImage: RenderImage;
  /**
   * A figure's value as a search finds it (the page's `valueInEveryLanguage`), so a searched
   * view keeps the figures the page keeps.
   */
  valueText?: (f: Figure) => string;
}

/**
 * The whole edition: no filter. (EMPTY_FILTERS from data/filters.ts has the same shape; that
 * module is kept out of this on-demand chunk, which would otherwise split it from the app's.)
 */
const NO_FILTERS: Filters = {
  threads: [],
  categories: [],
  organisations: [],
  range: null,
  search: '',
};

/**
 * How the treemap is drawn for a slide: at a type scale a little above the
 * page's, at least this wide, and as wide as the chart slide's content box is for its height
 * (about 2.4 : 1), so the picture fills the box instead of leaving its sides empty.
 */
const IMAGE = { width: 1200, maxWidth: 1800, scale: 1.15, aspect: 2.4 } as const;

/** The writer's language: Chinese runs for Chinese, otherwise English ones (en-US). */
export function deckLang(words: Pick<Words, 'tag'>): DeckLang {
  return words.tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Everything the slides of one deck share. */
interface Context {
  report: Report;
  lang: Lang;
  ctx: ChartContext;
  matches: Matches;
  input: (panel: Panel) => PanelInput;
  source: (rows: readonly ChartRow[]) => string;
  filterLine?: string;
  renderImage: RenderImage;
}

function titleSlide(c: Context): TitleSlide {
  const { report, ctx } = c;
  const threads = [...report.threads].sort((a, b) => a.order - b.order);
  const title = ctx.text(report.report.title);
  return {
    kind: 'title',
    title,
    subtitle: ctx.t('present.threadsLead'),
    publisher: ctx.t('header.publishedBy', {
      publisher: ctx.text(report.report.publisher),
      partners: ctx.text(report.report.partners),
    }),
    month: ctx.fmt.date(report.report.month),
    bullets: threads.map((t) => ({
      lead: ctx.t('app.labelled', { label: ctx.text(t.name) }),
      text: ctx.text(t.description),
    })),
    source: c.source([]),
    filterLine: c.filterLine,
    notes: notesText(
      {
        finding: title,
        notes: [ctx.text(report.report.abstract)],
        quotes: threads.map((t) => t.quote),
        filter: c.filterLine,
      },
      ctx,
    ),
  };
}

/** The headline cards as big numbers; a card of several figures shows them side by side. */
function headlineSlide(c: Context): StatsSlide {
  const { report, ctx } = c;
  const cards = cardViews(report, ctx);
  const figures = figuresOf(
    report,
    cards.flatMap((card) => card.values.map((v) => v.figureId)),
  );
  const title = ctx.t('present.headlineTitle', { month: ctx.fmt.date(report.report.month) });
  const separator = ' / ';
  return {
    kind: 'stats',
    title,
    subtitle: ctx.t('present.headlineSubtitle'),
    stats: cards.map((card) => {
      const several = card.values.length > 1;
      const labels = several ? card.values.map((v) => v.label ?? '').join(separator) : '';
      return {
        value: card.values.map((v) => v.value).join(separator),
        label: card.title,
        context: [labels, card.context].filter(Boolean).join(ctx.t('punct.semicolon')) || undefined,
        derived: card.values.some((v) => v.derived),
      };
    }),
    source: c.source(figures.map((f) => figureRow(f, ctx.text(f.label), '', ctx))),
    // No filter line: the cards are the edition's figures, whatever the filters leave the
    // charts ("Filtered: Meta" above them would read as Meta's numbers).
    notes: notesText(
      {
        finding: title,
        notes: cards.map((card) =>
          [
            ctx.t('app.labelled', { label: card.title }) +
              card.values
                .map((v) => (v.label ? `${v.label} ${v.value}` : v.value))
                .join(ctx.t('punct.semicolon')),
            card.context,
          ]
            .filter(Boolean)
            .join(ctx.t('punct.semicolon')),
        ),
        derived: derivedLines(figures, ctx),
        quotes: figureQuotes(figures),
      },
      ctx,
    ),
  };
}

/**
 * The timeline as a grid: a row per period its events are dated to, oldest first (an event
 * dated to the day sits in its month's row, its date written before its name), and a column
 * per thread that has an event, each event in its first thread's column, in the page's order.
 * The picture of the page's timeline stacks fifteen rows of 9 pt names in one band; here
 * every name is set at 14 pt or more, and "four threads at once" is the April row.
 */
function timelineGrid(c: Context, built: EChartsBuilt): GridChart | null {
  const { report, ctx } = c;
  const events = indexReport(report).events;
  const entries = built.rows.flatMap((r) => {
    const event = events.get(r.id);
    return event ? [{ event, label: r.label }] : [];
  });
  const threads = [...report.threads]
    .sort((a, b) => a.order - b.order)
    .filter((t) => entries.some(({ event }) => event.threads[0] === t.id));
  if (threads.length === 0) return null;
  const periodOf = (e: ReportEvent): DateRef =>
    e.date.precision === 'day' ? { precision: 'month', value: e.date.value.slice(0, 7) } : e.date;
  const periods = new Map<string, { date: DateRef; entries: typeof entries }>();
  for (const entry of entries) {
    const date = periodOf(entry.event);
    // "End of April 2026" is a row of its own, named so, not a part of April's.
    const key = `${date.precision}:${date.value}:${date.part ?? ''}`;
    const period = periods.get(key) ?? { date, entries: [] };
    period.entries.push(entry);
    periods.set(key, period);
  }
  // By first day; of two starting together, the longer first (a quarter before its month);
  // a period's start before it, its end after it.
  const partRank = (d: DateRef): number => (d.part === 'start' ? 0 : d.part === 'end' ? 2 : 1);
  const rows = [...periods.values()].sort((a, b) => {
    const [sa, sb] = [dateSpan(a.date), dateSpan(b.date)];
    return (
      sa.from.localeCompare(sb.from) ||
      sb.to.localeCompare(sa.to) ||
      partRank(a.date) - partRank(b.date)
    );
  });
  return {
    kind: 'grid',
    columns: threads.map((t) => ({ name: ctx.text(t.name), colour: ctx.colours.thread(t.id) })),
    rows: rows.map((row) => ({
      name: ctx.fmt.date(row.date),
      cells: threads.map((t) =>
        row.entries
          .filter(({ event }) => event.threads[0] === t.id)
          .map(({ event, label }) =>
            event.date.precision === 'day'
              ? ctx.t('charts.describe.dated', { date: ctx.fmt.date(event.date), label })
              : label,
          ),
      ),
    })),
  };
}

/** The treemap as a picture with its rows as a table. */
async function imageChart(c: Context, panel: Panel): Promise<ImageChart | null> {
  const at = (width: number) =>
    buildPanel(c.input(panel), { ...c.ctx, width, scale: IMAGE.scale, compact: false });
  const first = at(IMAGE.width);
  if (first?.kind !== 'echarts') return null;
  const width = Math.round(
    Math.min(IMAGE.maxWidth, Math.max(IMAGE.width, first.height * IMAGE.aspect)),
  );
  const built = width === IMAGE.width ? first : at(width);
  if (built?.kind !== 'echarts') return null;
  const size = { width, height: Math.round(Math.max(built.height, 120)) };
  const image = await c.renderImage(built, size, c.lang);
  const { t } = c.ctx;
  const derived = built.rows.some((r) => r.derived);
  // The columns say what the rows are: each tile is one event, under its thread, with its
  // category (the treemap's rows: group, label, value).
  const header = [t('filters.kind.thread'), t('filters.kind.event'), t('filters.kind.category')];
  return {
    kind: 'image',
    ...image,
    table: {
      header: [...header, ...(derived ? [t('charts.colDerived')] : [])],
      rows: built.rows.map((r) => [
        r.group,
        r.label,
        r.value,
        ...(derived ? [r.derived ?? ''] : []),
      ]),
    },
  };
}

/** One panel's slide, or null when the filters leave it nothing to show. */
async function panelSlide(c: Context, panel: Panel): Promise<DeckSlide | null> {
  const { report, ctx } = c;
  const input = c.input(panel);
  const built = buildPanel(input, ctx);
  if (!built) return null;
  const title = panelHeadline(report, panel, ctx, built.view);
  const figures = figuresOf(report, panelFigureIds(panel));
  // The timeline and the treemap quote their events in the notes, not their figures.
  const aboutEvents = panel.form === 'timeline' || panel.form === 'themes';
  const events = aboutEvents
    ? panel.form === 'timeline'
      ? built.rows.flatMap((r) => {
          const e = report.events.find((x) => x.id === r.id);
          return e ? [e] : [];
        })
      : c.matches.events
    : [];
  // On a chart of events, the filter line says how many of them are left.
  const filterLine = c.filterLine && withSubset(c.filterLine, built.subset, ctx);
  const base = {
    title,
    continuedTitle: ctx.t('deck.continued', { title }),
    subtitle: storyText(report, panel.subtitle, ctx),
    source: c.source(built.rows),
    filterLine,
    notes: notesText(
      {
        finding: title,
        heading: headingLine(report, panel, ctx),
        notes: panelNotes(report, panel, ctx, built.view),
        derived: derivedLines(figures, ctx),
        quotes: aboutEvents ? eventQuotes(events) : figureQuotes(figures),
        filter: filterLine,
      },
      ctx,
    ),
  };
  if (built.kind === 'stat') {
    return {
      ...base,
      kind: 'stats',
      stats: built.stats.map((s) => ({
        value: s.value,
        label: s.label,
        context: s.derived ? ctx.t('figures.derivedFrom', { formula: s.derived }) : undefined,
        derived: Boolean(s.derived),
      })),
    };
  }
  if (panel.form === 'timeline') {
    const chart = built.kind === 'echarts' ? timelineGrid(c, built) : null;
    return chart ? ({ ...base, kind: 'chart', chart } satisfies ChartSlide) : null;
  }
  if (panel.form === 'themes') {
    const chart = await imageChart(c, panel);
    return chart ? ({ ...base, kind: 'chart', chart } satisfies ChartSlide) : null;
  }
  const native = nativeChart(input, ctx);
  if (!native) return null;
  return { ...base, kind: 'chart', chart: native.chart, note: native.note };
}

/** A deck model, and for each of its slides the story slide it shows ('title', 'headline', a panel id). */
export interface BuiltDeck {
  deck: Deck;
  ids: string[];
}

/** The deck of an edition in one language, for the current view or the whole edition. */
export async function buildDeck(request: DeckRequest): Promise<BuiltDeck> {
  const { report, lang, view } = request;
  const filters: Filters = view?.filters ?? NO_FILTERS;
  const selection = view?.selection ?? null;
  const words = request.words(lang);
  // As charts/chart-context.ts makes it: the exporter's light scheme, focused on the selection.
  const ctx: ChartContext = {
    lang: words.lang,
    t: words.t,
    fmt: words.fmt,
    text: words.text,
    colours: coloursFor(report, 'light'),
    focus: selection,
    width: IMAGE.width,
    scale: 1,
  };
  const valueText = request.valueText ?? (() => '');
  const matches = selectMatches(report, filters, selection, valueText);
  // The timeline shows what every filter but the date range lets through (as on the page).
  const timelineEvents = selectMatches(
    report,
    { ...filters, range: null },
    selection,
    valueText,
  ).events;
  const c: Context = {
    report,
    lang,
    ctx,
    matches,
    input: (panel) => ({ report, panel, matches, timelineEvents, range: filters.range }),
    source: (rows) => sourceLine(report, rows, ctx),
    filterLine: describeFilters(report, filters, selection, ctx) || undefined,
    renderImage: request.renderImage,
  };
  const slides: DeckSlide[] = [];
  const ids: string[] = [];
  for (const story of storySlides(report)) {
    const slide =
      story.kind === 'title'
        ? titleSlide(c)
        : story.kind === 'headline'
          ? headlineSlide(c)
          : await panelSlide(c, story.panel);
    if (!slide) continue;
    slides.push(slide);
    ids.push(story.id);
  }
  return {
    deck: {
      lang: deckLang(words),
      title: ctx.text(report.report.title),
      stamp: editionStamp(report, ctx),
      author: ctx.text(report.report.publisher),
      slides,
    },
    ids,
  };
}
