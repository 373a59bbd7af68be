import { useRef, useState } from 'react';
import { activeFilterCount } from '../../data/filters';
import type { Report } from '../../data/schema';
import { Icon } from '../../shared/Icon';
import { stillClosed, useModalDialog } from '../../shared/focus-trap';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';
import { ActiveFilters } from './ActiveFilters';
import { FilterBar } from './FilterBar';

/** How many filters are on, the selection counted as one. */
export function useActiveCount(): number {
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  return activeFilterCount(filters, selection);
}

/**
 * Phones: the filters behind one button that says how many are on, with the active ones as
 * chips beside it; the button opens the same filters in a sheet (a modal dialog: focus stays
 * inside, Escape and the close button shut it). The reader meets the charts first.
 */
export function FilterSheet({ report }: { report: Report }) {
  const { t } = useWords();
  const count = useActiveCount();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useModalDialog(dialog, open);

  return (
    <div className="filter-strip">
      <div className="filter-strip__bar">
        <button
          ref={opener}
          type="button"
          className="button filter-strip__button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          <Icon name="filter" />
          {count ? t('filters.buttonCount', { count }) : t('filters.button')}
        </button>
      </div>
      <ActiveFilters report={report} />
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        onClose={(e) => {
          if (!stillClosed(e)) return;
          setOpen(false);
          opener.current?.focus();
        }}
        onClick={(e) => {
          // A tap on the backdrop (the dialog element itself) closes it.
          if (e.target === dialog.current) setOpen(false);
        }}
      >
        {open && (
          <div className="filter-sheet__body">
            <div className="filter-sheet__head">
              <h2 id="filter-sheet-title" className="panel__title">
                {t('filters.sheetTitle')}
              </h2>
              <button
                type="button"
                className="button button--small button--icon"
                aria-label={t('filters.close')}
                title={t('filters.close')}
                onClick={() => setOpen(false)}
              >
                <Icon name="close" />
              </button>
            </div>
            <FilterBar report={report} inSheet />
          </div>
        )}
      </dialog>
    </div>
  );
}
