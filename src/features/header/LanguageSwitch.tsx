import { useTranslation } from 'react-i18next';
import { LANGS } from '../../i18n/languages';
import { useDashboard } from '../../state/store';

/** Two pressed-state buttons; each names its language in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const setLang = useDashboard((s) => s.setLang);
  return (
    <div
      className="lang-switch"
      role="group"
      aria-label={t('header.language')}
      title={t('lang.switchTo')}
    >
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === code}
          className="lang-switch__button"
          onClick={() => setLang(code)}
        >
          {t(`lang.${code}`)}
        </button>
      ))}
    </div>
  );
}
