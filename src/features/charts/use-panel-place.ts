import { useEffect, useState } from 'react';
import { onPrintChange } from '../../lib/print';

/** Charts are created when their panel comes this close to the viewport… */
export const ENTER_MARGIN = '400px';
/** …and disposed when the reader scrolls it further away than this, so scrolling a little
 * back and forth keeps them (the gap between the two is the hysteresis). */
export const LEAVE_MARGIN = '800px';

export interface PanelPlace {
  /** The chart's slot came within ENTER_MARGIN of the viewport, and the panel has not been
   * scrolled beyond LEAVE_MARGIN since (or the page is being printed). */
  near: boolean;
  /** On screen now (at least one pixel of it). */
  inView: boolean;
}

/**
 * Where a chart panel is relative to the reader's view. `near` turns true once the chart's
 * slot comes within `enter` of the viewport, and false again once a scroll takes the panel
 * further than `leave`; it is always true while the page is printed. Charts scrolled far
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
  slot: Element | null,
  enter = ENTER_MARGIN,
  leave = LEAVE_MARGIN,
): PanelPlace {
  const observable = typeof IntersectionObserver === 'function';
  const [near, setNear] = useState(!observable);
  const [inView, setInView] = useState(!observable);
  const [printing, setPrinting] = useState(false);

  // Created when the chart's own slot comes near: a slot hidden because the filters left
  // the panel without data never does, so a chart is not made for an empty panel.
  useEffect(() => {
    if (!slot || !observable) return;
    const observer = watch(slot, enter, (inside) => {
      if (inside) setNear(true);
    });
    return () => observer.disconnect();
  }, [slot, enter, observable]);

  // Disposed when the reader scrolls the panel (always visible) far away.
  useEffect(() => {
    if (!panel || !observable) return;
    // Whether the page scrolled since the observer last reported on this panel: the report
    // of a panel gone beyond the margin comes a frame after the scroll that took it there.
    let scrolled = false;
    const observers = [
      watch(panel, leave, (inside) => {
        if (!inside && scrolled) setNear(false);
        scrolled = false;
      }),
      watch(panel, '0px', setInView),
    ];
    const onScroll = (): void => {
      scrolled = true;
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

function watch(
  element: Element,
  margin: string,
  onChange: (inside: boolean) => void,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1];
      if (last) onChange(last.isIntersecting);
    },
    { rootMargin: `${margin} 0px` },
  );
  observer.observe(element);
  return observer;
}
