// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detectLang, STORAGE_KEY_LANG } from '../i18n/languages';
import { STORAGE_KEY_THEME } from '../state/theme-pref';
import { parseViewState } from '../state/url-state';
import { APP_ERROR_ATTR } from './app-error';
import { PAINT_WAIT_MS } from './after-paint';
import { boot, DEFERRED_ATTR, REPORT_ATTR, SHOWN_ATTR, TITLE_ATTR, VARIANT_ATTR } from './boot';
import { chooseFirstScreen, variantKey, type BootInput } from './first-screen-choice';

const REPORT = 'ai-2026-04';

const input = (patch: Partial<BootInput>): BootInput => ({
  search: '',
  savedLang: null,
  savedTheme: null,
  browserLanguages: ['en-US'],
  systemDark: false,
  ...patch,
});

describe('chooseFirstScreen', () => {
  it.each<[string, Partial<BootInput>, string | null, string]>([
    ['an English browser', {}, 'en-light', 'system'],
    ['a Chinese browser', { browserLanguages: ['zh-TW', 'en'] }, 'zh-light', 'system'],
    ['?lang= over the saved choice', { search: '?lang=zh', savedLang: 'en' }, 'zh-light', 'system'],
    ['the saved choice over the browser', { savedLang: 'zh' }, 'zh-light', 'system'],
    ['a junk ?lang= falls through', { search: '?lang=fr', savedLang: 'zh' }, 'zh-light', 'system'],
    ['a dark system', { systemDark: true }, 'en-dark', 'system'],
    [
      'a saved light theme on a dark system',
      { systemDark: true, savedTheme: 'light' },
      'en-light',
      'light',
    ],
    ['a saved dark theme', { savedTheme: 'dark' }, 'en-dark', 'dark'],
    ['a junk saved theme', { savedTheme: 'sepia', systemDark: true }, 'en-dark', 'system'],
    ['the pre-rendered report named', { search: `?report=${REPORT}` }, 'en-light', 'system'],
    ['a junk report id (the app ignores it)', { search: '?report=%3Cb%3E' }, 'en-light', 'system'],
    ['another report', { search: '?report=ai-2026-05&lang=zh' }, null, 'system'],
  ])('%s', (_, patch, variant, theme) => {
    const choice = chooseFirstScreen(input(patch), REPORT);
    expect(choice.variant).toBe(variant);
    expect(choice.theme).toBe(theme);
  });

  it('picks the language main.tsx starts in, and a template only for the rendered report', () => {
    const tag = fc.constantFrom('en', 'en-GB', 'zh', 'zh-CN', 'fr', 'ZH-hk', '', 'de-DE');
    const param = fc.oneof(
      fc.constant(''),
      fc.constantFrom('lang=zh', 'lang=en', 'lang=xx', `report=${REPORT}`, 'report=other-one'),
      fc.string({ maxLength: 12 }).map((s) => `report=${encodeURIComponent(s)}`),
      fc.string({ maxLength: 12 }).map((s) => `lang=${encodeURIComponent(s)}`),
    );
    fc.assert(
      fc.property(
        fc.array(param, { maxLength: 3 }),
        fc.option(fc.constantFrom('zh', 'en', 'fr', '')),
        fc.option(fc.constantFrom('system', 'light', 'dark', 'x')),
        fc.array(tag, { maxLength: 3 }),
        fc.boolean(),
        (params, savedLang, savedTheme, browserLanguages, systemDark) => {
          const search = `?${params.join('&')}`;
          const choice = chooseFirstScreen(
            { search, savedLang, savedTheme, browserLanguages, systemDark },
            REPORT,
          );
          const lang = detectLang(search, savedLang, browserLanguages);
          expect(choice.lang).toBe(lang);
          const { reportId } = parseViewState(search, lang);
          const same = reportId === null || reportId === REPORT;
          expect(choice.variant).toBe(same ? variantKey(lang, choice.scheme) : null);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('boot', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.lang = '';
    document.head.innerHTML = '';
  });

  /** #root as the build writes it: one template per variant, each naming itself. */
  function buildRoot(report: string | null = REPORT): HTMLElement {
    const root = document.createElement('div');
    root.id = 'root';
    if (report) root.setAttribute(REPORT_ATTR, report);
    for (const lang of ['en', 'zh'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const template = document.createElement('template');
        template.setAttribute(VARIANT_ATTR, variantKey(lang, scheme));
        template.setAttribute(TITLE_ATTR, `title ${lang} ${scheme}`);
        template.innerHTML =
          `<h1 class="marker">${lang} ${scheme}</h1>` +
          '<select id="theme-select"><option value="system">S</option>' +
          '<option value="light">L</option><option value="dark">D</option></select>';
        root.append(template);
      }
    }
    document.body.append(root);
    return root;
  }

  function fakeWindow(opts: {
    search?: string;
    stored?: Record<string, string>;
    languages?: string[];
    dark?: boolean;
    storageThrows?: boolean;
  }): Window {
    return {
      location: { search: opts.search ?? '' },
      localStorage: {
        getItem: (key: string) => {
          if (opts.storageThrows) throw new Error('SecurityError');
          return opts.stored?.[key] ?? null;
        },
      },
      navigator: { languages: opts.languages ?? ['en-US'], language: 'en-US' },
      matchMedia: (q: string) => ({ matches: Boolean(opts.dark) && q.includes('dark') }),
    } as unknown as Window;
  }

  it('shows the saved language and theme, sets <html> and the title', () => {
    const root = buildRoot();
    const choice = boot(
      fakeWindow({ stored: { [STORAGE_KEY_LANG]: 'zh', [STORAGE_KEY_THEME]: 'dark' } }),
      root,
    );
    expect(choice?.variant).toBe('zh-dark');
    expect(root.firstElementChild?.textContent).toBe('zh dark');
    expect(root.querySelectorAll('.marker')).toHaveLength(1);
    expect(root.getAttribute(SHOWN_ATTR)).toBe('zh-dark');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.title).toBe('title zh dark');
    expect(root.querySelector<HTMLSelectElement>('#theme-select')?.value).toBe('dark');
  });

  it('follows a dark system when nothing is saved, and survives storage that throws', () => {
    const root = buildRoot();
    boot(fakeWindow({ dark: true, storageThrows: true, languages: ['zh-CN'] }), root);
    expect(root.firstElementChild?.textContent).toBe('zh dark');
    expect(root.querySelector<HTMLSelectElement>('#theme-select')?.value).toBe('system');
  });

  it('shows no first screen for another report, but still sets the language and scheme', () => {
    const root = buildRoot();
    const choice = boot(fakeWindow({ search: '?report=ai-2026-05&lang=zh', dark: true }), root);
    expect(choice?.variant).toBeNull();
    expect(root.querySelector('.marker')).toBeNull();
    expect(root.hasAttribute(SHOWN_ATTR)).toBe(false);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('does nothing on a page without pre-rendered screens (the dev server)', () => {
    const root = buildRoot(null);
    expect(boot(fakeWindow({}), root)).toBeNull();
    expect(boot(fakeWindow({}), null)).toBeNull();
    expect(root.querySelector('.marker')).toBeNull();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  describe('starting the app', () => {
    const HELD =
      '<script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/url-state-BBBBBBBB.js">' +
      '<link rel="preload" href="./data/index.json" as="fetch" crossorigin="">';

    /** A window whose paint observer, timers and visibility the test drives. */
    function paintWindow(opts: { search?: string; paintApi?: boolean; hidden?: boolean }) {
      const observers: ((entries: { getEntriesByName: (n: string) => unknown[] }) => void)[] = [];
      const timers: (() => void)[] = [];
      class FakeObserver {
        static supportedEntryTypes = ['paint'];
        constructor(cb: (typeof observers)[number]) {
          observers.push(cb);
        }
        observe(): void {}
        disconnect(): void {}
      }
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (opts.hidden ? 'hidden' : 'visible'),
      });
      const win = {
        ...(fakeWindow({ search: opts.search }) as object),
        PerformanceObserver: opts.paintApi === false ? undefined : FakeObserver,
        setTimeout: (cb: () => void, ms: number) => {
          expect(ms).toBe(PAINT_WAIT_MS);
          timers.push(cb);
          return 0;
        },
        requestAnimationFrame: () => 0,
      } as unknown as Window;
      const paint = (name: string) =>
        observers.forEach((cb) => cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }));
      return { win, paint, timeout: () => timers.forEach((cb) => cb()) };
    }

    function rootWithApp(): HTMLElement {
      const root = buildRoot();
      const held = document.createElement('template');
      held.setAttribute(DEFERRED_ATTR, '');
      held.innerHTML = HELD;
      root.append(held);
      const error = document.createElement('template');
      error.setAttribute(APP_ERROR_ATTR, 'en');
      error.innerHTML = '<p class="app-error">The app could not load</p>';
      root.append(error);
      return root;
    }

    const headTags = () =>
      [...document.head.querySelectorAll('script, link')].map(
        (el) => `${el.localName} ${el.getAttribute('src') ?? el.getAttribute('href')}`,
      );
    const STARTED = [
      'script ./assets/index-AAAAAAAA.js',
      'link ./assets/url-state-BBBBBBBB.js',
      'link ./data/index.json',
    ];

    it('waits for the first screen to paint, then puts the held tags into <head>', () => {
      const root = rootWithApp();
      const page = paintWindow({});
      boot(page.win, root);
      expect(headTags()).toEqual([]);
      page.paint('first-paint');
      expect(headTags()).toEqual([]);
      page.paint('first-contentful-paint');
      expect(headTags()).toEqual(STARTED);
      const script = document.head.querySelector('script');
      expect(script?.type).toBe('module');
      expect(script?.getAttribute('crossorigin')).toBe('');
      expect(root.querySelector(`template[${DEFERRED_ATTR}]`)).toBeNull();
      // The time limit, coming later, starts nothing twice.
      page.timeout();
      expect(headTags()).toEqual(STARTED);
    });

    it('starts after the time limit when no paint is reported', () => {
      const page = paintWindow({ paintApi: false });
      boot(page.win, rootWithApp());
      expect(headTags()).toEqual([]);
      page.timeout();
      expect(headTags()).toEqual(STARTED);
    });

    it('starts at once in a hidden tab, and with no first screen to paint', () => {
      boot(paintWindow({ hidden: true }).win, rootWithApp());
      expect(headTags()).toEqual(STARTED);
      document.head.querySelectorAll('script, link').forEach((el) => el.remove());
      boot(paintWindow({ search: '?report=ai-2026-05' }).win, rootWithApp());
      expect(headTags()).toEqual(STARTED);
    });

    it("shows the translated message when the app's script cannot be fetched", () => {
      const root = rootWithApp();
      boot(paintWindow({ hidden: true }).win, root);
      expect(root.querySelector('.app-error')).toBeNull();
      document.head.querySelector('script')?.dispatchEvent(new Event('error'));
      expect(root.querySelector('.app-error')?.textContent).toBe('The app could not load');
    });
  });
});
