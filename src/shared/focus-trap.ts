import { type RefObject, useEffect } from 'react';
import { wrapTab } from './tab-stops';

/** A `<dialog>` shown as a modal while `open`, closed otherwise, with Tab kept inside it. */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      wrapTab(el, e);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [ref, open]);
}
