import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { onPrintChange, type PrintMode } from '../lib/print';

/**
 * Whether the page is being printed, and how (see lib/print.ts): null when it is not. The
 * change renders at once (flushSync): on paper the browser takes its picture as soon as
 * `beforeprint` returns, with no frame in between for a scheduled render.
 */
export function usePrinting(): PrintMode | null {
  const [mode, setMode] = useState<PrintMode | null>(null);
  useEffect(
    () =>
      onPrintChange((next) => {
        flushSync(() => setMode((now) => (now === 'paper' && next === 'media' ? now : next)));
      }),
    [],
  );
  return mode;
}
