import type { ChartRow } from '../../charts/options/types';
import type { Lang } from '../../i18n/languages';
import { useWords } from '../../shared/use-words';

/** A chart's data as an accessible table, formatted in the current language. */
interface Props {
  title: string;
  rows: readonly ChartRow[];
  /** When given, each row's label is a button (e.g. open the event's card). */
  onOpen?: (id: string) => void;
  /** The panel's (deferred) language, that of its title and chart. */
  lang: Lang;
}

export function ChartTable({ title, rows, onOpen, lang }: Props) {
  const { t } = useWords(lang);
  const hasDerived = rows.some((r) => r.derived);
  const hasGroups = rows.some((r) => r.group);
  return (
    // Without buttons inside, the region itself takes focus so a keyboard can scroll it.
    <div
      className="table-scroll"
      tabIndex={onOpen ? undefined : 0}
      role="region"
      aria-label={t('charts.tableCaption', { title })}
    >
      <table className="data-table">
        <caption className="visually-hidden">{t('charts.tableCaption', { title })}</caption>
        <thead>
          <tr>
            {hasGroups && <th scope="col">{t('charts.colGroup')}</th>}
            <th scope="col">{t('charts.colLabel')}</th>
            <th scope="col" className="num">
              {t('charts.colValue')}
            </th>
            {hasDerived && <th scope="col">{t('charts.colDerived')}</th>}
            <th scope="col">{t('charts.colSection')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {hasGroups && <td>{r.group}</td>}
              <th scope="row">
                {onOpen ? (
                  <button
                    type="button"
                    className="link-button link-button--inline"
                    onClick={() => onOpen(r.id)}
                  >
                    {r.label}
                  </button>
                ) : (
                  r.label
                )}
              </th>
              <td className="num">{r.value}</td>
              {hasDerived && <td>{r.derived ?? ''}</td>}
              <td>{t('figures.sectionLabel', { section: r.section })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
