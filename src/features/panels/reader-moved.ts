/**
 * Whether the reader has scrolled, tapped or typed since the page opened. Until then only
 * the charts on screen are made (use-panel-place.ts). The charts of the opening view appear
 * drawn: a phone's processor is busy starting the app then, and an entrance animation there
 * only holds the figures back (every frame of it redraws the whole chart). A chart the reader
 * scrolls to grows in, which draws the eye to what just arrived.
 */
const EVENTS = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

let moved = false;
const listeners = new Set<() => void>();

function mark(): void {
  moved = true;
  for (const type of EVENTS) window.removeEventListener(type, mark, true);
  for (const listener of [...listeners]) listener();
  listeners.clear();
}

function watch(): void {
  if (typeof window === 'undefined') return;
  for (const type of EVENTS) window.addEventListener(type, mark, { capture: true, passive: true });
}

watch();

export function readerHasMoved(): boolean {
  return moved;
}

/** Calls `listener` once, when the reader first moves; returns the unsubscribe. */
export function onReaderMoved(listener: () => void): () => void {
  if (moved) return () => undefined;
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: the page as it opened again. */
export function resetReaderMoved(): void {
  moved = false;
  watch();
}
