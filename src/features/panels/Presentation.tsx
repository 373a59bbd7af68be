import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createPortal } from 'react-dom';
import { scaleToFit } from '../../charts/options/fit-scale';
import { editionStamp, sourceLine } from '../../charts/options/source';
import type { BuiltChart, ChartContext } from '../../charts/options/types';
import { describeFilters, withSubset } from '../../data/describe-filters';
import type { Report } from '../../data/schema';
import { storySlides } from '../../data/story';
import { panelHeadline, panelNotes, storyText } from '../../data/story-text';
import { CardGrid } from '../../shared/CardGrid';
import { FigureText } from '../../shared/FigureText';
import { Icon } from '../../shared/Icon';
import { useShownLang, useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';
import { onFullscreenExit } from './fullscreen-exit';
import { LazyChart } from './LazyChart';
import { StatTiles } from './StatTiles';
import { ThemeList } from './ThemeList';
import { useChartContext } from './use-chart-context';
import type { PanelSpec } from './use-panels';

/** The most and least a slide scales type and spacing against the page. */
const MAX_SCALE = 1.8;
const MIN_SCALE = 0.75;
/** Room the title, subtitle and footer take on a slide, until the slide has been measured. */
const CHROME_HEIGHT = 250;

function subscribeResize(notify: () => void): () => void {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
}
const viewport = () => `${window.innerWidth}x${window.innerHeight}`;

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

type Slide =
  | { kind: 'title'; id: string }
  | { kind: 'headline'; id: string }
  | { kind: 'panel'; id: string; spec: PanelSpec };

/**
 * The edition told as slides: a title slide, the headline figures, then every panel the
 * filters leave something to show, in the report's order, each with its finding as the
 * title. Arrows and PageUp/PageDown (what clickers send) step; L flips the language in
 * place; Escape leaves to the same place in the dashboard. Every slide states the filter.
 */
export function Presentation({ report, panels }: { report: Report; panels: readonly PanelSpec[] }) {
  const words = useWords();
  const { t, fmt } = words;
  const present = useDashboard((s) => s.present);
  const setPresent = useDashboard((s) => s.setPresent);
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const pageCtx = useChartContext(report);
  const root = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const size = useSyncExternalStore(subscribeResize, viewport, () => '1440x900');
  const [vw, vh] = size.split('x').map(Number) as [number, number];

  // Panels the filters emptied are left out: the counter counts what is shown.
  const slides = useMemo<Slide[]>(
    () =>
      storySlides(report).flatMap((s): Slide[] => {
        if (s.kind !== 'panel') return [s];
        const spec = panels.find((p) => p.panel.id === s.id);
        return spec && spec.build(pageCtx) ? [{ kind: 'panel', id: s.id, spec }] : [];
      }),
    [report, panels, pageCtx],
  );
  const found = slides.findIndex((s) => s.id === present);
  const index = found < 0 ? 0 : found;
  const slide = slides[index];

  // The height the chart may take: the slide's body less its notes (measured below, as the
  // title, subtitle and notes wrap differently per slide, language and screen).
  const area = useRef<HTMLDivElement>(null);
  // Null until the slide has been measured once.
  const [room, setRoom] = useState<number | null>(null);
  const { ctx, built } = useMemo(
    () => fitSlide(slide, pageCtx, vw, room ?? vh - CHROME_HEIGHT),
    [pageCtx, slide, vw, vh, room],
  );
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const measure = (): void => {
      const next = roomFor(el);
      setRoom((was) => (was === null || Math.abs(was - next) > 1 ? next : was));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    // A title or notes that wrap anew once the fonts arrive, a resized window.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    const notes = el.querySelector('.presentation__notes');
    if (notes) observer.observe(notes);
    return () => observer.disconnect();
  });

  // Enter: remember where the reader was, make the page behind inert, go full screen.
  useEffect(() => {
    const scrollY = window.scrollY;
    const returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const page = document.getElementById('root');
    page?.setAttribute('inert', '');
    document.documentElement.classList.add('is-presenting');
    root.current?.focus();
    document.documentElement.requestFullscreen?.().catch(() => {
      // Full screen needs a user gesture and may be refused; the overlay still fills the window.
    });
    const stopWatching = onFullscreenExit(document, () => useDashboard.getState().setPresent(null));
    return () => {
      stopWatching();
      document.documentElement.classList.remove('is-presenting');
      page?.removeAttribute('inert');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      window.scrollTo({ top: scrollY, behavior: 'instant' });
      // Back to the control that started the presentation (or the page's main region).
      (returnFocus?.isConnected ? returnFocus : document.getElementById('main'))?.focus({
        preventScroll: true,
      });
    };
  }, []);

  const go = (i: number | null): void => {
    if (i === null) setPresent(null);
    else setPresent(slides[Math.min(Math.max(i, 0), slides.length - 1)]?.id ?? null);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Tab' && root.current) {
        // Keep focus on the slide and its controls: the page behind is covered.
        const stops = [
          root.current,
          ...root.current.querySelectorAll<HTMLElement>('button:not([disabled])'),
        ];
        const at = stops.indexOf(document.activeElement as HTMLElement);
        const next = e.shiftKey
          ? at <= 0
            ? stops.length - 1
            : at - 1
          : at === -1 || at === stops.length - 1
            ? 0
            : at + 1;
        e.preventDefault();
        stops[next]?.focus();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter on a focused control press it; they step only from the slide itself.
      const target = e.target as HTMLElement | null;
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, input, select, a'))
        return;
      const last = slides.length - 1;
      let next: number | null | undefined;
      if (NEXT.has(e.key)) next = Math.min(index + 1, last);
      else if (PREVIOUS.has(e.key)) next = Math.max(index - 1, 0);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = last;
      else if (e.key === 'Escape') next = null;
      if (next === undefined) return;
      // Handled here, so the page-wide keys (Escape clears the selection) stay out of it.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (next === null) setPresent(null);
      else setPresent(slides[next]?.id ?? null);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [index, slides, setPresent]);

  if (!slide) return null;
  // On a chart of events, the line says how many of them are left. The headline figures
  // are the edition's whatever the filters: "Filtered: Meta" above them would read as Meta's.
  const filterLine =
    slide.kind === 'headline'
      ? ''
      : withSubset(
          describeFilters(report, filters, selection, words),
          slide.kind === 'panel' ? built?.subset : undefined,
          words,
        );
  const counter = t('present.counter', {
    current: fmt.number(index + 1),
    total: fmt.number(slides.length),
  });
  const stamp = editionStamp(report, words);

  let title: string;
  let subtitle: string;
  let body: React.ReactNode;
  let source = stamp;
  if (slide.kind === 'title') {
    title = words.text(report.report.title);
    subtitle = t('header.publishedBy', {
      publisher: words.text(report.report.publisher),
      partners: words.text(report.report.partners),
    });
    body = <TitleSlide report={report} />;
  } else if (slide.kind === 'headline') {
    title = t('present.headlineTitle', { month: fmt.date(report.report.month) });
    subtitle = t('present.headlineSubtitle');
    body = <CardGrid report={report} slide />;
  } else {
    const panel = slide.spec.panel;
    title = panelHeadline(report, panel, ctx, built?.view);
    subtitle = storyText(report, panel.subtitle, ctx);
    source = `${sourceLine(report, built?.rows ?? [], ctx)} · ${stamp}`;
    body = (
      <PanelBody
        built={built}
        spec={slide.spec}
        title={title}
        descriptionId={descriptionId}
        notes={panelNotes(report, panel, ctx, built?.view)}
      />
    );
  }

  // Rendered beside the app's root, so the page behind can be made inert.
  return createPortal(
    <div
      ref={root}
      className={`presentation presentation--${slide.kind}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { counter })}
      tabIndex={-1}
      data-slide={slide.id}
    >
      <header className="presentation__head">
        <h2 className="presentation__title">
          <FigureText text={title} />
        </h2>
        <p className="presentation__subtitle">{subtitle}</p>
        {filterLine && <p className="presentation__filter">{filterLine}</p>}
      </header>
      <div ref={area} className="presentation__chart">
        <div className="presentation__body">{body}</div>
      </div>
      <footer className="presentation__foot">
        <div>
          <p className="presentation__source">{source}</p>
          <p className="presentation__hint">{t('present.hint')}</p>
        </div>
        <p className="presentation__counter" aria-live="polite">
          {counter}
        </p>
      </footer>
      <div className="presentation__controls">
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('present.previous')}
          title={t('present.previous')}
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          <Icon name="prev" />
        </button>
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('present.next')}
          title={t('present.next')}
          onClick={() => go(index + 1)}
          disabled={index === slides.length - 1}
        >
          <Icon name="next" />
        </button>
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('present.exit')}
          title={t('present.exit')}
          onClick={() => go(null)}
        >
          <Icon name="close" />
        </button>
      </div>
    </div>,
    document.body,
  );
}

/**
 * A slide's chart context and chart, scaled to fill `room` pixels of height: as large as the
 * room allows between MIN_SCALE and MAX_SCALE.
 */
function fitSlide(
  slide: Slide | undefined,
  pageCtx: ChartContext,
  vw: number,
  room: number,
): { ctx: ChartContext; built: BuiltChart | null } {
  const width = Math.max(280, vw - (vw < 700 ? 32 : 128));
  const base = { ...pageCtx, width };
  if (slide?.kind !== 'panel') return { ctx: base, built: null };
  const { scale, chart } = scaleToFit((s) => slide.spec.build({ ...base, scale: s }), room, {
    min: MIN_SCALE,
    max: MAX_SCALE,
  });
  return { ctx: { ...base, scale }, built: chart };
}

/** The height a slide's body leaves its chart: its own, less the notes under the chart. */
function roomFor(body: HTMLElement): number {
  const notes = body.querySelector<HTMLElement>('.presentation__notes');
  const taken = notes ? notes.offsetHeight + parseFloat(getComputedStyle(notes).marginTop) : 0;
  return Math.floor(body.clientHeight - taken);
}

/** The edition, its publisher and month, and the threads its abstract names. */
function TitleSlide({ report }: { report: Report }) {
  const words = useWords();
  const threads = [...report.threads].sort((a, b) => a.order - b.order);
  return (
    <div className="title-slide">
      <p className="title-slide__month">{words.fmt.date(report.report.month)}</p>
      <p className="title-slide__lead">{words.t('present.threadsLead')}</p>
      <ol className="title-slide__threads">
        {threads.map((thread) => (
          <li key={thread.id}>
            <strong>{words.text(thread.name)}</strong>
            <span>{words.text(thread.description)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function PanelBody({
  built,
  spec,
  title,
  descriptionId,
  notes,
}: {
  built: BuiltChart | null;
  spec: PanelSpec;
  title: string;
  descriptionId: string;
  notes: string[];
}) {
  const lang = useShownLang();
  if (!built) return null;
  return (
    <>
      <p id={descriptionId} className="visually-hidden">
        {built.description}
      </p>
      {built.kind === 'echarts' ? (
        <LazyChart
          chart={built}
          lang={lang}
          label={title}
          descriptionId={descriptionId}
          onClick={spec.onClick}
        />
      ) : built.kind === 'stat' ? (
        <StatTiles stats={built.stats} label={title} />
      ) : (
        <ThemeList groups={built.groups} label={title} onOpen={spec.onOpenRow} />
      )}
      {notes.length > 0 && (
        <ul className="presentation__notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}
