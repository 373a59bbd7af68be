import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { useWords } from '../../shared/use-words';

export function ReportFooter({ report }: { report: Report }) {
  const { t, fmt, text } = useWords();
  const shortcuts = useDashboard((s) => s.shortcuts);
  const setShortcuts = useDashboard((s) => s.setShortcuts);
  return (
    <footer className="report-footer">
      <label className="report-footer__setting">
        <input
          type="checkbox"
          checked={shortcuts}
          onChange={(e) => setShortcuts(e.target.checked)}
        />
        {t('app.shortcutSetting')}
      </label>
      <p>{t('app.dataNotice')}</p>
      <p>
        {t('app.footer', {
          publisher: text(report.report.publisher),
          title: text(report.report.title),
          month: fmt.date(report.report.month),
        })}
      </p>
    </footer>
  );
}
