import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reportIndexQuery } from '../../data/load-report';
import type { Report, ReportIndex } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareControls } from './ShareControls';
import { ThemeSelect } from './ThemeSelect';
import { useWords } from '../../shared/use-words';

interface Props {
  report: Report | null;
  entry: ReportIndex['reports'][number] | null;
  /** More controls for presenters (the app shell passes the deck's button). */
  actions?: ReactNode;
}

function ReportPicker({ current }: { current: string }) {
  const { t, text, fmt } = useWords();
  const setReport = useDashboard((s) => s.setReport);
  const index = useQuery(reportIndexQuery);
  const reports = index.data?.reports ?? [];
  if (reports.length < 2) return null;
  return (
    <label className="report-picker">
      <span>{t('header.reportPicker')}</span>
      <select value={current} onChange={(e) => setReport(e.target.value)}>
        {reports.map((r) => (
          <option key={r.id} value={r.id}>
            {fmt.date(r.month)} · {text(r.title)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Title, publisher, month and the language switch: rendered whatever state the data is in. */
export function Header({ report, entry, actions }: Props) {
  const { t, fmt, text } = useWords();
  const title = report
    ? text(report.report.title)
    : entry
      ? text(entry.title)
      : t('app.documentTitleLoading');
  const month = report?.report.month ?? entry?.month;
  return (
    <header className="masthead">
      <div className="masthead__text">
        <p className="masthead__eyebrow">
          {month && (
            <>
              <span className="visually-hidden">
                {t('app.labelled', { label: t('header.month') })}
              </span>
              <time dateTime={month.value}>{fmt.date(month)}</time>
            </>
          )}
        </p>
        <h1 className="masthead__title">{title}</h1>
        {/* Always present, so the header keeps its height while the report loads. */}
        <p className="masthead__publisher">
          {report
            ? t('header.publishedBy', {
                publisher: text(report.report.publisher),
                partners: text(report.report.partners),
              })
            : '\u00a0'}
        </p>
      </div>
      <div className="masthead__controls">
        {entry && <ReportPicker current={entry.id} />}
        <ShareControls edition={report?.report.id ?? null} />
        {actions}
        <ThemeSelect />
        <LanguageSwitch />
      </div>
    </header>
  );
}
