// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWords } from './use-words';

function Skip() {
  const { t } = useWords();
  return <a href="#main">{t('app.skipToContent')}</a>;
}

describe('useWords', () => {
  afterEach(() => vi.restoreAllMocks());

  // Nothing in this file has touched i18next before the first render (Vitest gives each file
  // its own modules): the hook itself must set the instance up before react-i18next asks.
  it('renders the words of a first render without react-i18next warning of no instance', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = render(<Skip />);
    expect(container.textContent).toBe('Skip to content');
    expect(warn.mock.calls.map((c) => c.map(String).join(' '))).toEqual([]);
  });
});
