import { describe, expect, it } from 'vitest';
import { detectLang, HTML_LANG, I18N_CODE, isLang, LANGS } from './languages';

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

describe('isLang', () => {
  it('accepts exactly the app languages', () => {
    for (const lang of LANGS) expect(isLang(lang)).toBe(true);
    for (const junk of ['', 'zh-CN', 'EN', 'fr', null, undefined, 1, {}, ['zh']]) {
      expect(isLang(junk)).toBe(false);
    }
  });
});

describe('language codes', () => {
  it('map every app language to i18next and HTML codes', () => {
    expect(LANGS.map((l) => I18N_CODE[l])).toEqual(['zh-CN', 'en']);
    expect(LANGS.map((l) => HTML_LANG[l])).toEqual(['zh-CN', 'en']);
  });
});
