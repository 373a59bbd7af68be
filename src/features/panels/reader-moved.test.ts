// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readerHasMoved } from './reader-moved';

describe('readerHasMoved', () => {
  it('is false while the page is as it opened, and true from the first scroll on', () => {
    expect(readerHasMoved()).toBe(false);
    // Pointer moves and focus changes are not the reader moving on.
    window.dispatchEvent(new Event('pointermove'));
    window.dispatchEvent(new Event('focus'));
    expect(readerHasMoved()).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(readerHasMoved()).toBe(true);
    expect(readerHasMoved()).toBe(true);
  });
});
