// @vitest-environment jsdom
/**
 * The panel around a chart: heading (the finding), accessible chart container, table view,
 * empty state, language switch. ECharts cannot draw in jsdom (STACK.md pitfall 6), so the
 * wrapper library is replaced by a stand-in that prints the option it gets.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadChartModule } from '../../charts/load-charts';
import { buildPanel } from '../../charts/options/forms';
import { coloursFor } from '../../charts/theme';
import type { Lang } from '../../i18n/languages';
import { useDashboard } from '../../state/store';
import { chartContext, inputFor, loadReport, panelOf } from '../../test/chart-context';
import { FakeObserver, reportIntersection } from '../../test/intersection';
import { staticMediaQuery } from '../../test/media-query';
import { PanelView } from './PanelView';
import type { PanelSpec } from './use-panels';
import { ENTER_MARGIN, START_DEPTH } from './use-panel-place';

/** The margin of the page's opening view: a panel reaching START_DEPTH into the view. */
const DEEP_IN_VIEW = `0px 0px -${START_DEPTH}px`;
import { resetReaderMoved } from './reader-moved';

/** The option the stand-in showed at each commit it took part in, in order. */
const commits = vi.hoisted(() => [] as string[]);

vi.mock('echarts-for-react/esm/core', async () => {
  const { createElement, useLayoutEffect } = await import('react');
  function EChartsStandIn({ option, opts }: { option: unknown; opts?: { locale?: string } }) {
    const text = JSON.stringify(option);
    useLayoutEffect(() => {
      commits.push(text);
    });
    return createElement('pre', { 'data-testid': 'option', 'data-locale': opts?.locale }, text);
  }
  return { default: EChartsStandIn };
});

// The chart module (ECharts) loads on a page's first chart; here, once, before the tests.
beforeAll(async () => {
  await loadChartModule();
});

const report = loadReport();
const venture = panelOf(report, 'q1-venture');
const TITLE = {
  en: 'AI venture funding set a record in Q1 2026: $267.2B',
  zh: '2026 年 Q1 AI 风投创纪录，达 2672 亿美元',
};

/** The Q1 venture panel as the page drives it: with data, or with a filter that empties it. */
function spec(empty = false): PanelSpec {
  const input = inputFor(report, venture, empty ? { search: 'zzzz-nothing' } : {});
  return {
    panel: venture,
    build: (c) => buildPanel(input, c),
    dataKey: empty ? 'empty' : 'all',
    onClick: () => undefined,
    prepareExport: () => null,
  };
}

function panel(lang: Lang, empty = false) {
  return <PanelView report={report} spec={spec(empty)} ctx={chartContext(report, lang)} />;
}

async function switchLanguage(lang: Lang): Promise<void> {
  await act(async () => {
    useDashboard.getState().setLang(lang);
    await Promise.resolve();
  });
}

function optionText(): string {
  return screen.getByTestId('option').textContent ?? '';
}

beforeEach(async () => {
  useDashboard.setState({ tables: [] });
  await switchLanguage('en');
});

afterEach(async () => {
  await switchLanguage('en');
});

