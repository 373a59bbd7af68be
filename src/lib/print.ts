/**
 * Calls `listener` when the page starts or stops being printed: `beforeprint` / `afterprint`
 * (window.print(), the browser's menu) and the `print` media query (print emulation, which
 * fires neither event). Returns the unsubscribe function.
 */
export function onPrintChange(listener: (printing: boolean) => void): () => void {
  const print = window.matchMedia('print');
  const before = (): void => listener(true);
  const after = (): void => listener(false);
  const change = (e: MediaQueryListEvent): void => listener(e.matches);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  print.addEventListener('change', change);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    print.removeEventListener('change', change);
  };
}
