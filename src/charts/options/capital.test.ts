import { describe, expect, it } from 'vitest';
import { barOf, drawBars, loadReport } from '../../test/chart-context';
import { capitalChart } from './capital';

const report = loadReport();

describe.each(['en', 'zh'] as const)('capital chart (%s)', (lang) => {
  const { ctx, chart, option } = drawBars(capitalChart, lang, report);

  it('keeps the xAI acquisition in its own grid, never in a series with venture funding', () => {
    const venture = barOf(chart, 'q1-venture-total');
    const acquisition = barOf(chart, 'xai-acquisition');
    expect(venture.series.xAxisIndex).toBe(0);
    expect(acquisition.series.xAxisIndex).toBe(1);
    expect(acquisition.series).not.toBe(venture.series);
    for (const series of option.series) {
      const ids = series.data.flatMap((d) => (typeof d === 'number' ? [] : [d.figureId]));
      expect(ids.includes('xai-acquisition') && ids.length > 1).toBe(false);
    }
  });

  it('draws the named rounds beside the total, not stacked on it', () => {
    expect(option.series.every((s) => s.stack === undefined)).toBe(true);
    expect(barOf(chart, 'q1-venture-total').datum.value).toBe(267.2e9);
    expect(barOf(chart, 'openai-funding-round').datum.value).toBe(122e9);
  });

  it('labels the bars with the report’s amounts', () => {
    const label = (id: string) => barOf(chart, id).datum.label.formatter;
    if (lang === 'en') {
      expect(label('q1-venture-total')).toBe('$267.2B');
      expect(label('openai-funding-round')).toBe('$122B');
      expect(label('anthropic-series-g')).toBe('$30B');
      expect(label('q1-other-venture')).toBe('$115.2B · derived');
      expect(label('xai-acquisition')).toBe('$250B');
    } else {
      expect(label('q1-venture-total')).toBe('2672 亿美元');
      expect(label('openai-funding-round')).toBe('1220 亿美元');
      expect(label('anthropic-series-g')).toBe('300 亿美元');
      expect(label('q1-other-venture')).toBe('1152 亿美元 · 推算');
      expect(label('xai-acquisition')).toBe('2500 亿美元');
    }
  });

  it('patterns the derived remainder and outlines it dashed', () => {
    const derived = barOf(chart, 'q1-other-venture').datum;
    expect(derived.itemStyle.borderType).toBe('dashed');
    expect(derived.itemStyle.borderWidth).toBeGreaterThan(0);
    expect(derived.itemStyle.borderColor).toBe(ctx.colours.derived);
    expect(derived.itemStyle.decal).toBeDefined();
    expect(derived.label.color).toBe(ctx.colours.derived);
    const stated = barOf(chart, 'openai-funding-round').datum;
    expect(stated.itemStyle.borderType).toBe('solid');
    expect(stated.itemStyle.decal).toBeUndefined();
  });

  it('colours a bar by its organisation and carries the entity for clicks', () => {
    const openai = barOf(chart, 'openai-funding-round').datum;
    expect(openai.itemStyle.color).toBe(ctx.colours.organisation('openai'));
    expect(openai.entity).toEqual({ kind: 'organisation', id: 'openai' });
    expect(openai.eventId).toBe('q1-venture-record');
    // The total belongs to no single organisation.
    expect(barOf(chart, 'q1-venture-total').datum.entity).toBeUndefined();
  });

  it('shows dollar ticks in the locale', () => {
    const tick = option.xAxis[0]?.axisLabel.formatter(1e11);
    if (lang === 'en') expect(tick).toBe('$100B');
    else expect(tick).toContain('亿');
  });

  it('explains the derivation in the tooltip', () => {
    const html = option.tooltip.formatter({ data: { figureId: 'q1-other-venture' } });
    expect(html).toContain(lang === 'zh' ? '推算' : 'derived');
    expect(html).toContain(lang === 'zh' ? '2672 亿美元 − 1220 亿美元' : '$267.2B − $122B');
  });
});
