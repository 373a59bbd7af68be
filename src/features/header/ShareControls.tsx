import { useEffect, useState } from 'react';
import { useWords } from '../../shared/use-words';
import { useDashboard, viewOf } from '../../state/store';
import { serializeViewState } from '../../state/url-state';

/**
 * The address of exactly this view. It names its language and its edition, so a link made
 * in April still opens April in the sender's language after May is published.
 */
export function shareUrl(edition: string | null): string {
  const view = viewOf(useDashboard.getState());
  const params = new URLSearchParams(
    serializeViewState({ ...view, reportId: view.reportId ?? edition }),
  );
  // The default language is left out of the page's own address; a shared link names it.
  if (!params.has('lang')) params.set('lang', view.lang);
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

/** How long "Link copied" stays under the button; and the message that it could not be. */
const CONFIRMATION_MS = 4000;
const FAILURE_MS = 10_000;

/** "Copy link" and "Present": the two things a presenter reaches for first. */
export function ShareControls({ edition }: { edition: string | null }) {
  const { t } = useWords();
  const setPresent = useDashboard((s) => s.setPresent);
  // Each try is counted, so that a second copy shows its confirmation for as long again.
  const [copied, setCopied] = useState<{ state: 'idle' | 'done' | 'failed'; attempt: number }>({
    state: 'idle',
    attempt: 0,
  });
  // The confirmation goes after a few seconds, a failure (which says what to do) a little later.
  useEffect(() => {
    if (copied.state === 'idle') return;
    const timer = window.setTimeout(
      () => setCopied((c) => ({ ...c, state: 'idle' })),
      copied.state === 'done' ? CONFIRMATION_MS : FAILURE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async (): Promise<void> => {
    let state: 'done' | 'failed' = 'done';
    try {
      await navigator.clipboard.writeText(shareUrl(edition));
    } catch {
      state = 'failed';
    }
    setCopied((c) => ({ state, attempt: c.attempt + 1 }));
  };

  return (
    <div className="share-controls">
      <button
        type="button"
        className="button button--small"
        disabled={!edition}
        onClick={() => void copy()}
      >
        {t('share.copy')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!edition}
        onClick={() => setPresent('title')}
      >
        {t('present.button')}
      </button>
      <span className="share-controls__status" role="status" aria-live="polite">
        {copied.state === 'done'
          ? t('share.copied')
          : copied.state === 'failed'
            ? t('share.failed')
            : ''}
      </span>
    </div>
  );
}
