/**
 * A day typed by a reader, in whichever way people write one: 2026-04-05, 2026/4/5,
 * 20260405, 2026年4月5日, 4月5日, Apr 5, 2026, 5 April 2026, 04/05/2026 and 04052026 (month
 * first, as in the US, for English; otherwise year first). Pure; `null` for anything that is
 * not a real calendar day. A whole month (April 2026, 2026年4月) is read by parseTypedMonth.
 */

/** How many days a month (1–12) of a year has. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A `YYYY-MM-DD` day, or null when the parts are no real date between 1900 and 2100. */
export function dayOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * 1–12 for an English month's name or its start of three letters or more (Apr, Sept, Sept.),
 * else 0: a word that only begins like a month ("Market", "Decade") is none.
 */
function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

export interface ParseOptions {
  /** The year a date without one falls in (the edition's). */
  defaultYear: number;
  /** Month before day in all-number dates (04/05/2026 is 5 April), as US English writes. */
  monthFirst: boolean;
}

/** The day `input` means, or null. */
export function parseTypedDate(input: string, options: ParseOptions): string | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  if (!text) return null;
  let m: RegExpExecArray | null;
  // Year first, any separator: 2026-04-05, 2026/4/5, 2026.4.5, 2026 4 5.
  if ((m = /^(\d{4})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})$/.exec(text))) {
    return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // Chinese: 2026年4月5日, 4月5日 (号 too).
  if ((m = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(text))) {
    return dayOf(m[1] ? Number(m[1]) : options.defaultYear, Number(m[2]), Number(m[3]));
  }
  // Eight digits: year first when it reads as one, else month (or day) first.
  if ((m = /^(\d{8})$/.exec(text))) {
    const digits = m[1] ?? '';
    const yearFirst = dayOf(
      Number(digits.slice(0, 4)),
      Number(digits.slice(4, 6)),
      Number(digits.slice(6)),
    );
    if (yearFirst) return yearFirst;
    const [a, b, y] = [
      Number(digits.slice(0, 2)),
      Number(digits.slice(2, 4)),
      Number(digits.slice(4)),
    ];
    return options.monthFirst ? dayOf(y, a, b) : dayOf(y, b, a);
  }
  // All numbers, year last: 04/05/2026, 5.4.2026.
  if ((m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text))) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return options.monthFirst ? dayOf(y, a, b) : dayOf(y, b, a);
  }
  // Month name first: Apr 5, 2026 / April 5 2026 / Apr 5.
  if ((m = /^([a-z]+\.?) (\d{1,2}),? ?(\d{4})?$/i.exec(text))) {
    const month = monthNumber(m[1] ?? '');
    return month ? dayOf(m[3] ? Number(m[3]) : options.defaultYear, month, Number(m[2])) : null;
  }
  // Day first: 5 Apr 2026 / 5 April.
  if ((m = /^(\d{1,2}) ([a-z]+\.?),? ?(\d{4})?$/i.exec(text))) {
    const month = monthNumber(m[2] ?? '');
    return month ? dayOf(m[3] ? Number(m[3]) : options.defaultYear, month, Number(m[1])) : null;
  }
  return null;
}

/**
 * A whole month typed where a day is asked for: April 2026, Apr 2026, 2026-04, 2026/4, 2026 4,
 * 04/2026, 2026年4月, 4月 and April (the default year). Its first and last day, or null.
 */
export function parseTypedMonth(
  input: string,
  options: Pick<ParseOptions, 'defaultYear'>,
): { from: string; to: string } | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ' ');
  const yearFirst = /^(\d{4})\s*[-/.\s]\s*(\d{1,2})$/.exec(text);
  const yearLast = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  const chinese = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:份)?$/.exec(text);
  const named = /^([a-z]+\.?)(?: (\d{4}))?$/i.exec(text);
  const [yearText, month] = yearFirst
    ? [yearFirst[1], Number(yearFirst[2])]
    : yearLast
      ? [yearLast[2], Number(yearLast[1])]
      : chinese
        ? [chinese[1], Number(chinese[2])]
        : named
          ? [named[2], monthNumber(named[1] ?? '')]
          : [undefined, 0];
  const year = yearText ? Number(yearText) : options.defaultYear;
  const from = dayOf(year, month, 1);
  if (!from) return null;
  const to = dayOf(year, month, daysInMonth(year, month));
  return to ? { from, to } : null;
}
