/**
 * Side effects of the view state on the page: the saved language, the URL
 * (only non-default values), back/forward, and the page-wide keys.
 */
import { useEffect, useLayoutEffect } from 'react';
import { STORAGE_KEY_LANG } from '../i18n/languages';
import { useDashboard, viewOf } from '../state/store';
import { parseViewState, serializeViewState } from '../state/url-state';

function saveLang(lang: string): void {
  try {
    localStorage.setItem(STORAGE_KEY_LANG, lang);
  } catch {
    // Storage may be disabled (private mode); the URL still carries the language.
  }
}

/**
 * The saved choice follows the store's language, the one source of it, in the store's own
 * notification (<html lang> follows the language the page shows: see ShownLanguage).
 */
export function useLanguageSync(): void {
  useLayoutEffect(() => {
    saveLang(useDashboard.getState().lang);
    return useDashboard.subscribe((state, previous) => {
      if (state.lang !== previous.lang) saveLang(state.lang);
    });
  }, []);
}

let replacing = false;

/** Apply a state change that corrects the current entry rather than making a new one. */
export function withoutHistory(change: () => void): void {
  replacing = true;
  try {
    change();
  } finally {
    replacing = false;
  }
}

/** Keep the address bar in step with the view state, and the state with back/forward. */
export function useUrlSync(): void {
  useEffect(() => {
    let last = serializeViewState(viewOf(useDashboard.getState()));
    // Make the address canonical at load: junk dropped, the detected language written,
    // so that every history entry says exactly which view it is.
    if (location.search !== last) {
      history.replaceState(null, '', `${location.pathname}${last}${location.hash}`);
    }
    const unsubscribe = useDashboard.subscribe((state, prev) => {
      const next = serializeViewState(viewOf(state));
      if (next === last) return;
      last = next;
      const url = `${location.pathname}${next}${location.hash}`;
      // Typing in the search box replaces the entry; every other change is a step back can undo.
      const typing = state.filters.search !== prev.filters.search;
      if (typing || replacing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    });
    const onPop = (): void => {
      // Entries are canonical, so a missing language means the default one.
      const view = parseViewState(location.search);
      last = serializeViewState(view);
      useDashboard.getState().hydrate(view);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'textbox'
  );
}

export const STORAGE_KEY_SHORTCUTS = 'ai-report:shortcuts';

/** Remember whether the single-key shortcut is on. */
export function useShortcutSetting(): void {
  const on = useDashboard((s) => s.shortcuts);
  useEffect(() => {
    try {
      if (on) localStorage.removeItem(STORAGE_KEY_SHORTCUTS);
      else localStorage.setItem(STORAGE_KEY_SHORTCUTS, 'off');
    } catch {
      // Storage may be unavailable; the setting still holds for this visit.
    }
  }, [on]);
}

export function savedShortcuts(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY_SHORTCUTS) !== 'off';
  } catch {
    return true;
  }
}

/** `L` flips the language (unless turned off); Escape clears the sticky selection. */
export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if ((e.key === 'l' || e.key === 'L') && useDashboard.getState().shortcuts) {
        useDashboard.getState().toggleLang();
      } else if (e.key === 'Escape') {
        const s = useDashboard.getState();
        if (s.openEvent) s.openEventCard(null);
        else if (s.selection) s.clearSelection();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
