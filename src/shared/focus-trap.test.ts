import { describe, expect, it } from 'vitest';
import { stillClosed } from './focus-trap';

describe('stillClosed', () => {
  const event = (open: boolean) => ({ currentTarget: { open } as HTMLDialogElement });

  it('is true for the close event of a closed dialog', () => {
    expect(stillClosed(event(false))).toBe(true);
  });

  it('is false for a close event that arrives after the dialog was opened again', () => {
    expect(stillClosed(event(true))).toBe(false);
  });
});
