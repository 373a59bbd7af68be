// @vitest-environment jsdom
/**
 * README's "Adding a language" works as written: a third language, registered in memory the
 * way the README says (its entry in the registry, its two resource files), speaks its own UI
 * words, falls back to English for the report's text, formats numbers in its own locale, and
 * reaches every layer through the store's `lang` alone.
 */
import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeadlineCards } from '../features/cards/HeadlineCards';
import { LanguageSwitch } from '../features/header/LanguageSwitch';
import { useDashboard } from '../state/store';
import { buildOf, chartContext, loadReport } from '../test/chart-context';
import { i18nInstance, addLanguageResources } from './instance';
import { registerLanguage, unregisterLanguage } from './languages';
import enCommon from './locales/en/common.json';
import enFormat from './locales/en/format.json';
import { resetWords } from './words';

type Tree = { [key: string]: string | Tree };

/** Every text of a tree, rewritten (the in-memory "translation"). */
function translate(tree: Tree, rewrite: (text: string) => string): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [
      k,
      typeof v === 'string' ? rewrite(v) : translate(v, rewrite),
    ]),
  );
}

/** French UI words: a few real ones, the rest marked as French so a test can tell. */
const frCommon = {
  ...translate(enCommon, (text) => `FR ${text}`),
  lang: { self: 'Français', switchTo: 'Changer de langue (L)' },
  cards: {
    ...(enCommon.cards as Tree),
    heading: 'Chiffres clés',
    sourceLink: 'Source : rapport §{{section}}',
  },
};
/** French number words: the digits come from Intl's fr-FR ("267,2 Md"). */
const frFormat = {
  ...(enFormat as Tree),
  number: { scaled: '{{value}} {{scale}}' },
  symbolUnits: 'percent multiple',
  unit: {
    ...(enFormat.unit as Tree),
    usd: '{{value}} $',
    percent: '{{value}} %',
    multiple: '{{value}} ×',
  },
  axis: { usd: '{{value}} $' },
};

const report = loadReport();

beforeAll(() => {
  registerLanguage({ code: 'fr', tag: 'fr', intl: 'fr-FR', echarts: 'EN', browser: ['fr'] });
  addLanguageResources('fr', { common: frCommon, format: frFormat });
});

afterAll(() => {
  act(() => useDashboard.getState().setLang('en'));
  unregisterLanguage('fr');
  i18nInstance().removeResourceBundle('fr', 'common');
  i18nInstance().removeResourceBundle('fr', 'format');
  resetWords();
});

describe('a third language added as the README says', () => {
  it('speaks its own UI words, the report’s text in English, numbers in its locale', () => {
    act(() => useDashboard.getState().setLang('fr'));
    render(<HeadlineCards report={report} />);
    expect(screen.getByRole('heading', { name: 'Chiffres clés' })).toBeInTheDocument();
    // The report file has no French: its card titles fall back to English.
    expect(
      screen.getByRole('heading', { name: 'AI venture funding, Q1 2026' }),
    ).toBeInTheDocument();
    // Numbers are French: a decimal comma and French scale words.
    expect(screen.getByText(/^267,2\s?Md\s?\$$/)).toBeInTheDocument();
    expect(screen.getAllByText(/^Source : rapport §7$/).length).toBeGreaterThan(0);
  });

  it('joins the language switch, named in its own language', () => {
    render(<LanguageSwitch />);
    expect(screen.getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('button', { name: '中文' })).toBeInTheDocument();
  });

  it('reaches the chart builders: words, numbers and the report’s text', () => {
    const chart = buildOf(report, 'q1-venture', 'fr');
    const ctx = chartContext(report, 'fr');
    expect(chart.rows.find((r) => r.id === 'q1-venture-total')?.value).toMatch(/^267,2\s?Md\s?\$$/);
    expect(chart.rows.find((r) => r.id === 'openai-funding-round')?.label).toBe('OpenAI');
    expect(ctx.t('charts.showTable')).toBe('FR Show table');
  });
});
