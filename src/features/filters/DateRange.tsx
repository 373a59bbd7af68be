import { useId, useState, type KeyboardEvent } from 'react';
import { dateSpan } from '../../data/selectors';
import type { Report } from '../../data/schema';
import { parseTypedDate, parseTypedMonth } from '../../lib/parse-date';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';

type Edge = 'from' | 'to';

/**
 * The date range as two text fields that show dates the way the reader's language writes
 * them (2026 年 4 月 1 日 / 1 Apr 2026) and take them typed however people type them. A
 * date applies when the field is left or Enter is pressed, never keystroke by keystroke; a
 * date the reader cannot mean, or an end before the start, is said so and not applied.
 */
export function DateRange({ report }: { report: Report }) {
  const { t, fmt, lang } = useWords();
  const range = useDashboard((s) => s.filters.range);
  const setRange = useDashboard((s) => s.setRange);
  const spans = report.events.map((e) => dateSpan(e.date));
  const min = spans.reduce((m, s) => (s.from < m ? s.from : m), spans[0]?.from ?? '');
  const max = spans.reduce((m, s) => (s.to > m ? s.to : m), spans[0]?.to ?? '');
  const shown = { from: range?.from ?? min, to: range?.to ?? max };
  const display = (day: string): string => (day ? fmt.date({ precision: 'day', value: day }) : '');
  const hintId = useId();
  const errorId = useId();
  // The fields follow the range (the timeline's brush, a chip removed) and the language:
  // what the reader was typing is replaced when either changes.
  const source = `${shown.from}|${shown.to}|${lang}`;
  const [edit, setEdit] = useState({
    source,
    text: { from: display(shown.from), to: display(shown.to) },
    error: null as { edge: Edge; message: string } | null,
  });
  if (edit.source !== source) {
    setEdit({ source, text: { from: display(shown.from), to: display(shown.to) }, error: null });
  }
  const { text, error } = edit;
  const setText = (update: (prev: Record<Edge, string>) => Record<Edge, string>): void =>
    setEdit((e) => ({ ...e, text: update(e.text) }));
  const setError = (next: { edge: Edge; message: string } | null): void =>
    setEdit((e) => ({ ...e, error: next }));

  const commit = (edge: Edge): void => {
    const typed = text[edge].trim();
    if (typed === display(shown[edge])) return;
    if (typed === '') {
      setRange(null);
      return;
    }
    const defaultYear = Number(report.report.month.value.slice(0, 4));
    // A whole month ("April 2026") starts the range on its first day or ends it on its last.
    const day =
      parseTypedDate(typed, { defaultYear, monthFirst: fmt.typesMonthFirst() }) ??
      parseTypedMonth(typed, { defaultYear })?.[edge] ??
      null;
    if (!day) {
      setError({ edge, message: t('filters.dateInvalid', { text: typed }) });
      return;
    }
    const next = { ...shown, [edge]: day };
    if (next.from > next.to) {
      setError({ edge, message: t('filters.dateOrder') });
      return;
    }
    // The full extent is no filter at all.
    const applied = next.from <= min && next.to >= max ? null : next;
    // Shown the language's way at once, also when the range stays as it was (the month typed
    // ends where the range already ended): the fields follow the range only when it changes.
    const edgeDay = applied ? applied[edge] : edge === 'from' ? min : max;
    setEdit((e) => ({ ...e, text: { ...e.text, [edge]: display(edgeDay) }, error: null }));
    setRange(applied);
  };

  const field = (edge: Edge) => (
    <label>
      <span>{t(`filters.${edge}`)}</span>
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        value={text[edge]}
        aria-invalid={error?.edge === edge}
        aria-describedby={error?.edge === edge ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => setText((prev) => ({ ...prev, [edge]: e.target.value }))}
        onBlur={() => commit(edge)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(edge);
          }
        }}
      />
    </label>
  );

  return (
    <fieldset className="filter-group date-range">
      <legend>{t('filters.range')}</legend>
      <div className="date-range__fields">
        {field('from')}
        {field('to')}
      </div>
      <p id={hintId} className="date-range__hint">
        {t('filters.dateHint', { example: display(min) })}
      </p>
      {error && (
        <p id={errorId} className="date-range__error" role="alert">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
