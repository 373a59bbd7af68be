// @vitest-environment jsdom
/**
 * One chart whose builder throws costs one panel: it shows a translated panel error with a
 * retry, and every other chart still draws. ECharts' wrapper is replaced by a stand-in
 * (jsdom cannot draw, STACK.md pitfall 6); the builders and panels are the real ones.
 */
import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartDefinition } from '../../charts/options/types';
import { initI18n } from '../../i18n/init';
import { useDashboard } from '../../state/store';
import { DEFAULT_VIEW } from '../../state/view-state';
import { loadReport } from '../../test/chart-context';
import ChartsSection from './ChartsSection';
import type * as Registry from './registry';

vi.mock('echarts-for-react/esm/core', async () => {
  const { createElement } = await import('react');
  return { default: () => createElement('svg', { 'data-testid': 'chart' }) };
});

// The real registry with one builder that throws in place of the revenue chart.
vi.mock('./registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const broken: ChartDefinition = {
    id: 'revenue',
    build: () => {
      throw new Error('builder exploded');
    },
  };
  return { FIGURE_CHARTS: real.FIGURE_CHARTS.map((c) => (c.id === 'revenue' ? broken : c)) };
});

const report = loadReport();

beforeEach(() => {
  initI18n('en');
  useDashboard.getState().hydrate(DEFAULT_VIEW);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a chart whose builder throws', () => {
  it('shows a translated panel error while every other chart draws', async () => {
    const { container } = render(<ChartsSection report={report} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This panel failed to draw');
    expect(alert).toHaveTextContent('builder exploded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // Nine of the ten panels are there, each with its chart.
    expect(container.querySelectorAll('section[data-chart]')).toHaveLength(9);
    expect(screen.getAllByTestId('chart')).toHaveLength(9);
    expect(
      screen.getByRole('heading', { name: 'Capital: Q1 2026 AI venture funding' }),
    ).toBeVisible();

    await act(async () => {
      useDashboard.getState().setLang('zh');
      await i18next.changeLanguage('zh-CN');
    });
    expect(screen.getByRole('alert')).toHaveTextContent('此面板绘制失败');
    expect(screen.getByRole('heading', { name: '资本：2026 年 Q1 AI 风险投资' })).toBeVisible();
  });
});
