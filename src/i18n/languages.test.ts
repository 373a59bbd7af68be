import { afterEach, describe, expect, it } from 'vitest';
import {
  detectLang,
  isLang,
  langCodes,
  langOfTag,
  language,
  languages,
  registerLanguage,
  unregisterLanguage,
} from './languages';

describe('detectLang', () => {
  it('prefers ?lang= over the saved choice and the browser', () => {
    expect(detectLang('?lang=zh', 'en', ['en-US'])).toBe('zh');
    expect(detectLang('?lang=en', 'zh', ['zh-CN'])).toBe('en');
    expect(detectLang('lang=zh', null, [])).toBe('zh');
  });

  it('then the saved choice', () => {
    expect(detectLang('', 'zh', ['en-GB'])).toBe('zh');
    expect(detectLang('?q=x', 'en', ['zh-TW'])).toBe('en');
  });

  it('then the first browser language it knows', () => {
    expect(detectLang('', null, ['zh-CN', 'en'])).toBe('zh');
    expect(detectLang('', null, ['fr-FR', 'ZH-hant', 'en'])).toBe('zh');
    expect(detectLang('', null, ['de', 'en-AU', 'zh'])).toBe('en');
    expect(detectLang('', null, ['zh'])).toBe('zh');
  });

  it('then English', () => {
    expect(detectLang('', null, [])).toBe('en');
    expect(detectLang('', null, ['fr', 'ja-JP'])).toBe('en');
  });

  it.each([
    ['?lang=fr', 'zh', ['en'], 'zh'],
    ['?lang=ZH', null, ['en'], 'en'],
    ['?lang=zh-CN', null, [], 'en'],
    ['?lang=', null, ['zh-CN'], 'zh'],
    ['?lang=%00', 'garbage', ['x-klingon'], 'en'],
    ['?lang=<script>', '{"lang":"zh"}', [], 'en'],
    ['%%%', 'ZH', [''], 'en'],
    ['?lang=en&lang=zh', null, [], 'en'],
  ] as const)(
    'ignores junk: search=%j saved=%j browser=%j → %s',
    (search, saved, browser, want) => {
      expect(detectLang(search, saved, browser)).toBe(want);
    },
  );
});

describe('the registry', () => {
  afterEach(() => unregisterLanguage('fr'));

  it('holds Chinese and English, with their codes for i18next, HTML, Intl and ECharts', () => {
    expect(langCodes()).toEqual(['zh', 'en']);
    expect(languages().map((l) => [l.tag, l.intl, l.echarts])).toEqual([
      ['zh-CN', 'zh-CN', 'ZH'],
      ['en', 'en-US', 'EN'],
    ]);
    expect(langOfTag('zh-CN')).toBe('zh');
    expect(langOfTag('fr')).toBeNull();
  });

  it('accepts exactly the registered languages', () => {
    for (const lang of langCodes()) expect(isLang(lang)).toBe(true);
    for (const junk of ['', 'zh-CN', 'EN', 'fr', null, undefined, 1, {}, ['zh']]) {
      expect(isLang(junk)).toBe(false);
    }
  });

  it('takes a third language, which URLs, detection and the switch then know', () => {
    registerLanguage({ code: 'fr', tag: 'fr', intl: 'fr-FR', echarts: 'EN', browser: ['fr'] });
    expect(isLang('fr')).toBe(true);
    expect(langCodes()).toEqual(['zh', 'en', 'fr']);
    expect(detectLang('?lang=fr', null, [])).toBe('fr');
    expect(detectLang('', null, ['fr-CA'])).toBe('fr');
    expect(language('fr').intl).toBe('fr-FR');
    unregisterLanguage('fr');
    expect(isLang('fr')).toBe(false);
    // The built-in languages cannot be removed.
    unregisterLanguage('zh');
    expect(isLang('zh')).toBe(true);
  });

  it('falls back to English for an unknown code', () => {
    expect(language('xx').code).toBe('en');
  });
});
