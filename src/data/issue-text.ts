/**
 * Schema problems in the reader's language. The schema's own messages are keys
 * (`schema.*`) looked up with the caller's `t` (`schemaIssue.*` of the common
 * namespace); zod's built-in messages ("expected number, received string") come from
 * zod's own English and Chinese locales (English for a language zod does not have).
 */
import type { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodZh from 'zod/v4/locales/zh-CN.js';

type Issue = z.core.$ZodIssue;

/** A translation lookup for the `common` namespace. */
export type IssueT = (key: string, vars?: Record<string, unknown>) => string;

const zodMaps: Record<string, ReturnType<typeof zodEn>['localeError']> = {
  en: zodEn().localeError,
  zh: zodZh().localeError,
};

/** One problem as a sentence, worded by `t` in `lang`. */
export function issueText(issue: Issue, t: IssueT, lang: string): string {
  const { message } = issue;
  if (message.startsWith('schema.')) {
    const key = message.slice('schema.'.length);
    const params = (issue.code === 'custom' ? issue.params : undefined) ?? {};
    return t(`schemaIssue.${key}`, {
      ...params,
      context: typeof params.kind === 'string' ? params.kind : undefined,
    });
  }
  const map = zodMaps[lang] ?? zodMaps.en;
  const fromZod = map?.(issue as Parameters<(typeof zodMaps)['en']>[0]);
  const text = typeof fromZod === 'string' ? fromZod : fromZod?.message;
  return text ?? message;
}
