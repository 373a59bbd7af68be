// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/init';
import { useDashboard } from '../state/store';
import { useLanguageSync } from './sync';

/** A component that shows the store's language and i18next's words, counting its renders. */
function Probe({ renders }: { renders: string[] }) {
  useLanguageSync();
  const lang = useDashboard((s) => s.lang);
  const { t } = useTranslation();
  renders.push(`${lang}:${t('app.skipToContent')}`);
  return null;
}

describe('useLanguageSync', () => {
  beforeAll(() => {
    initI18n('en');
  });
  afterEach(() => {
    act(() => useDashboard.getState().setLang('en'));
  });

  it('switches i18next, <html lang> and storage inside the store update: one render, never mixed', () => {
    act(() => useDashboard.getState().setLang('en'));
    const renders: string[] = [];
    render(<Probe renders={renders} />);
    const english = renders[renders.length - 1];
    expect(english).toBe('en:Skip to content');
    renders.length = 0;

    act(() => useDashboard.getState().toggleLang());

    // One render in the new language: not one for the store and another for i18next, and
    // never the store's new language with the old words.
    expect(renders).toHaveLength(1);
    expect(renders[0]?.startsWith('zh:')).toBe(true);
    expect(renders[0]).not.toContain('Skip to content');
    expect(i18next.language).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('ai-report:lang')).toBe('zh');
  });
});
