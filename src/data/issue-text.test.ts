import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';
import { describeIssues as describeIn } from './load-report';
import { reportSchema } from './schema';
import { readRepoJson } from '../test/repo';

type Json = Record<string, unknown>;

/** The problems worded in a language, as the page and the validator word them. */
const describeIssues = (issues: Parameters<typeof describeIn>[0], limit: number, lang: string) =>
  describeIn(issues, wordsFor(lang).t, lang, limit);

function brokenReport(mutate: (r: Json & { figures: Json[]; events: Json[] }) => void) {
  const report = structuredClone(readRepoJson('data/ai-2026-04.json')) as Json & {
    figures: Json[];
    events: Json[];
  };
  mutate(report);
  const result = reportSchema.safeParse(report);
  if (result.success) throw new Error('expected the broken report to fail');
  return result.error.issues;
}

describe('schema problems in both languages', () => {
  it('words a dangling organisation id in English and Chinese', () => {
    const issues = brokenReport((r) => {
      (r.figures[0] as { organisations: string[] }).organisations = ['nobody'];
    });
    expect(describeIssues(issues, 5, 'en')[0]).toEqual({
      path: 'figures[0].organisations[0]',
      message: 'unknown organisation id "nobody"',
    });
    expect(describeIssues(issues, 5, 'zh')[0]?.message).toBe('不存在的机构 id “nobody”');
  });

  it('uses zod’s own Chinese for built-in checks', () => {
    const issues = brokenReport((r) => {
      (r.figures[0] as { value: unknown }).value = { kind: 'point', value: '75' };
    });
    const [en] = describeIssues(issues, 5, 'en');
    const [zh] = describeIssues(issues, 5, 'zh');
    expect(en?.path).toBe('figures[0].value.value');
    expect(en?.message).toMatch(/expected number/i);
    expect(zh?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zh?.message).not.toBe(en?.message);
  });

  it('translates the schema’s own rules', () => {
    const issues = brokenReport((r) => {
      (r.figures[0] as { value: unknown }).value = { kind: 'range', low: 5, high: 1 };
      (r.figures[0] as { qualifier: string }).qualifier = 'range';
    });
    expect(describeIssues(issues, 5, 'en')[0]?.message).toBe('low must not exceed high');
    expect(describeIssues(issues, 5, 'zh')[0]?.message).toBe('下限不能大于上限');
  });
});
