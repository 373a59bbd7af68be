// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BuiltChart, ChartContext } from '../../charts/options/types';
import { chartContext, loadReport } from '../../test/chart-context';
import { useBuilt } from './use-built';

/** A slide whose builds are numbered, so each result says which build made it. */
function countingSlide(dataKey: string, log: string[]) {
  return {
    dataKey,
    build: (ctx: ChartContext): BuiltChart => {
      log.push(`${dataKey}/${ctx.lang}`);
      return {
        kind: 'echarts',
        option: { n: log.length },
        rows: [],
        description: dataKey,
        height: 100,
      };
    },
  };
}

describe('useBuilt', () => {
  const report = loadReport();
  const en = chartContext(report, 'en');
  const zh = chartContext(report, 'zh');

  it('rebuilds when the data or the language changes, not when only identities do', () => {
    const log: string[] = [];
    const { result, rerender } = renderHook(
      ({ key, ctx }) => useBuilt(countingSlide(key, log), ctx),
      {
        initialProps: { key: 'a', ctx: en },
      },
    );
    const first = result.current;
    // A new slide object and a new (equal) context: the same chart.
    rerender({ key: 'a', ctx: { ...en } });
    expect(result.current).toBe(first);
    rerender({ key: 'b', ctx: en });
    expect(result.current).not.toBe(first);
    rerender({ key: 'b', ctx: zh });
    expect(log).toEqual(['a/en', 'b/en', 'b/zh']);
  });

  it('gives the previous build back when the inputs go back (a filter toggled off)', () => {
    const log: string[] = [];
    const { result, rerender } = renderHook(({ key }) => useBuilt(countingSlide(key, log), en), {
      initialProps: { key: 'all' },
    });
    const all = result.current;
    rerender({ key: 'filtered' });
    const filtered = result.current;
    rerender({ key: 'all' });
    expect(result.current).toBe(all);
    rerender({ key: 'filtered' });
    expect(result.current).toBe(filtered);
    expect(log).toEqual(['all/en', 'filtered/en']);
  });

  it('keeps two builds: a third set of inputs pushes out the oldest', () => {
    const log: string[] = [];
    const { result, rerender } = renderHook(({ key }) => useBuilt(countingSlide(key, log), en), {
      initialProps: { key: 'a' },
    });
    const a = result.current;
    rerender({ key: 'b' });
    rerender({ key: 'c' });
    rerender({ key: 'a' });
    expect(result.current).not.toBe(a);
    expect(log).toEqual(['a/en', 'b/en', 'c/en', 'a/en']);
  });

  it('tells focus, layout and scale apart', () => {
    const log: string[] = [];
    const { rerender } = renderHook(({ ctx }) => useBuilt(countingSlide('k', log), ctx), {
      initialProps: { ctx: en },
    });
    rerender({ ctx: { ...en, focus: { kind: 'organisation', id: 'openai' } } });
    rerender({ ctx: { ...en, compact: true } });
    rerender({ ctx: { ...en, scale: 2 } });
    expect(log).toHaveLength(4);
  });
});
