import { useEffect, useState } from 'react';
import { onPrintChange } from '../lib/print';

/** Whether the page is being printed (print preview, window.print(), print emulation). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => onPrintChange(setPrinting), []);
  return printing;
}
