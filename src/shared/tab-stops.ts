/**
 * Tab stops and the Tab wrap of a modal, in plain DOM (no React): the deck dialog, which is
 * built without React on purpose, uses them as well as the React dialogs (`focus-trap.ts`).
 */
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Rendered (not `hidden`, not `display: none`); where the DOM cannot tell (jsdom), not hidden. */
function isShown(el: HTMLElement): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : !el.closest('[hidden]');
}

/** The elements Tab stops at inside `root`, in document order. */
export function tabStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      !el.matches(':disabled') &&
      el.tabIndex >= 0 &&
      // A radio group is one stop: the checked radio (or the first when none is).
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) &&
      isShown(el),
  );
}

/**
 * Keep Tab inside `root`: from the last stop Tab goes to the first, and Shift+Tab from the first
 * (or from outside) to the last. A modal `<dialog>` makes the page behind it inert, but Chromium
 * still lets Tab leave for the browser's own controls; a reader expects it to cycle instead.
 * Returns whether it moved the focus (the event is then cancelled).
 */
export function wrapTab(root: Element, e: KeyboardEvent): boolean {
  if (e.key !== 'Tab') return false;
  const stops = tabStops(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  const at = document.activeElement;
  const inside = !!at && root.contains(at);
  if (e.shiftKey ? at === first || !inside : at === last || !inside) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
    return true;
  }
  return false;
}
