/**
 * The chart module's loader: a failed load stays failed (every chart waiting shows its error
 * at once, nothing asks again in a loop) until a retry the reader asked for.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartModuleLoad } from './load-charts';

describe('loadChartModule', () => {
  afterEach(() => {
    vi.doUnmock('./chart-module');
    vi.resetModules();
  });

  it('keeps a failed load failed until retryChartModule, then loads again', async () => {
    let attempts = 0;
    let available = false;
    vi.doMock('./chart-module', () => {
      attempts += 1;
      if (!available) throw new Error('chunk missing');
      return { Chart: () => null };
    });
    vi.resetModules();
    const charts = await import('./load-charts');

    await expect(charts.loadChartModule()).rejects.toThrow();
    await expect(charts.loadChartModule()).rejects.toThrow();
    expect(attempts).toBe(1);
    expect((charts.loadChartModule() as ChartModuleLoad).status).toBe('rejected');

    available = true;
    charts.retryChartModule();
    const loaded = await charts.loadChartModule();
    expect(attempts).toBe(2);
    // Settled as React's use() reads it: a chart made now renders at once.
    expect(charts.loadChartModule()).toMatchObject({ status: 'fulfilled', value: loaded });
    // A retry once loaded keeps the module.
    charts.retryChartModule();
    expect(await charts.loadChartModule()).toBe(loaded);
    expect(attempts).toBe(2);
  });
});
