import { languages } from '../../i18n/languages';
import { wordsFor } from '../../i18n/words';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';

/** A pressed-state button per language; each names its language in that language. */
export function LanguageSwitch() {
  const { t } = useWords();
  // The language chosen, not yet shown: the pressed button is the switch's first frame.
  const chosen = useDashboard((s) => s.lang);
  const setLang = useDashboard((s) => s.setLang);
  return (
    <div
      className="lang-switch"
      role="group"
      aria-label={t('header.language')}
      title={t('lang.switchTo')}
    >
      {languages().map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.tag}
          aria-pressed={chosen === l.code}
          className="lang-switch__button"
          onClick={() => setLang(l.code)}
        >
          {wordsFor(l.code).t('lang.self')}
        </button>
      ))}
    </div>
  );
}
