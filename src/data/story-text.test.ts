import { beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';
import { loadReport } from '../test/chart-context';
import type { Report } from './schema';
import { headingLine, nestedQuote } from './story-text';

let report: Report;
beforeAll(() => {
  report = loadReport();
});

describe('nestedQuote', () => {
  it('turns the double quotes of a text to be quoted into single ones, curly or straight', () => {
    expect(nestedQuote('a stage of “system competition”')).toBe('a stage of ‘system competition’');
    expect(nestedQuote('进入“系统竞争”阶段')).toBe('进入‘系统竞争’阶段');
    expect(nestedQuote('the "agent" era')).toBe('the ‘agent’ era');
    expect(nestedQuote('no quotes here')).toBe('no quotes here');
  });
});

describe('headingLine', () => {
  it('quotes each panel heading of the edition with its inner quotes nested, in both languages', () => {
    const withHeadings = report.panels.filter((p) => p.heading);
    expect(withHeadings.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh'] as const) {
      for (const panel of withHeadings) {
        const line = headingLine(report, panel, wordsFor(lang)) ?? '';
        // One opening and one closing double quote: the heading's own are single now.
        expect(line.match(/“/g), `${lang} ${panel.id}: ${line}`).toHaveLength(1);
        expect(line.match(/”/g), `${lang} ${panel.id}: ${line}`).toHaveLength(1);
        expect(line.endsWith('”'), line).toBe(true);
      }
    }
  });

  it('keeps the heading’s own quotation, as single quotes', () => {
    const quoted = report.panels.find((p) => p.heading?.en.includes('“'));
    if (!quoted) throw new Error('the edition has no heading with a quotation in it');
    expect(headingLine(report, quoted, wordsFor('en'))).toMatch(/‘[^’]+’”$/);
    expect(headingLine(report, quoted, wordsFor('zh'))).toMatch(/‘[^’]+’/);
  });

  it('says nothing for a panel without a heading', () => {
    const bare = { ...report.panels[0]!, heading: undefined };
    expect(headingLine(report, bare, wordsFor('en'))).toBeUndefined();
  });
});
