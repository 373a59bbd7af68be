// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShownLanguage, useWords } from '../shared/use-words';
import { useDashboard } from '../state/store';
import { useLanguageSync } from './sync';

/** A component that writes with the words of the language shown, counting its renders. */
function Probe({ renders }: { renders: string[] }) {
  const { lang, t } = useWords();
  renders.push(`${lang}:${t('app.skipToContent')}`);
  return null;
}

function Saver() {
  useLanguageSync();
  return null;
}

describe('the language: saved at once, shown in one render', () => {
  afterEach(() => {
    act(() => useDashboard.getState().setLang('en'));
  });

  it('saves the choice inside the store update', () => {
    act(() => useDashboard.getState().setLang('en'));
    render(<Saver />);
    expect(localStorage.getItem('ai-report:lang')).toBe('en');
    useDashboard.getState().toggleLang();
    expect(localStorage.getItem('ai-report:lang')).toBe('zh');
  });

  it('under ShownLanguage, a switch renders the page once, in the new language, with <html lang>', () => {
    act(() => useDashboard.getState().setLang('en'));
    const renders: string[] = [];
    render(
      <ShownLanguage>
        <Probe renders={renders} />
      </ShownLanguage>,
    );
    expect(renders).toEqual(['en:Skip to content']);
    expect(document.documentElement.lang).toBe('en');
    renders.length = 0;

    act(() => useDashboard.getState().toggleLang());

    // No render in the switch's own frame (the store changed, the words shown did not): the
    // one render is the deferred one, with the new words, and <html lang> changes with it.
    expect(renders).toHaveLength(1);
    expect(renders[0]?.startsWith('zh:')).toBe(true);
    expect(renders[0]).not.toContain('Skip to content');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('without ShownLanguage (a component on its own), the words follow the store', () => {
    act(() => useDashboard.getState().setLang('en'));
    const renders: string[] = [];
    render(<Probe renders={renders} />);
    act(() => useDashboard.getState().toggleLang());
    expect(renders[renders.length - 1]?.startsWith('zh:')).toBe(true);
  });
});
