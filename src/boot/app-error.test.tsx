// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLoadError } from '../features/status/AppLoadError';
import { langCodes, language } from '../i18n/languages';
import { APP_ERROR_ATTR, showAppError } from './app-error';

/** #root as the build writes it: the messages in each language, as the app renders them. */
function buildRoot(firstScreen: boolean): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  for (const lang of langCodes()) {
    const template = document.createElement('template');
    template.setAttribute(APP_ERROR_ATTR, lang);
    template.innerHTML = renderToStaticMarkup(<AppLoadError lang={lang} />);
    root.append(template);
  }
  if (firstScreen) {
    // The shape of the first screen: the header, the cards, the placeholder layout.
    root.insertAdjacentHTML(
      'afterbegin',
      '<header>h</header><main id="main"><section class="cards">cards</section>' +
        '<div class="layout" aria-hidden="true"><div class="skeleton__block"></div></div></main>',
    );
  }
  document.body.append(root);
  return root;
}

describe('showAppError', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.lang = '';
  });

  it('puts the message in the page language where the layout waited, and its button reloads', () => {
    document.documentElement.lang = language('zh').tag;
    const root = buildRoot(true);
    const reload = vi.fn();
    expect(showAppError(root, reload)).toBe(true);

    const alert = root.querySelector('main [role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('看板未能启动');
    expect(alert?.textContent).toContain('请重新加载页面再试');
    // The placeholder is gone; the figures already on screen stay, and the message follows them.
    expect(root.querySelector('main > .layout')).toBeNull();
    expect(root.querySelector('main > .cards')?.nextElementSibling).toBe(alert);

    const button = alert?.querySelector('button');
    expect(button?.textContent).toBe('重新加载');
    button?.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('stands alone in #root when no first screen was shown', () => {
    document.documentElement.lang = language('en').tag;
    const root = buildRoot(false);
    expect(showAppError(root, () => undefined)).toBe(true);
    const alert = root.querySelector(':scope > [role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('The dashboard could not start');
    expect(alert?.querySelector('button')?.textContent).toBe('Reload');
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('falls back to the first message when the page language is not one of ours', () => {
    document.documentElement.lang = 'fr';
    const root = buildRoot(false);
    showAppError(root, () => undefined);
    const first = root.querySelector(`template[${APP_ERROR_ATTR}]`)?.getAttribute(APP_ERROR_ATTR);
    const shown = root.querySelector('[role="alert"] h2')?.textContent;
    expect(shown).toBe(first === 'zh' ? '看板未能启动' : 'The dashboard could not start');
  });

  it('changes nothing in a page the build did not pre-render', () => {
    const root = document.createElement('div');
    root.innerHTML = '<main><div class="layout" aria-hidden="true"></div></main>';
    const before = root.innerHTML;
    expect(showAppError(root, () => undefined)).toBe(false);
    expect(root.innerHTML).toBe(before);
  });
});
