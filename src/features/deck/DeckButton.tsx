import type { Report } from '../../data/schema';
import { langCodes } from '../../i18n/languages';
import { wordsFor } from '../../i18n/words';
import { valueInEveryLanguage } from '../../shared/use-matches';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';

/**
 * "Download deck" in the header. The dialog and the deck builder load when it is pressed,
 * the writer when a deck is made: none of it is in the page's first load.
 */
export function DeckButton({ report }: { report: Report | null }) {
  const { t } = useWords();
  const open = (opener: HTMLElement): void => {
    if (!report) return;
    import('./deck-dialog').then(
      (m) =>
        m.openDeckDialog({
          ...useDashboard.getState(),
          report,
          codes: langCodes(),
          words: wordsFor,
          valueText: valueInEveryLanguage,
          opener,
        }),
      () => window.alert(t('deck.loadFailed')),
    );
  };
  return (
    <button
      type="button"
      className="button button--small"
      aria-haspopup="dialog"
      disabled={!report}
      onClick={(e) => open(e.currentTarget)}
    >
      {t('deck.button')}
    </button>
  );
}
