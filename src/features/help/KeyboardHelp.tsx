import { useEffect, useRef, useState } from 'react';
import { stillClosed, useModalDialog } from '../../shared/focus-trap';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';

/** The shortcuts, each with the keys that press it (translated names, in this order). */
const SHORTCUTS = [
  { keys: ['L'], what: 'help.language', only: 'shortcuts' },
  { keys: ['?'], what: 'help.help' },
  { keys: ['Esc'], what: 'help.escape' },
  { keys: ['←', '→'], what: 'help.slides' },
  { keys: ['PageUp', 'PageDown'], what: 'help.clicker' },
  { keys: ['Home', 'End'], what: 'help.ends' },
] as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** `?` opens the list of keyboard shortcuts, translated; Escape or Close shuts it. */
export function KeyboardHelp() {
  const { t } = useWords();
  const shortcuts = useDashboard((s) => s.shortcuts);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useModalDialog(dialog, open);

  return (
    <dialog
      ref={dialog}
      className="keyboard-help"
      aria-labelledby="keyboard-help-title"
      onClose={(e) => {
        if (stillClosed(e)) setOpen(false);
      }}
    >
      {open && (
        <div className="keyboard-help__body">
          <h2 id="keyboard-help-title">{t('help.title')}</h2>
          <dl>
            {SHORTCUTS.map((s) => (
              <div key={s.what}>
                <dt>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>
                  {t(s.what)}
                  {'only' in s && !shortcuts && ` ${t('help.off')}`}
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('eventCard.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}
