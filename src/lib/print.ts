/**
 * How the page is being printed: on `paper` (the print dialog, window.print(), a PDF: the
 * browser fires `beforeprint`, lays the page out for the sheet once it has returned, and
 * takes its picture then), or by the `print` media type alone (`media`: print emulation,
 * which lays the page out at the window's width and fires no event but the media query's).
 */
export type PrintMode = 'paper' | 'media';

/**
 * The printed sheet's content width in CSS pixels: A4 landscape less its margins, as the
 * `@page` rule of app/styles.css sets them (print.test.ts keeps the two in step).
 */
export const PRINT_PAGE = { widthMm: 297, marginMm: 12 } as const;
export const PRINT_CONTENT_WIDTH = Math.floor(
  ((PRINT_PAGE.widthMm - 2 * PRINT_PAGE.marginMm) / 25.4) * 96,
);

/**
 * Calls `listener` when the page starts or stops being printed: `beforeprint` / `afterprint`
 * (on paper) and the `print` media query (on paper too, after `beforeprint`; alone in print
 * emulation). A media query's start after `beforeprint` is still printing on paper: the
 * listener hears `media` then, and `usePrinting` keeps `paper`. Returns the unsubscribe
 * function.
 */
export function onPrintChange(listener: (mode: PrintMode | null) => void): () => void {
  const print = window.matchMedia('print');
  const before = (): void => listener('paper');
  const after = (): void => listener(null);
  const change = (e: MediaQueryListEvent): void => listener(e.matches ? 'media' : null);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  print.addEventListener('change', change);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    print.removeEventListener('change', change);
  };
}
