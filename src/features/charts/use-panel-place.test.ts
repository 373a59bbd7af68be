import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeObserver, reportIntersection } from '../../test/intersection';
import { ENTER_MARGIN, usePanelPlace } from './use-panel-place';

describe('usePanelPlace', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  const panel = document.createElement('section');
  const slot = document.createElement('div');

  it('creates on the slot coming near, never for a panel without one, and stops on unmount', () => {
    const { result, rerender, unmount } = renderHook(
      ({ target }) => usePanelPlace(panel, target).near,
      { initialProps: { target: null as Element | null } },
    );
    // No slot (the panel shows its table or has no chart): the panel alone is watched.
    expect(FakeObserver.all.map((o) => o.margin)).toEqual(['0px 0px']);
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
        ['0px 0px', otherPanel],
      ]),
    );
    expect(live).toHaveLength(2);
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
