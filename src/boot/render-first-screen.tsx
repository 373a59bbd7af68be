/**
 * Build time only (`scripts/prerender.ts`, in jsdom): the app's first render for a language
 * and colour scheme, with the report already loaded. This is exactly what React commits first
 * in the browser (main.tsx waits for the data when a first screen is shown), so swapping the
 * static copy for the live one moves nothing.
 */
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from '../app/App';
import { AppLoadError } from '../features/status/AppLoadError';
import type { Scheme } from '../charts/theme';
import { pickReport, reportQueryKeys } from '../data/load-report';
import type { Report, ReportIndex } from '../data/schema';
import { wordsFor } from '../i18n/words';
import type { Lang } from '../i18n/languages';
import { useDashboard } from '../state/store';
import { parseViewState } from '../state/url-state';

export interface FirstScreen {
  html: string;
  title: string;
}

export function renderFirstScreen(
  index: ReportIndex,
  report: Report,
  lang: Lang,
  scheme: Scheme,
): FirstScreen {
  const words = wordsFor(lang);
  const state = useDashboard.getState();
  state.hydrate(parseViewState('', lang));
  // An explicit scheme: the page's own (system) preference is set by the boot script.
  state.setTheme(scheme);
  const client = createQueryClient();
  const { entry } = pickReport(index, null);
  client.setQueryData(reportQueryKeys.index, index);
  client.setQueryData(reportQueryKeys.report(entry.file), report);
  try {
    return {
      html: renderHtml(<App client={client} />),
      title: words.t('app.documentTitle', { title: words.text(report.report.title) }),
    };
  } finally {
    client.clear();
  }
}

/** Build time only: the message shown when the app's code fails to load, in `lang`. */
export function renderAppError(lang: Lang): string {
  return renderHtml(<AppLoadError lang={lang} />);
}

/** The markup React's client renderer commits for `node` (what the browser's first render
 * will draw over it, ids included). */
function renderHtml(node: ReactNode): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(node));
    return container.innerHTML;
  } finally {
    root.unmount();
  }
}
