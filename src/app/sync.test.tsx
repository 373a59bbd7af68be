// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useWords } from '../shared/use-words';
import { useDashboard } from '../state/store';
import { useLanguageSync } from './sync';

/** A component that shows the store's language and its words, counting its renders. */
function Probe({ renders }: { renders: string[] }) {
  useLanguageSync();
  const lang = useDashboard((s) => s.lang);
  const { t } = useWords();
  renders.push(`${lang}:${t('app.skipToContent')}`);
  return null;
}

describe('useLanguageSync', () => {
  afterEach(() => {
    act(() => useDashboard.getState().setLang('en'));
  });

  it('switches the words and storage inside the store update, <html lang> after that frame: one render, never mixed', async () => {
    act(() => useDashboard.getState().setLang('en'));
    const renders: string[] = [];
    render(<Probe renders={renders} />);
    const english = renders[renders.length - 1];
    expect(english).toBe('en:Skip to content');
    renders.length = 0;

    act(() => useDashboard.getState().toggleLang());

    // One render in the new language, never the store's new language with the old words:
    // the words are looked up for the store's language, the one source of it.
    expect(renders).toHaveLength(1);
    expect(renders[0]?.startsWith('zh:')).toBe(true);
    expect(renders[0]).not.toContain('Skip to content');
    expect(localStorage.getItem('ai-report:lang')).toBe('zh');
    // <html lang> restyles the whole page: it follows once the switch's frame has painted.
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  });
});
