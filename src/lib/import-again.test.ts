import { describe, expect, it } from 'vitest';
import { failedModuleUrl, importAgain, retryAddress } from './import-again';

const CHUNK = 'http://127.0.0.1:4173/assets/chart-module-AbC12.js';

describe('failedModuleUrl', () => {
  it('reads the address from Chromium’s and Firefox’s messages', () => {
    expect(
      failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)),
    ).toBe(CHUNK);
    expect(
      failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`)),
    ).toBe(CHUNK);
  });

  it('is null when the failure names no address (Safari) or is not an error', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(undefined)).toBeNull();
    expect(failedModuleUrl({ message: CHUNK })).toBeNull();
    // Another address in another failure (a test runner's hint, a stack) is not the module's.
    expect(failedModuleUrl(new Error('see https://vitest.dev/api/vi.html#vi-mock'))).toBeNull();
  });
});

describe('retryAddress', () => {
  it('sets the retry query, replacing an earlier one and keeping the rest', () => {
    expect(retryAddress(CHUNK, 1)).toBe(`${CHUNK}?retry=1`);
    expect(retryAddress(`${CHUNK}?retry=1&v=2`, 2)).toBe(`${CHUNK}?retry=2&v=2`);
  });
});

describe('importAgain', () => {
  const failure = (url: string) =>
    new TypeError(`Failed to fetch dynamically imported module: ${url}`);

  it('loads as written while nothing failed', async () => {
    const asked: string[] = [];
    let loads = 0;
    const load = importAgain(
      () => Promise.resolve(++loads),
      (url) => (asked.push(url), Promise.resolve(0)),
    );
    await expect(load()).resolves.toBe(1);
    await expect(load()).resolves.toBe(2);
    expect(asked).toEqual([]);
  });

  it('after a failure, imports the failed address with a new retry query each time', async () => {
    const asked: string[] = [];
    let answer: 'fail' | 'load' = 'fail';
    const load = importAgain(
      () => Promise.reject(failure(CHUNK)),
      (url) => {
        asked.push(url);
        return answer === 'fail' ? Promise.reject(failure(url)) : Promise.resolve(7);
      },
    );
    await expect(load()).rejects.toThrow(CHUNK);
    await expect(load()).rejects.toThrow(`${CHUNK}?retry=1`);
    answer = 'load';
    await expect(load()).resolves.toBe(7);
    expect(asked).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });

  it('loads as written again when the failure named no address', async () => {
    let loads = 0;
    const load = importAgain(
      () =>
        ++loads === 1
          ? Promise.reject(new TypeError('Importing a module script failed.'))
          : Promise.resolve(loads),
      () => Promise.reject(new Error('not asked')),
    );
    await expect(load()).rejects.toThrow('Importing');
    await expect(load()).resolves.toBe(2);
  });
});
