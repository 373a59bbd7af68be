/**
 * One panel on its own, for an <iframe> in someone else's page (`?embed=<panel id>`): its
 * finding, the chart, the source and a link to the whole dashboard, in the language, theme
 * and filters the address names, pinned to its edition. It tells the page around it how tall
 * it is (postMessage), so the frame fits.
 */
import { useEffect } from 'react';
import type { Report } from '../../data/schema';
import { retryChartModule } from '../../charts/load-charts';
import { PanelBoundary } from '../../shared/PanelBoundary';
import { useWords } from '../../shared/use-words';
import { useDashboard, viewOf } from '../../state/store';
import { serializeViewState } from '../../state/url-state';
import { PanelView } from './PanelView';
import { useChartContext } from './use-chart-context';
import { usePanels } from './use-panels';

/** The message an embedded panel posts to its parent. */
export const EMBED_HEIGHT_MESSAGE = 'ai-report:embed-height';

export default function EmbedPage({ report, panelId }: { report: Report; panelId: string }) {
  const { t, text } = useWords();
  const setHover = useDashboard((s) => s.setHover);
  const ctx = useChartContext(report);
  const spec = usePanels(report).find((p) => p.panel.id === panelId);

  // The parent learns the page's height whenever it changes (load, language, filters).
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver !== 'function') return;
    const post = (): void => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, panel: panelId, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, [panelId]);

  const full = (): string => {
    const view = viewOf(useDashboard.getState());
    const query = serializeViewState({ ...view, embed: null, reportId: report.report.id });
    return `${location.pathname}${query}`;
  };

  return (
    <main id="main" className="embed" tabIndex={-1}>
      {spec ? (
        <PanelBoundary name={panelId} onRetry={retryChartModule}>
          <PanelView
            report={report}
            spec={spec}
            ctx={ctx}
            minimal
            onHover={setHover}
            onClick={spec.onClick}
            onZoom={spec.onZoom}
          />
        </PanelBoundary>
      ) : (
        <p className="notice" role="status">
          {t('embed.unknown', { id: panelId })}
        </p>
      )}
      <p className="embed__link">
        <a href={full()} target="_blank" rel="noopener">
          {t('embed.open', { title: text(report.report.title) })}
        </a>
      </p>
    </main>
  );
}
