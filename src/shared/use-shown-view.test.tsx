// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDashboard } from '../state/store';
import { ShownViewProvider, useShownPending, useShownView } from './use-shown-view';

/** Records the organisations filter and the selection at each of its renders. */
function Probe({ renders }: { renders: string[] }) {
  const { filters, selection } = useShownView();
  renders.push(`${filters.organisations.join(',')}|${selection?.id ?? ''}`);
  return null;
}

/** Records whether the shown view was behind the store at each of its renders. */
function PendingProbe({ renders }: { renders: boolean[] }) {
  renders.push(useShownPending());
  return null;
}

describe('useShownView', () => {
  afterEach(() => act(() => useDashboard.getState().clearAll()));

  it('under the provider, a click re-renders a reader once, with the new filters', () => {
    const renders: string[] = [];
    render(
      <ShownViewProvider>
        <Probe renders={renders} />
      </ShownViewProvider>,
    );
    expect(renders).toEqual(['|']);
    renders.length = 0;
    act(() => useDashboard.getState().toggleFilter('organisations', 'openai'));
    // Not rendered in the click's own frame with the old filters: one render, the new ones.
    expect(renders).toEqual(['openai|']);
    renders.length = 0;
    act(() => useDashboard.getState().toggleSelection({ kind: 'organisation', id: 'meta' }));
    expect(renders).toEqual(['openai|meta']);
  });

  it('says the view is pending in the click’s own frame, and not once the view has caught up', () => {
    const pending: boolean[] = [];
    const renders: string[] = [];
    render(
      <ShownViewProvider>
        <PendingProbe renders={pending} />
        <Probe renders={renders} />
      </ShownViewProvider>,
    );
    expect(pending).toEqual([false]);
    renders.length = 0;
    act(() => useDashboard.getState().toggleFilter('organisations', 'openai'));
    // The click's frame: pending, with the view's readers left alone; then the view lands.
    expect(pending).toEqual([false, true, false]);
    expect(renders).toEqual(['openai|']);
  });

  it('without a provider, follows the store', () => {
    const renders: string[] = [];
    render(<Probe renders={renders} />);
    act(() => useDashboard.getState().toggleFilter('organisations', 'openai'));
    expect(renders[renders.length - 1]).toBe('openai|');
  });
});
