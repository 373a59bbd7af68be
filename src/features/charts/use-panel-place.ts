import { useEffect, useState } from 'react';
import { onPrintChange } from '../../lib/print';

/**
 * Charts are created when their panel comes this close to the viewport (its edge: the
 * chart's slot starts 100–370 px further in, below the title), early enough to be drawn
 * before a scroll shows them, and inside the margin (half the viewport) within which the
 * browser stops skipping a `content-visibility: auto` panel, so a chart is rarely made in
 * content the browser does not lay out…
 */
export const ENTER_MARGIN = '250px';
/** …and disposed when the reader scrolls it further away than this, so scrolling a little
 * back and forth keeps them (the gap between the two is the hysteresis). */
export const LEAVE_MARGIN = '800px';
/**
 * A report that the panel went beyond LEAVE_MARGIN disposes its chart only when a scroll came
 * at most this long before it: the browser computes the intersections in the frame that
 * dispatched the scroll event, so a scroll that took the panel away is always that recent,
 * and a report with no scroll that recent comes from a layout change.
 */
export const SCROLL_TO_REPORT_MS = 150;

export interface PanelPlace {
  /** The panel, with a chart to draw, came within ENTER_MARGIN of the viewport, and has not
   * been scrolled beyond LEAVE_MARGIN since (or the page is being printed). */
  near: boolean;
  /** On screen now (at least one pixel of it). */
  inView: boolean;
}

/**
 * Where a chart panel is relative to the reader's view. `near` turns true once the panel
 * comes within `enter` of the viewport while it has a chart to draw (`drawable`: not a
 * panel the filters emptied, nor one showing its table), and false again once a scroll
 * takes the panel further than `leave`; it is always true while the page is printed.
 *
 * Only the panel is observed, never an element inside it: panels are
 * `content-visibility: auto`, and to an IntersectionObserver the contents of a panel the
 * browser skips intersect nothing, so an observer of the chart's slot depends on when the
 * browser stops skipping it, and could miss the panel coming back into view. Charts scrolled far
 * out of view are not kept alive, so the number of live ECharts instances, and the work a
 * filter click or a language switch does, depend on what is near the reader, not on how
 * much of the page they have scrolled through.
 *
 * Only scrolling disposes: a filter that moves panels (an emptied chart is shorter) leaves
 * alone the charts it pushed away, so toggling it back and forth never re-creates charts.
 * `inView` says whether the panel is on screen.
 *
 * Without IntersectionObserver (old browsers, jsdom) every panel is near and in view.
 */
export function usePanelPlace(
  panel: Element | null,
  drawable: boolean,
  enter = ENTER_MARGIN,
  leave = LEAVE_MARGIN,
): PanelPlace {
  const observable = typeof IntersectionObserver === 'function';
  const [near, setNear] = useState(!observable);
  const [inView, setInView] = useState(!observable);
  const [printing, setPrinting] = useState(false);

  // Created when the panel comes near with a chart to draw: a chart is not made for a panel
  // the filters left without data (once made, it stays, hidden, for the data's return).
  useEffect(() => {
    if (!panel || !drawable || !observable) return;
    const observer = watch(panel, enter, (inside) => {
      if (inside) setNear(true);
    });
    return () => observer.disconnect();
  }, [panel, drawable, enter, observable]);

  // Disposed when the reader scrolls the panel (always visible) far away.
  useEffect(() => {
    if (!panel || !observable) return;
    // When the page last scrolled, on the clock of the observer's reports.
    let lastScroll = -Infinity;
    const observers = [
      watch(panel, leave, (inside, time) => {
        if (!inside && time - lastScroll <= SCROLL_TO_REPORT_MS) setNear(false);
      }),
      watch(panel, '0px', setInView),
    ];
    const onScroll = (): void => {
      lastScroll = performance.now();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      for (const observer of observers) observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [panel, leave, observable]);

  // Printing lays out every chart, wherever the reader had scrolled.
  useEffect(() => onPrintChange(setPrinting), []);

  return { near: near || printing, inView };
}

/** Calls `onChange` with whether `element` is inside the margin, and when that was seen. */
function watch(
  element: Element,
  margin: string,
  onChange: (inside: boolean, time: number) => void,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1];
      if (last) onChange(last.isIntersecting, last.time);
    },
    { rootMargin: `${margin} 0px` },
  );
  observer.observe(element);
  return observer;
}
