import { useDashboard } from '../../state/store';
import { THEME_PREFS, type ThemePref } from '../../state/theme-pref';
import { useWords } from '../../shared/use-words';

/** System / light / dark; the choice is remembered on this device. */
export function ThemeSelect() {
  const { t } = useWords();
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  return (
    <div className="theme-select">
      <label htmlFor="theme-select">{t('header.theme')}</label>
      <select
        id="theme-select"
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemePref)}
      >
        {THEME_PREFS.map((pref) => (
          <option key={pref} value={pref}>
            {t(`theme.${pref}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
