// @vitest-environment jsdom
/**
 * Printed before the chart module (ECharts) has loaded (a phone's reader who has not moved
 * yet has loaded none), a chart panel shows its data as a table, not an empty box.
 */
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildPanel } from '../../charts/options/forms';
import { chartContext, inputFor, loadReport, panelOf } from '../../test/chart-context';
import { PanelView } from './PanelView';

// The chart module never arrives (a slow network): the chart stays suspended.
vi.mock('../../charts/chart-module', () => new Promise(() => undefined));

const report = loadReport();
const venture = panelOf(report, 'q1-venture');

describe('a chart panel printed before the chart module has loaded', () => {
  it('keeps the chart’s room empty on screen, and prints the data as a table', async () => {
    const input = inputFor(report, venture, {});
    await act(async () => {
      render(
        <PanelView
          report={report}
          spec={{
            panel: venture,
            build: (c) => buildPanel(input, c),
            dataKey: 'all',
            onClick: () => undefined,
            prepareExport: () => null,
          }}
          ctx={chartContext(report, 'en')}
        />,
      );
      await Promise.resolve();
    });
    const slot = document.querySelector<HTMLElement>('.chart-slot');
    expect(slot).not.toBeNull();
    expect(within(slot!).queryByRole('table')).not.toBeInTheDocument();

    await act(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
    });
    const table = within(slot!).getByRole('table');
    expect(within(table).getByRole('cell', { name: '$267.2B' })).toBeInTheDocument();

    await act(async () => {
      window.dispatchEvent(new Event('afterprint'));
      await Promise.resolve();
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
