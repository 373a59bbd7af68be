import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../app/use-formatter';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';

export function ReportFooter({ report }: { report: Report }) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const fmt = useFormatter();
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
          publisher: report.report.publisher[lang],
          title: report.report.title[lang],
          month: fmt.date(report.report.month),
        })}
      </p>
    </footer>
  );
}
