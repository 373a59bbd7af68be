/**
 * The deck dialog: the current view or the whole edition, in one language or in each (one
 * file per language), then Download. A modal: the page behind is inert, Tab stays inside,
 * Escape closes it and focus goes back to the button that opened it; progress, the saved
 * files and errors are announced in its status line.
 *
 * It is built with the DOM rather than React on purpose: it loads on demand, and a second
 * on-demand chunk that imports React (or the store, or the i18n modules) makes the bundler
 * split the app's first chunk into shared pieces, which costs the first load about 1.5 kB
 * gzip (README: "The deck's code is loaded only when asked for"). The page hands it its
 * words (`wordsFor`), languages and view instead.
 */
import { describeFilters } from '../../data/describe-filters';
import type { EntityRef, Filters } from '../../data/filters';
import type { Figure, Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import type { Words } from '../../i18n/words';
// Inline, so the button's on-demand import has one file fewer to name (the page allows inline styles).
import styles from './deck-dialog.css?inline';
import { wrapTab } from '../../shared/tab-stops';
import { DeckLoadError, downloadDecks } from './make-decks';

const EVERY = 'every';
const STYLE_ID = 'deck-dialog-style';

let openDialog: { close: () => void } | null = null;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function radio(name: string, value: string, label: string, checked: boolean, lang?: string) {
  const input = element('input', { type: 'radio', name, value, checked });
  const text = element('span', {}, [label]);
  if (lang) text.lang = lang;
  return element('label', { className: 'radio' }, [input, text]);
}

let ids = 0;

/**
 * What the dialog is given by the page (the page's store and hooks stay out of this chunk:
 * importing modules that import React from a second on-demand chunk splits the app's chunk).
 */
export interface DeckDialogOptions {
  report: Report;
  /** The languages the app speaks (i18n/languages.ts `langCodes()`). */
  codes: readonly Lang[];
  /** The words of any language (i18n/words.ts `wordsFor`). */
  words: (lang: Lang) => Words;
  /** The page's language (the dialog's words), filters and selection as they are now. */
  lang: Lang;
  filters: Filters;
  selection: EntityRef | null;
  /** A figure's value as the page's search finds it. */
  valueText: (f: Figure) => string;
  /** Gets the focus back when the dialog closes. */
  opener: HTMLElement | null;
}

/** Open the dialog (closing one already open); returns a function that closes it. */
export function openDeckDialog(options: DeckDialogOptions): () => void {
  openDialog?.close();
  const { report, codes, lang, filters, selection, opener } = options;
  const words = options.words(lang);
  const { t } = words;
  const headingId = `deck-dialog-${(ids += 1)}`;
  const filterLine = describeFilters(report, filters, selection, words);
  const selfName = (code: Lang): string => options.words(code).t('lang.self');

  const close = element('button', {
    type: 'button',
    className: 'button button--small',
    textContent: t('eventCard.close'),
  });
  const scope = element('fieldset', {}, [
    element('legend', { textContent: t('header.report') }),
    radio('deck-scope', 'view', t('deck.view'), true),
    ...(filterLine
      ? [element('p', { className: 'deck-dialog__hint', textContent: filterLine })]
      : []),
    radio('deck-scope', 'edition', t('deck.edition'), false),
  ]);
  const langs = element('fieldset', {}, [
    element('legend', { textContent: t('header.language') }),
    ...codes.map((code) =>
      radio('deck-lang', code, selfName(code), false, options.words(code).tag),
    ),
    radio('deck-lang', EVERY, t('deck.every'), true),
  ]);
  const submit = element('button', {
    type: 'submit',
    className: 'button button--primary',
    textContent: t('deck.button'),
  });
  const status = element('p', { className: 'deck-dialog__status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const form = element('form', { className: 'deck-dialog__form' }, [scope, langs, submit, status]);
  const heading = element('h2', { id: headingId, textContent: t('deck.button') });
  const dialog = element('div', { className: 'deck-dialog', lang: words.tag }, [
    element('div', { className: 'deck-dialog__head' }, [heading, close]),
    form,
  ]);
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', headingId);
  const backdrop = element('div', { className: 'deck-dialog__backdrop' }, [dialog]);

  const page = document.getElementById('root');
  const setBusy = (busy: boolean): void => {
    for (const control of [scope, langs, submit]) control.disabled = busy;
  };
  const checked = (name: string): string =>
    form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      // Handled here, so the page-wide Escape (which clears the selection) stays out of it.
      e.preventDefault();
      e.stopImmediatePropagation();
      finish();
      return;
    }
    if (wrapTab(dialog, e)) return;
    // The page's single-key shortcuts (L switches the language) wait until it closes.
    if (dialog.contains(e.target as Node)) e.stopImmediatePropagation();
  };

  function finish(): void {
    window.removeEventListener('keydown', onKey, { capture: true });
    backdrop.remove();
    page?.removeAttribute('inert');
    if (openDialog === handle) openDialog = null;
    if (opener?.isConnected) opener.focus();
  }
  const handle = { close: finish };

  close.addEventListener('click', finish);
  backdrop.addEventListener('click', (e) => {
    if (e.target === backdrop) finish();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const choice = checked('deck-lang');
    const chosen = choice === EVERY ? codes : [choice];
    const view = checked('deck-scope') === 'view' ? { filters, selection } : null;
    setBusy(true);
    status.textContent = t('export.working');
    downloadDecks(report, chosen, view, options)
      .then(
        (names) => {
          status.textContent = t('export.savedMany', {
            names: names.join(t('charts.listSeparator')),
          });
        },
        (error: unknown) => {
          console.warn('deck:', error);
          status.textContent =
            error instanceof DeckLoadError
              ? t('deck.loadFailed')
              : t('export.failed', {
                  message: error instanceof Error ? error.message : String(error),
                });
        },
      )
      .finally(() => setBusy(false));
  });

  if (!document.getElementById(STYLE_ID)) {
    document.head.append(element('style', { id: STYLE_ID, textContent: styles }));
  }
  document.body.append(backdrop);
  page?.setAttribute('inert', '');
  window.addEventListener('keydown', onKey, { capture: true });
  form.querySelector<HTMLInputElement>('input:checked')?.focus();
  openDialog = handle;
  return finish;
}
