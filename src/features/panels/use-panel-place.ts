import { useEffect, useState } from 'react';
import { onReaderMoved, readerHasMoved } from './reader-moved';

/**
 * Charts are created when their panel comes this close to the viewport (its edge: the
 * chart's slot starts 100–370 px further in, below the title), early enough to be drawn
 * before a scroll shows them, and inside the margin (half the viewport) within which the
 * browser stops skipping a `content-visibility: auto` panel, so a chart is rarely made in
 * content the browser does not lay out.
 */
export const ENTER_MARGIN = '250px';

/**
 * Before the reader first moves, how far into the view a panel must reach for its chart to be
 * made at the page's start: a panel whose title alone shows at the foot of the opening view
 * (a phone's first panel, under the headline cards) waits for the first move, which comes
 * before a scroll can show its chart, instead of drawing a chart no one sees yet in the
 * page's first second (Lighthouse counted it as 100–240 ms of blocking time).
 */
export const START_DEPTH = 150;
const START_MARGIN = `0px 0px -${START_DEPTH}px`;

export interface PanelPlace {
  /** The panel, with a chart to draw, has come within ENTER_MARGIN of the viewport (or the
   * page is being printed). */
  near: boolean;
  /** On screen now (at least one pixel of it). */
  inView: boolean;
}

/**
 * Where a chart panel is relative to the reader's view. `near` turns true once the panel
 * comes within `enter` of the viewport while it has a chart to draw (`drawable`: not a panel
 * the filters emptied, nor one showing its table), and stays true; it is also true while the
 * page is printed. Until the reader first scrolls, taps or types, `enter` is 0 and a panel
 * must reach START_DEPTH into the view: the page's start makes only the charts in its opening
 * view (none on a phone, whose first screen is the headline cards), and the ones just below
 * follow at the first move, before a scroll can reach them. `inView` says whether the panel
 * is on screen.
 *
 * Only the panel is observed, never an element inside it: panels are
 * `content-visibility: auto`, and to an IntersectionObserver the contents of a panel the
 * browser skips intersect nothing, so an observer of the chart's slot would depend on when
 * the browser stops skipping the panel.
 *
 * Without IntersectionObserver (old browsers, jsdom) every panel is near and in view.
 */
export function usePanelPlace(
  panel: Element | null,
  drawable: boolean,
  printing = false,
  enter = ENTER_MARGIN,
): PanelPlace {
  const observable = typeof IntersectionObserver === 'function';
  const [near, setNear] = useState(!observable);
  const [inView, setInView] = useState(!observable);

  // Created when the panel comes near with a chart to draw: a chart is not made for a panel
  // the filters left without data (once made, it stays, hidden, for the data's return).
  useEffect(() => {
    if (!panel || !drawable || !observable) return;
    const onChange = (inside: boolean): void => {
      if (inside) setNear(true);
    };
    let observer = watch(panel, readerHasMoved() ? `${enter} 0px` : START_MARGIN, onChange);
    const stop = onReaderMoved(() => {
      observer.disconnect();
      observer = watch(panel, `${enter} 0px`, onChange);
    });
    return () => {
      stop();
      observer.disconnect();
    };
  }, [panel, drawable, enter, observable]);

  // A second way in, by the panel's geometry, at the moments a panel comes on screen without
  // a scroll of its own (its content laid out, a panel above it growing) and at the end of
  // each scroll. In clean-clone CI runs, now and then, the two bottom panels stayed on screen
  // for ten seconds with no intersection reported to this hook's observer (the browser had
  // laid their content out, so its own observer of them had seen them); the cause is unknown.
  // Only until the panel is near.
  useEffect(() => {
    if (!panel || !drawable || !observable || near) return;
    const check = (): void => {
      const moved = readerHasMoved();
      const margin = moved ? parseFloat(enter) : 0;
      const depth = moved ? 0 : START_DEPTH;
      const r = panel.getBoundingClientRect();
      if (r.height > 0 && r.bottom > -margin && r.top < window.innerHeight + margin - depth) {
        setNear(true);
      }
    };
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    resize?.observe(panel);
    window.addEventListener('scrollend', check, { passive: true });
    return () => {
      resize?.disconnect();
      window.removeEventListener('scrollend', check);
    };
  }, [panel, drawable, enter, observable, near]);

  useEffect(() => {
    if (!panel || !observable) return;
    const observer = watch(panel, '0px 0px', setInView);
    return () => observer.disconnect();
  }, [panel, observable]);

  // Printing lays out every chart, wherever the reader had scrolled.
  return { near: near || printing, inView };
}

/** Calls `onChange` with whether `element` is inside the view grown by `rootMargin`. */
function watch(
  element: Element,
  rootMargin: string,
  onChange: (inside: boolean) => void,
): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1];
      if (last) onChange(last.isIntersecting);
    },
    { rootMargin },
  );
  observer.observe(element);
  return observer;
}
