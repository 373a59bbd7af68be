import type { Lang } from '../../i18n/languages';
import { RELOAD_ATTR } from '../../shared/app-error-attrs';
import { useWords } from '../../shared/use-words';

/**
 * The page's code failed to load (main.tsx). Rendered at build time, once per language, into
 * the page's HTML (scripts/prerender.ts), since nothing of the app runs by then; the page's
 * entry script shows it and makes its button reload the page.
 */
export function AppLoadError({ lang }: { lang?: Lang }) {
  const { t } = useWords(lang);
  return (
    <section className="panel load-error" role="alert" aria-labelledby="app-error-title">
      <h2 id="app-error-title">{t('status.appErrorTitle')}</h2>
      <p>{t('status.appErrorDetail')}</p>
      <button type="button" className="button button--primary" {...{ [RELOAD_ATTR]: '' }}>
        {t('status.reload')}
      </button>
    </section>
  );
}
