import { useEffect, useState } from 'react';
import { onPrintChange } from '../../lib/print';

/** Charts are created when their slot comes this close to the viewport. */
export const ENTER_MARGIN = '400px';

export interface PanelPlace {
  /** The chart's slot has come within ENTER_MARGIN of the viewport (or the page is being
   * printed). */
  near: boolean;
  /** On screen now (at least one pixel of it). */
  inView: boolean;
}

/**
 * Where a chart panel is relative to the reader's view. `near` turns true once the chart's
 * slot comes within `enter` of the viewport (a slot hidden because the filters left the
 * panel without data never does), and stays true; it is also true while the page is
 * printed. `inView` says whether the panel is on screen.
 *
 * Without IntersectionObserver (old browsers, jsdom) every panel is near and in view.
 */
export function usePanelPlace(
  panel: Element | null,
  slot: Element | null,
  enter = ENTER_MARGIN,
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

  useEffect(() => {
    if (!panel || !observable) return;
    const observer = watch(panel, '0px', setInView);
    return () => observer.disconnect();
  }, [panel, observable]);

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