describe('PanelView', () => {
  it('titles the panel and gives the chart an accessible name and description', () => {
    const built = { chart: spec().build(chartContext(report, 'en')) };
    render(panel('en'));
    expect(screen.getByRole('heading', { level: 3, name: TITLE.en })).toBeInTheDocument();
    const img = screen.getByRole('img', { name: TITLE.en });
    const describedBy = img.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toBe('');
    const description = document.getElementById(describedBy);
    expect(description?.textContent).toBe(built.chart?.description);
    expect(description?.textContent).toContain('$267.2B');
    expect(img).toHaveAccessibleDescription(built.chart?.description ?? '');
    expect(screen.getByText(/^Source: .*§7$/)).toBeInTheDocument();
  });

  it('hands the built option to the chart, with an explicit locale', () => {
    render(panel('en'));
    expect(screen.getByTestId('option')).toHaveAttribute('data-locale', 'EN');
    expect(optionText()).toContain('$267.2B');
    expect(optionText()).toContain('$115.2B · derived');
  });

  // A device that cannot hover (a phone): ECharts triggers no tooltip (it would build it inside
  // the tap's touch handlers); the chart shows it after the tap's frame (e2e: explore.spec).
  it('leaves the tooltip to the chart where the pointer cannot hover, on hover elsewhere', () => {
    const trigger = (): unknown =>
      (JSON.parse(optionText()) as { tooltip?: { triggerOn?: string } }).tooltip?.triggerOn;
    const { unmount } = render(panel('en'));
    expect(trigger()).toBeUndefined();
    unmount();
    const media = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation((query) => staticMediaQuery(query, query === '(hover: none)'));
    try {
      render(panel('en'));
      expect(trigger()).toBe('none');
    } finally {
      media.mockRestore();
    }
  });

  it('says, under its subtitle, how many of the report’s events a filtered timeline shows', () => {
    const timeline = panelOf(report, 'timeline');
    const view = (filters: Parameters<typeof inputFor>[2], lang: Lang) => {
      const input = inputFor(report, timeline, filters);
      const timelineSpec: PanelSpec = {
        panel: timeline,
        build: (c) => buildPanel(input, c),
        dataKey: JSON.stringify(filters),
        onClick: () => undefined,
        prepareExport: () => null,
      };
      return <PanelView report={report} spec={timelineSpec} ctx={chartContext(report, lang)} />;
    };
    const { rerender } = render(view({}, 'en'));
    expect(screen.queryByText(/^Filtered:/)).not.toBeInTheDocument();
    const shown = inputFor(report, timeline, { organisations: ['meta'] }).timelineEvents.length;
    rerender(view({ organisations: ['meta'] }, 'en'));
    expect(
      screen.getByText(`Filtered: ${shown} of the ${report.events.length} events shown`),
    ).toBeInTheDocument();
    rerender(view({ organisations: ['meta'] }, 'zh'));
    expect(
      screen.getByText(`已筛选：显示全部 ${report.events.length} 个事件中的 ${shown} 个`),
    ).toBeInTheDocument();
  });

  it('explains the derived-value pattern when the chart has one', () => {
    render(panel('en'));
    expect(screen.getByText(/derived values, not stated by the report/)).toBeInTheDocument();
  });

  it('toggles to an accessible table of formatted values and back', () => {
    render(panel('en'));
    const button = screen.getByRole('button', { name: 'Show table' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fireEvent.click(button);
    const table = screen.getByRole('table', { name: `${TITLE.en}: data` });
    expect(within(table).getByRole('cell', { name: '$267.2B' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'OpenAI' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Value' })).toBeInTheDocument();
    expect(screen.queryByTestId('option')).not.toBeInTheDocument();
    const pressed = screen.getByRole('button', { name: 'Show chart' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(pressed);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByTestId('option')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show table' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows the table in Chinese after a language switch', async () => {
    const { rerender } = render(panel('en'));
    fireEvent.click(screen.getByRole('button', { name: 'Show table' }));
    expect(screen.getByRole('cell', { name: '$267.2B' })).toBeInTheDocument();

    await switchLanguage('zh');
    rerender(panel('zh'));

    expect(screen.getByRole('heading', { level: 3, name: TITLE.zh })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: `${TITLE.zh}：数据` });
    expect(within(table).getByRole('cell', { name: '2672 亿美元' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: '数值' })).toBeInTheDocument();
    expect(within(table).queryByText('$267.2B')).not.toBeInTheDocument();
    expect(screen.getByText(/^来源：.*第 7 节$/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '显示图表', pressed: true }));
    expect(screen.getByTestId('option')).toHaveAttribute('data-locale', 'ZH');
    expect(optionText()).toContain('2672 亿美元');
    expect(screen.getByRole('button', { name: '显示表格' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows the translated empty state when nothing matches', async () => {
    expect(spec(true).build(chartContext(report, 'en'))).toBeNull();
    const { rerender } = render(panel('en', true));
    expect(screen.getByRole('status')).toHaveTextContent(
      'No data in this chart matches the current filters.',
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByTestId('option')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: TITLE.en })).toBeInTheDocument();

    await switchLanguage('zh');
    rerender(panel('zh', true));
    expect(screen.getByRole('status')).toHaveTextContent('当前筛选条件下，此图表没有数据。');
  });

  describe('near the viewport or not', () => {
    beforeEach(() => {
      FakeObserver.all = [];
      vi.stubGlobal('IntersectionObserver', FakeObserver);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
      resetReaderMoved();
    });

    const animation = (): unknown =>
      (JSON.parse(optionText()) as { animation?: unknown }).animation;

    it('creates the chart when its panel comes near the view, keeping its room until then', () => {
      const built = { chart: spec().build(chartContext(report, 'en')) };
      render(panel('en'));
      // Far below the fold: the panel, its description and its room, but no chart yet.
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      const slot = document.querySelector<HTMLElement>('.chart-slot');
      expect(slot?.style.minHeight).toBe(`${built.chart?.height}px`);
      expect(screen.getByText(built.chart?.description ?? '-')).toBeInTheDocument();

      // The reader scrolls: the chart is made, and grows in.
      window.dispatchEvent(new Event('scroll'));
      reportIntersection(ENTER_MARGIN, true);
      expect(screen.getByTestId('option')).toBeInTheDocument();
      expect(animation()).toBe(true);
      // Leaving the margin again keeps it.
      reportIntersection(ENTER_MARGIN, false);
      expect(screen.getByTestId('option')).toBeInTheDocument();
    });

    // The observer is not the only way in: a panel found on screen when a scroll ends (or
    // when its size changes) is near, even if no intersection was reported.
    it('creates the chart when a scroll ends with the panel on screen, without the observer', () => {
      render(panel('en'));
      const section = document.querySelector('section[data-panel]')!;
      window.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('scrollend'));
      // jsdom lays nothing out: a box of no height is nowhere.
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      const box = (top: number): DOMRect =>
        ({ top, bottom: top + 400, height: 400, left: 0, right: 300, width: 300 }) as DOMRect;
      const rect = vi.spyOn(section, 'getBoundingClientRect').mockReturnValue(box(5000));
      window.dispatchEvent(new Event('scrollend'));
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      rect.mockReturnValue(box(window.innerHeight + 100));
      act(() => {
        window.dispatchEvent(new Event('scrollend'));
      });
      expect(screen.getByTestId('option')).toBeInTheDocument();
    });

    it('makes no chart for a panel the filters emptied, and one once its data returns', () => {
      window.dispatchEvent(new Event('scroll'));
      const { rerender } = render(panel('en', true));
      reportIntersection(ENTER_MARGIN, true);
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      rerender(panel('en'));
      // Its data is back; the panel, now observed, is reported near: the chart is made.
      reportIntersection(ENTER_MARGIN, true);
      expect(optionText()).toContain('$267.2B');
      const sourceLine = (): string =>
        document.querySelector('.chart-panel__source')?.textContent ?? '';
      const drawnSource = sourceLine();
      expect(drawnSource).toMatch(/§7/);
      // Emptied again: the chart stays, hidden, for the data's next return; the source line
      // names no section of the figures it no longer shows.
      rerender(panel('en', true));
      expect(screen.getByTestId('option')).toBeInTheDocument();
      expect(document.querySelector<HTMLElement>('.chart-slot')?.hidden).toBe(true);
      expect(sourceLine()).not.toMatch(/§/);
      rerender(panel('en'));
      expect(sourceLine()).toBe(drawnSource);
    });

    // A filter that empties a panel moves the panels below it: one may come near in the very
    // render in which it lost its data (its observer still of the render before).
    it('makes no chart for a panel that comes near as the filters empty it', () => {
      window.dispatchEvent(new Event('scroll'));
      const { rerender } = render(panel('en'));
      const observers = FakeObserver.all.filter((o) => o.connected);
      act(() => {
        rerender(panel('en', true));
        for (const o of observers) {
          const entry = { isIntersecting: true, target: o.watched[0] };
          o.callback([entry as unknown as IntersectionObserverEntry], o as never);
        }
      });
      expect(document.querySelector<HTMLElement>('.chart-slot')?.hidden ?? true).toBe(true);
      expect(screen.queryByTestId('option'), 'no chart in the hidden slot').not.toBeInTheDocument();
      // Its data returns: near already, the chart is made at once.
      rerender(panel('en'));
      expect(optionText()).toContain('$267.2B');
    });

    it('makes no chart while the panel shows its table', () => {
      window.dispatchEvent(new Event('scroll'));
      render(panel('en'));
      act(() => useDashboard.getState().toggleTable('q1-venture'));
      reportIntersection(ENTER_MARGIN, true);
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      act(() => useDashboard.getState().toggleTable('q1-venture'));
      reportIntersection(ENTER_MARGIN, true);
      expect(screen.getByTestId('option')).toBeInTheDocument();
    });

    it('draws a chart of the opening view without its entrance', () => {
      render(panel('en'));
      // Before the reader moves, a chart just below the fold is not made…
      reportIntersection(ENTER_MARGIN, true);
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      // …nor one whose top alone is on screen…
      reportIntersection('0px', true);
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      // …one well into the view is.
      reportIntersection(DEEP_IN_VIEW, true);
      expect(optionText()).toContain('$267.2B');
      expect(animation()).toBe(false);
    });

    it('draws a chart made for printing again, after printing, without its entrance', () => {
      render(panel('en'));
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      window.dispatchEvent(new Event('scroll'));
      act(() => {
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(animation()).toBe(true);
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
      // Far from the view, it is not kept once printed…
      expect(screen.queryByTestId('option')).not.toBeInTheDocument();
      // …and made again, without replaying its entrance, when the reader scrolls to it.
      reportIntersection(ENTER_MARGIN, true);
      expect(optionText()).toContain('$267.2B');
      expect(animation()).toBe(false);
    });

    it('prints its chart in the light scheme, from a page in the dark one', () => {
      const dark = coloursFor(report, 'dark');
      const light = coloursFor(report, 'light');
      render(
        <PanelView
          report={report}
          spec={spec()}
          ctx={chartContext(report, 'en', null, { colours: dark })}
        />,
      );
      reportIntersection('0px', true);
      reportIntersection(DEEP_IN_VIEW, true);
      expect(optionText()).toContain(dark.text);
      act(() => {
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(optionText()).toContain(light.text);
      expect(optionText()).not.toContain(dark.text);
      act(() => {
        window.dispatchEvent(new Event('afterprint'));
      });
      expect(optionText()).toContain(dark.text);
    });

    it('redraws an on-screen chart in the switch itself, an off-screen one right after', async () => {
      window.dispatchEvent(new Event('scroll'));
      for (const onScreen of [true, false]) {
        const { rerender, unmount } = render(panel('en'));
        reportIntersection(ENTER_MARGIN, true);
        reportIntersection('0px', onScreen);
        commits.length = 0;
        // The store's language and the charts built in it arrive in one render, as in the app.
        await act(async () => {
          useDashboard.getState().setLang('zh');
          rerender(panel('zh'));
          await Promise.resolve();
        });
        const shown = commits.map((o) => (o.includes('2672 亿美元') ? 'zh' : 'en'));
        // On screen: the switch's own commit draws it in Chinese. Off screen: that commit
        // keeps the English drawing, and the deferred one right after draws it in Chinese.
        expect(shown[0], `on screen: ${onScreen}`).toBe(onScreen ? 'zh' : 'en');
        expect(shown.at(-1)).toBe('zh');
        expect(optionText()).toContain('2672 亿美元');
        unmount();
        await switchLanguage('en');
      }
    });
  });
});
