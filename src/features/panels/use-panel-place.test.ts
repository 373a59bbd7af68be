// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeObserver, reportIntersection } from '../../test/intersection';
import { resetReaderMoved } from './reader-moved';
import { ENTER_MARGIN, START_DEPTH, usePanelPlace } from './use-panel-place';

/** The reader's first scroll, as the page hears it. */
function scroll(): void {
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
}

describe('usePanelPlace', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // The reader has moved: charts are made within the margin (the opening view: below).
    resetReaderMoved();
    scroll();
  });
  afterEach(() => vi.unstubAllGlobals());

  const panel = document.createElement('section');

  describe('before the reader first moves', () => {
    beforeEach(() => resetReaderMoved());

    it('makes only a chart on screen, START_DEPTH into it', () => {
      const { result } = renderHook(() => usePanelPlace(panel, true).near);
      const start = `0px 0px -${START_DEPTH}px`;
      expect(FakeObserver.all.map((o) => o.margin)).toEqual([start, '0px 0px']);
      reportIntersection(ENTER_MARGIN, true);
      // On screen, but only its top (a phone's first panel under the headline cards).
      reportIntersection('0px', true);
      expect(result.current).toBe(false);
      reportIntersection(start, true);
      expect(result.current).toBe(true);
    });

    it('widens to the margin at the first scroll, tap or key', () => {
      const { result } = renderHook(() => usePanelPlace(panel, true).near);
      scroll();
      const live = FakeObserver.all.filter((o) => o.connected).map((o) => o.margin);
      expect(live.sort()).toEqual(['0px 0px', `${ENTER_MARGIN} 0px`].sort());
      reportIntersection(ENTER_MARGIN, true);
      expect(result.current).toBe(true);
    });
  });

  it('is near once the panel comes within the margin, and stays near', () => {
    const { result } = renderHook(() => usePanelPlace(panel, true).near);
    expect(result.current).toBe(false);
    reportIntersection(ENTER_MARGIN, true);
    expect(result.current).toBe(true);
    // Scrolled away again: the chart is kept.
    reportIntersection(ENTER_MARGIN, false);
    expect(result.current).toBe(true);
  });

  it('creates only for a panel with a chart to draw, and stops observing on unmount', () => {
    const { result, rerender, unmount } = renderHook(
      ({ drawable }) => usePanelPlace(panel, drawable).near,
      { initialProps: { drawable: false } },
    );
    // Nothing to draw (the filters emptied the panel, or it shows its table): not observed
    // for creation, so coming near creates nothing.
    expect(FakeObserver.all.map((o) => o.margin)).toEqual(['0px 0px']);
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
        ['0px 0px', otherPanel],
      ]),
    );
    expect(live).toHaveLength(2);
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
    const { result, rerender } = renderHook(
      ({ printing }) => usePanelPlace(panel, true, printing).near,
      { initialProps: { printing: false } },
    );
    expect(result.current).toBe(false);
    rerender({ printing: true });
    expect(result.current).toBe(true);
    rerender({ printing: false });
    expect(result.current).toBe(false);
  });

  it('treats every element as near where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { result } = renderHook(() => usePanelPlace(panel, true));
    expect(result.current).toEqual({ near: true, inView: true });
  });
});
