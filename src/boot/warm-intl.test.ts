import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from './warm-intl';

/** A stand-in worker: the test makes it answer, fail, or stay silent. */
function fakeWorker() {
  return {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate: vi.fn(),
  };
}

/** Whether `promise` has settled, after the pending microtasks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('warmIntl', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the worker to answer, then ends it', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const warmed = warmIntl(() => worker, 1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(warmed), 'still waiting before the answer').toBe(false);
    worker.onmessage?.(new MessageEvent('message', { data: 'ready' }));
    expect(await settled(warmed)).toBe(true);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('stops waiting when the worker fails', async () => {
    const worker = fakeWorker();
    const warmed = warmIntl(() => worker, 60_000);
    worker.onerror?.(new Event('error') as ErrorEvent);
    expect(await settled(warmed)).toBe(true);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('stops waiting after the given time when the worker never answers', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker();
    const warmed = warmIntl(() => worker, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(warmed)).toBe(true);
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('does not wait when no worker can be made', async () => {
    const warmed = warmIntl(() => {
      throw new Error('blocked by the page’s policy');
    }, 60_000);
    expect(await settled(warmed)).toBe(true);
  });
});
