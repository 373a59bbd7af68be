// @vitest-environment jsdom
/**
 * One panel whose builder throws costs one panel: it shows a translated panel error with a
 * retry, and every other panel still draws. ECharts' wrapper is replaced by a stand-in
 * (jsdom cannot draw, STACK.md pitfall 6); the builders and panels are the real ones.
 */
import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadChartModule } from '../../charts/load-charts';
import type * as Forms from '../../charts/options/forms';
import { useDashboard } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { loadReport } from '../../test/chart-context';
import PanelsSection from './PanelsSection';

vi.mock('echarts-for-react/esm/core', async () => {
  const { createElement } = await import('react');
  return { default: () => createElement('svg', { 'data-testid': 'chart' }) };
});

// The real forms, except that the revenue panel's builder throws.
vi.mock('../../charts/options/forms', async (importOriginal) => {
  const real = await importOriginal<typeof Forms>();
  return {
    ...real,
    buildPanel: (...args: Parameters<typeof real.buildPanel>) => {
      if (args[0].panel.id === 'revenue') throw new Error('builder exploded');
      return real.buildPanel(...args);
    },
  };
});

// The chart module (ECharts) loads on a page's first chart; here, once, before the tests.
beforeAll(async () => {
  await loadChartModule();
});

const report = loadReport();

beforeEach(() => {
  useDashboard.getState().hydrate(DEFAULT_VIEW);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a panel whose builder throws', () => {
  it('shows a translated panel error while every other panel draws', async () => {
    const { container } = render(<PanelsSection report={report} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This panel failed to draw');
    expect(alert).toHaveTextContent('builder exploded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // Every other panel of the file is there, in its order.
    const others = report.panels.filter((p) => p.id !== 'revenue');
    const drawn = [...container.querySelectorAll('section[data-panel]')].map((s) =>
      s.getAttribute('data-panel'),
    );
    expect(drawn).toEqual(others.map((p) => p.id));
    const charts = others.filter((p) => p.form !== 'stat');
    expect(screen.getAllByTestId('chart')).toHaveLength(charts.length);
    expect(
      screen.getByRole('heading', { name: 'AI venture funding set a record in Q1 2026: $267.2B' }),
    ).toBeVisible();

    await act(async () => {
      useDashboard.getState().setLang('zh');
      await Promise.resolve();
    });
    expect(screen.getByRole('alert')).toHaveTextContent('此面板绘制失败');
    expect(
      screen.getByRole('heading', { name: '2026 年 Q1 AI 风投创纪录，达 2672 亿美元' }),
    ).toBeVisible();
  });
});
