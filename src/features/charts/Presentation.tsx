import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../charts/chart';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { useFormatter } from '../../app/use-formatter';
import { useScheme } from '../use-scheme';
import { makeChartContext } from './make-chart-context';
import type { Slide } from './use-slides';

/** The most a slide enlarges type and spacing over the page. */
const MAX_SCALE = 1.8;
/** Room the title, subtitle and footer take on a slide. */
const CHROME_HEIGHT = 240;

function subscribeResize(notify: () => void): () => void {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

/**
 * Full screen, one chart at a time, large type, controls out of sight. Arrows and
 * PageUp/PageDown (what clickers send) step; L flips the language in place; Escape
 * leaves to the same place in the dashboard. Filters and selection apply.
 */
export function Presentation({ report, slides }: { report: Report; slides: readonly Slide[] }) {
  const { t } = useTranslation();
  const present = useDashboard((s) => s.present) ?? 0;
  const setPresent = useDashboard((s) => s.setPresent);
  const lang = useDashboard((s) => s.lang);
  const selection = useDashboard((s) => s.selection);
  const scheme = useScheme();
  const fmt = useFormatter();
  const root = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const index = Math.min(Math.max(present, 0), slides.length - 1);
  const slide = slides[index];

  const viewportHeight = useSyncExternalStore(
    subscribeResize,
    () => window.innerHeight,
    () => 900,
  );
  const ctx = useMemo(() => {
    const base = makeChartContext(report, lang, scheme, selection, false);
    // As large as the screen allows: the chart's height at page size sets the factor.
    const natural = slide?.build(base)?.height ?? 400;
    const scale = Math.min(MAX_SCALE, Math.max(1, (viewportHeight - CHROME_HEIGHT) / natural));
    return { ...base, scale };
  }, [report, lang, scheme, selection, slide, viewportHeight]);
  const built = useMemo(() => slide?.build(ctx) ?? null, [slide, ctx]);

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
    const onFullscreenChange = (): void => {
      if (!document.fullscreenElement) useDashboard.getState().setPresent(null);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
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
      setPresent(next);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [index, slides.length, setPresent]);

  if (!slide) return null;
  const title = ctx.text(`charts.${slide.id}.title`);
  const counter = t('present.counter', {
    current: fmt.number(index + 1),
    total: fmt.number(slides.length),
  });
  // Rendered beside the app's root, so the page behind can be made inert.
  return createPortal(
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('present.label', { counter })}
      tabIndex={-1}
      data-slide={slide.id}
    >
      <header className="presentation__head">
        <h2 className="presentation__title">{title}</h2>
        <p className="presentation__subtitle">{ctx.text(`charts.${slide.id}.subtitle`)}</p>
      </header>
      <div className="presentation__chart">
        {built ? (
          <>
            <p id={descriptionId} className="visually-hidden">
              {built.description}
            </p>
            <Chart
              chart={built}
              lang={lang}
              label={title}
              descriptionId={descriptionId}
              onClick={slide.onClick}
            />
          </>
        ) : (
          <p className="empty-state">{t('charts.empty')}</p>
        )}
      </div>
      <footer className="presentation__foot">
        <div>
          <p className="presentation__source">{slide.source(built, ctx)}</p>
          <p className="presentation__hint">{t('present.hint')}</p>
        </div>
        <p className="presentation__counter" aria-live="polite">
          {counter}
        </p>
      </footer>
      <div className="presentation__controls">
        <button
          type="button"
          className="button button--small"
          onClick={() => setPresent(Math.max(index - 1, 0))}
          disabled={index === 0}
        >
          {t('present.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => setPresent(Math.min(index + 1, slides.length - 1))}
          disabled={index === slides.length - 1}
        >
          {t('present.next')}
        </button>
        <button type="button" className="button button--small" onClick={() => setPresent(null)}>
          {t('present.exit')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
