import { describe, expect, it, vi } from 'vitest';
import { onFullscreenExit, type FullscreenSource } from './fullscreen-exit';

/** A document stand-in whose full-screen element the test sets, announcing each change. */
function fakeDocument() {
  const target = new EventTarget();
  const doc = {
    fullscreenElement: null as Element | null,
    addEventListener: (type: string, listener: () => void) =>
      target.addEventListener(type, listener),
    removeEventListener: (type: string, listener: () => void) =>
      target.removeEventListener(type, listener),
  };
  const change = (element: Element | null): void => {
    doc.fullscreenElement = element;
    target.dispatchEvent(new Event('fullscreenchange'));
  };
  return { doc: doc satisfies FullscreenSource, change };
}
const element = {} as Element;

describe('onFullscreenExit', () => {
  it('calls back when the reader leaves the full screen the presentation entered', () => {
    const { doc, change } = fakeDocument();
    const onLeave = vi.fn();
    onFullscreenExit(doc, onLeave);
    change(element);
    expect(onLeave).not.toHaveBeenCalled();
    change(null);
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('ignores the exit of a previous presentation that arrives after this one started', () => {
    const { doc, change } = fakeDocument();
    doc.fullscreenElement = element; // the previous presentation is still full screen
    const onLeave = vi.fn();
    onFullscreenExit(doc, onLeave);
    change(null); // its exit lands now
    expect(onLeave).not.toHaveBeenCalled();
    change(element); // this presentation's own request is granted
    change(null); // and the reader leaves it
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('never calls back when full screen was refused', () => {
    const { doc, change } = fakeDocument();
    const onLeave = vi.fn();
    onFullscreenExit(doc, onLeave);
    change(null);
    expect(onLeave).not.toHaveBeenCalled();
  });

  it('stops listening when unsubscribed', () => {
    const { doc, change } = fakeDocument();
    const onLeave = vi.fn();
    const stop = onFullscreenExit(doc, onLeave);
    change(element);
    stop();
    change(null);
    expect(onLeave).not.toHaveBeenCalled();
  });
});
