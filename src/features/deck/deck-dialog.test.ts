// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../../data/filters';
import type { Report } from '../../data/schema';
import { langCodes } from '../../i18n/languages';
import { wordsFor } from '../../i18n/words';
import { loadReport } from '../../test/chart-context';
import { openDeckDialog, type DeckDialogOptions } from './deck-dialog';
import type * as MakeDecks from './make-decks';
import { DeckLoadError, downloadDecks } from './make-decks';

vi.mock('./make-decks', async (original) => ({
  ...(await original<typeof MakeDecks>()),
  downloadDecks: vi.fn(),
}));
const download = vi.mocked(downloadDecks);

let report: Report;
beforeAll(() => {
  report = loadReport();
});

let opener: HTMLButtonElement;
let close: () => void = () => undefined;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"><button id="opener">Download deck</button></div>';
  opener = document.getElementById('opener') as HTMLButtonElement;
  opener.focus();
  download.mockReset();
});
afterEach(() => close());

function open(extra: Partial<DeckDialogOptions> = {}): HTMLElement {
  close = openDeckDialog({
    report,
    codes: langCodes(),
    words: wordsFor,
    lang: 'en',
    filters: EMPTY_FILTERS,
    selection: null,
    valueText: () => '',
    opener,
    ...extra,
  });
  return screen.getByRole('dialog');
}

const key = (k: string, init: KeyboardEventInit = {}): void => {
  (document.activeElement ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }),
  );
};

describe('the deck dialog', () => {
  it('is a labelled modal with labelled choices, the page behind inert', () => {
    const dialog = open();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Download deck');
    expect(document.getElementById('root')).toHaveAttribute('inert');
    const view = within(dialog).getByRole('radio', { name: 'The current view' });
    expect(view).toBeChecked();
    expect(view).toHaveFocus();
    expect(within(dialog).getByRole('radio', { name: 'The whole edition' })).not.toBeChecked();
    expect(within(dialog).getByRole('radio', { name: '中文' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'English' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('radio', { name: 'Each language (one file each)' }),
    ).toBeChecked();
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks the page’s language', () => {
    const dialog = open({ lang: 'zh' });
    expect(dialog).toHaveAccessibleName('下载演示文稿');
    expect(within(dialog).getByRole('radio', { name: '当前视图' })).toBeChecked();
    expect(dialog).toHaveAttribute('lang', 'zh-CN');
  });

  it('states the filter beside “the current view”', () => {
    const dialog = open({ filters: { ...EMPTY_FILTERS, organisations: ['meta'] } });
    expect(dialog).toHaveTextContent('Filtered: Meta');
  });

  it('keeps Tab inside, and Escape closes it and gives the focus back', () => {
    const dialog = open();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const submit = within(dialog).getByRole('button', { name: 'Download deck' });
    submit.focus();
    key('Tab');
    expect(close).toHaveFocus();
    key('Tab', { shiftKey: true });
    expect(submit).toHaveFocus();
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    key('Escape');
    window.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.getElementById('root')).not.toHaveAttribute('inert');
    expect(opener).toHaveFocus();
  });

  it('downloads one deck per language for the current view, and says what it saved', async () => {
    download.mockResolvedValue(['ai-2026-04-deck.zh.pptx', 'ai-2026-04-deck.en.pptx']);
    const filters = { ...EMPTY_FILTERS, threads: ['agents'] };
    const dialog = open({ filters });
    within(dialog).getByRole('button', { name: 'Download deck' }).click();
    expect(download).toHaveBeenCalledWith(
      report,
      ['zh', 'en'],
      { filters, selection: null },
      expect.objectContaining({ words: wordsFor }),
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Saved ai-2026-04-deck.zh.pptx, ai-2026-04-deck.en.pptx',
      ),
    );
  });

  it('downloads the whole edition in one language', () => {
    download.mockResolvedValue(['ai-2026-04-deck.zh.pptx']);
    const dialog = open();
    within(dialog).getByRole('radio', { name: 'The whole edition' }).click();
    within(dialog).getByRole('radio', { name: '中文' }).click();
    within(dialog).getByRole('button', { name: 'Download deck' }).click();
    expect(download).toHaveBeenCalledWith(report, ['zh'], null, expect.anything());
  });

  it('says in the page’s language when the writer could not be loaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    download.mockRejectedValue(new DeckLoadError('Failed to fetch'));
    const dialog = open({ lang: 'zh' });
    within(dialog).getByRole('button', { name: '下载演示文稿' }).click();
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        wordsFor('zh').t('deck.loadFailed'),
      ),
    );
    expect(within(dialog).getByRole('button', { name: '下载演示文稿' })).toBeEnabled();
  });
});
