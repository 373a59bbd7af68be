import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeObserver, reportIntersection } from '../../test/intersection';
import { ENTER_MARGIN, LEAVE_MARGIN, usePanelPlace } from './use-panel-place';

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
  const slot = document.createElement('div');

  it('is near from the enter margin on, and far again only beyond the leave margin', () => {
    const { result } = renderHook(() => usePanelPlace(panel, slot).near);
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
    const { result } = renderHook(() => usePanelPlace(panel, slot).near);
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, true);
    // Scrolling near it does nothing.
    scroll();
    expect(result.current).toBe(true);
    // One jump (a link, the End key): the scroll event comes before the observer's report.
    scroll();
    reportIntersection(LEAVE_MARGIN, false);
    expect(result.current).toBe(false);

    // Pushed beyond the margin by a layout change, with no scroll since the last report:
    // kept, and a later scroll that brings it back does not dispose it on the way.
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, true);
    reportIntersection(LEAVE_MARGIN, false);
    expect(result.current).toBe(true);
    scroll();
    expect(result.current).toBe(true);
    reportIntersection(LEAVE_MARGIN, true);
    expect(result.current).toBe(true);
  });

  it('creates on the slot coming near, never for a panel without one, and stops on unmount', () => {
    const { result, rerender, unmount } = renderHook(
      ({ target }) => usePanelPlace(panel, target).near,
      { initialProps: { target: null as Element | null } },
    );
    // No slot (the panel shows its table or has no chart): the panel alone is watched.
    expect(FakeObserver.all.map((o) => o.margin).sort()).toEqual(
      [`${LEAVE_MARGIN} 0px`, '0px 0px'].sort(),
    );
    expect(FakeObserver.all.every((o) => o.watched[0] === panel)).toBe(true);
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(false);
    rerender({ target: slot });
    const entering = FakeObserver.all.filter((o) => o.margin === `${ENTER_MARGIN} 0px`);
    expect(entering.map((o) => o.watched[0])).toEqual([slot]);
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(true);
    unmount();
    expect(FakeObserver.all.every((o) => !o.connected)).toBe(true);
  });

  it('follows new elements (re-rendered) and drops the old ones', () => {
    const otherPanel = document.createElement('section');
    const otherSlot = document.createElement('div');
    const { rerender } = renderHook(({ p, s }) => usePanelPlace(p, s).near, {
      initialProps: { p: panel, s: slot },
    });
    const first = [...FakeObserver.all];
    rerender({ p: otherPanel, s: otherSlot });
    expect(first.every((o) => !o.connected)).toBe(true);
    const live = FakeObserver.all.filter((o) => o.connected);
    expect(live.map((o) => [o.margin, o.watched[0]])).toEqual(
      expect.arrayContaining([
        [`${ENTER_MARGIN} 0px`, otherSlot],
        [`${LEAVE_MARGIN} 0px`, otherPanel],
        ['0px 0px', otherPanel],
      ]),
    );
    expect(live).toHaveLength(3);
  });

  it('says whether the panel is on screen', () => {
    const { result } = renderHook(() => usePanelPlace(panel, slot));
    expect(result.current).toEqual({ near: false, inView: false });
    reportIntersection(ENTER_MARGIN, true);
    reportIntersection('0px', true);
    expect(result.current).toEqual({ near: true, inView: true });
    reportIntersection('0px', false);
    expect(result.current).toEqual({ near: true, inView: false });
  });

  it('is near for every chart while the page is printed, and only then', () => {
    const { result } = renderHook(() => usePanelPlace(panel, slot).near);
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
    const { result } = renderHook(() => usePanelPlace(panel, slot));
    expect(result.current).toEqual({ near: true, inView: true });
  });
});
