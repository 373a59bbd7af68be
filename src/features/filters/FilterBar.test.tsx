// @vitest-environment jsdom
/**
 * The filter lists: a chip's click filters; a mouse over a chip links its entity across the
 * page, a finger's tap does not (a tap is a click, and a hover left behind by it would
 * highlight marks in every panel until the next tap elsewhere).
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDashboard } from '../../state/store';
import { loadReport } from '../../test/chart-context';
import { FilterBar } from './FilterBar';

const report = loadReport();
const org = report.organisations.find((o) => o.id === 'openai');

/** OpenAI's chip in the organisations' list. */
const chip = (): HTMLInputElement =>
  within(screen.getByRole('group', { name: /^Organisation/ })).getByRole('checkbox', {
    name: org?.name.en,
  });

describe('FilterBar', () => {
  afterEach(() =>
    act(() => {
      useDashboard.getState().setHover(null);
      useDashboard.getState().clearAll();
    }),
  );

  it('filters on a chip’s click, and counts what matches', () => {
    render(<FilterBar report={report} />);
    const before = screen.getByRole('status').textContent;
    fireEvent.click(chip());
    expect(useDashboard.getState().filters.organisations).toEqual(['openai']);
    expect(chip().checked).toBe(true);
    expect(screen.getByRole('status').textContent).not.toBe(before);
  });

  it('links the entity under a mouse, not under a finger', () => {
    render(<FilterBar report={report} />);
    const label = chip().closest('label')!;
    fireEvent.pointerEnter(label, { pointerType: 'touch' });
    expect(useDashboard.getState().hover).toBeNull();
    fireEvent.pointerEnter(label, { pointerType: 'mouse' });
    expect(useDashboard.getState().hover).toEqual({ kind: 'organisation', id: 'openai' });
    fireEvent.pointerLeave(label, { pointerType: 'mouse' });
    expect(useDashboard.getState().hover).toBeNull();
  });
});
