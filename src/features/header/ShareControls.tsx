import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard, viewOf } from '../../state/store';
import { serializeViewState } from '../../state/url-state';

/** The address of exactly this view, with the language always named. */
export function shareUrl(): string {
  const view = viewOf(useDashboard.getState());
  const params = new URLSearchParams(serializeViewState(view));
  // The default language is left out of the page's own address; a shared link names it.
  if (!params.has('lang')) params.set('lang', view.lang);
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

/** "Copy link" and "Present": the two things a presenter reaches for first. */
export function ShareControls({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  const setPresent = useDashboard((s) => s.setPresent);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(shareUrl());
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="share-controls">
      <button
        type="button"
        className="button button--small"
        disabled={!ready}
        onClick={() => void copy()}
      >
        {t('share.copy')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!ready}
        onClick={() => setPresent(0)}
      >
        {t('present.button')}
      </button>
      <span className="share-controls__status" role="status" aria-live="polite">
        {copied === 'done' ? t('share.copied') : copied === 'failed' ? t('share.failed') : ''}
      </span>
    </div>
  );
}
