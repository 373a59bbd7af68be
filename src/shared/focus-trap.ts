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

/**
 * Whether a `<dialog>`'s `close` event finds it still closed: a close handler acts only then.
 * The browser queues that event after the dialog has closed, and handles input before queued
 * tasks: an Escape followed at once by Enter on the opener reopened the dialog before the
 * first `close` was dispatched, which then closed the reopened dialog (seen on a busy machine,
 * as on a slow phone).
 */
export function stillClosed(e: { currentTarget: HTMLDialogElement }): boolean {
  return !e.currentTarget.open;
}
