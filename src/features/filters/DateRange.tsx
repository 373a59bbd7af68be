import { dateSpan } from '../../data/selectors';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { isDay } from '../../state/url-state';
import { useWords } from '../../shared/use-words';

/** The date range as two date fields: the keyboard's way to do what the timeline brush does. */
export function DateRange({ report }: { report: Report }) {
  const { t } = useWords();
  const range = useDashboard((s) => s.filters.range);
  const setRange = useDashboard((s) => s.setRange);
  const spans = report.events.map((e) => dateSpan(e.date));
  const min = spans.reduce((m, s) => (s.from < m ? s.from : m), spans[0]?.from ?? '');
  const max = spans.reduce((m, s) => (s.to > m ? s.to : m), spans[0]?.to ?? '');

  const change = (edge: 'from' | 'to', value: string): void => {
    if (value === '') {
      setRange(null);
      return;
    }
    if (!isDay(value)) return;
    const next = { from: range?.from ?? min, to: range?.to ?? max, [edge]: value };
    if (next.from > next.to) return;
    // The full extent is no filter at all.
    setRange(next.from <= min && next.to >= max ? null : next);
  };

  return (
    <fieldset className="filter-group date-range">
      <legend>{t('filters.range')}</legend>
      <div className="date-range__fields">
        <label>
          <span>{t('filters.from')}</span>
          <input
            type="date"
            min={min}
            max={max}
            value={range?.from ?? min}
            onChange={(e) => change('from', e.target.value)}
          />
        </label>
        <label>
          <span>{t('filters.to')}</span>
          <input
            type="date"
            min={min}
            max={max}
            value={range?.to ?? max}
            onChange={(e) => change('to', e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
