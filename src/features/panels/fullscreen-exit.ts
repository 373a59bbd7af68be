/** The part of `document` that full-screen changes are read from. */
export interface FullscreenSource {
  readonly fullscreenElement: Element | null;
  addEventListener(type: 'fullscreenchange', listener: () => void): void;
  removeEventListener(type: 'fullscreenchange', listener: () => void): void;
}

/**
 * Calls `onLeave` when the reader leaves full screen (Escape or F11 in the browser), but only
 * once this presentation has itself been in full screen. A presentation started right after
 * another one ended would otherwise be closed at once by the previous one's exit, which
 * arrives as a `fullscreenchange` after the new one has started. Returns the unsubscribe.
 */
export function onFullscreenExit(source: FullscreenSource, onLeave: () => void): () => void {
  let entered = false;
  const onChange = (): void => {
    if (source.fullscreenElement) entered = true;
    else if (entered) onLeave();
  };
  source.addEventListener('fullscreenchange', onChange);
  return () => source.removeEventListener('fullscreenchange', onChange);
}
