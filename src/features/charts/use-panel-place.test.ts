import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeObserver, reportIntersection } from '../../test/intersection';
import { ENTER_MARGIN, LEAVE_MARGIN, SCROLL_TO_REPORT_MS, usePanelPlace } from './use-panel-place';

function scroll(): void {
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
}

describe('usePanelPlace', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  const panel = document.createElement('section');

  it('is near from the enter margin on, and far again only beyond the leave margin', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true).near);
    expect(result.current).toBe(false);
    // The panel scrolls to within the leave margin: not yet created.
    reportIntersection(LEAVE_MARGIN, true);
    expect(result.current).toBe(false);
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(true);
    // Back out past the enter margin but inside the leave margin: kept (hysteresis).
    reportIntersection(ENTER_MARGIN, false);
    expect(result.current).toBe(true);
    // Pushed beyond the leave margin without a scroll (a filter moved the panels): kept.
    reportIntersection(LEAVE_MARGIN, false);
    expect(result.current).toBe(true);
    // Scrolled back within it and then out past it: disposed.
    scroll();
    reportIntersection(LEAVE_MARGIN, true);
    scroll();
    reportIntersection(LEAVE_MARGIN, false);
    expect(result.current).toBe(false);
    // And created again when it comes back.
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(true);
  });

  it('lets the chart go when the report of it beyond the margin follows a scroll', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true).near);
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, true);
    // Scrolling near it does nothing.
    scroll();
    expect(result.current).toBe(true);
    // One jump (a link, the End key): the report comes in the frame of the scroll event.
    scroll();
    reportIntersection(LEAVE_MARGIN, false);
    expect(result.current).toBe(false);

    // Pushed beyond the margin by a layout change, with no scroll since the last report:
    // kept, and a later scroll that brings it back does not dispose it on the way.
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, false, performance.now() + SCROLL_TO_REPORT_MS + 1);
    expect(result.current).toBe(true);
    scroll();
    expect(result.current).toBe(true);
    reportIntersection(LEAVE_MARGIN, true);
    expect(result.current).toBe(true);
  });

  it('keeps a chart a layout change pushes away, however long ago the page last scrolled', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true).near);
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, true);
    // The reader scrolls a little, stays, then ticks a filter that makes the panels above
    // taller: the panel is reported beyond the margin long after that scroll.
    scroll();
    const later = performance.now() + 5_000;
    reportIntersection(LEAVE_MARGIN, false, later);
    expect(result.current).toBe(true);
    // Nor does a report just past the window count.
    scroll();
    reportIntersection(LEAVE_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, false, performance.now() + SCROLL_TO_REPORT_MS + 20);
    expect(result.current).toBe(true);
  });

  it('creates only for a panel with a chart to draw, and stops observing on unmount', () => {
    const { result, rerender, unmount } = renderHook(
      ({ drawable }) => usePanelPlace(panel, drawable).near,
      { initialProps: { drawable: false } },
    );
    // Nothing to draw (the filters emptied the panel, or it shows its table): not observed
    // for creation, so coming near creates nothing.
    expect(FakeObserver.all.map((o) => o.margin).sort()).toEqual(
      [`${LEAVE_MARGIN} 0px`, '0px 0px'].sort(),
    );
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(false);
    // Data to draw again: the panel itself is observed (never an element inside it, which
    // the browser may skip while the panel is off screen).
    rerender({ drawable: true });
    const entering = FakeObserver.all.filter((o) => o.margin === `${ENTER_MARGIN} 0px`);
    expect(entering.map((o) => o.watched[0])).toEqual([panel]);
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(true);
    // Emptied again: the chart is kept (hidden by the panel) for the data's return.
    rerender({ drawable: false });
    expect(result.current).toBe(true);
    unmount();
    expect(FakeObserver.all.every((o) => !o.connected)).toBe(true);
  });

  it('follows a new panel element (re-rendered) and drops the old one', () => {
    const otherPanel = document.createElement('section');
    const { rerender } = renderHook(({ p }) => usePanelPlace(p, true).near, {
      initialProps: { p: panel },
    });
    const first = [...FakeObserver.all];
    rerender({ p: otherPanel });
    expect(first.every((o) => !o.connected)).toBe(true);
    const live = FakeObserver.all.filter((o) => o.connected);
    expect(live.map((o) => [o.margin, o.watched[0]])).toEqual(
      expect.arrayContaining([
        [`${ENTER_MARGIN} 0px`, otherPanel],
        [`${LEAVE_MARGIN} 0px`, otherPanel],
        ['0px 0px', otherPanel],
      ]),
    );
    expect(live).toHaveLength(3);
  });

  it('says whether the panel is on screen', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true));
    expect(result.current).toEqual({ near: false, inView: false });
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection('0px', true);
    expect(result.current).toEqual({ near: true, inView: true });
    reportIntersection('0px', false);
    expect(result.current).toEqual({ near: true, inView: false });
  });

  it('is near for every chart while the page is printed, and only then', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true).near);
    expect(result.current).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current).toBe(true);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(result.current).toBe(false);
  });

  it('treats every element as near where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { result } = renderHook(() => usePanelPlace(panel, true));
    expect(result.current).toEqual({ near: true, inView: true });
  });
});
