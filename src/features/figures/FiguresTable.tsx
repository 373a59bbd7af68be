import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../app/use-formatter';
import type { Report } from '../../data/schema';
import { figureOrganisations, indexReport } from '../../data/selectors';
import { useMatches } from '../use-matches';
import { useDashboard } from '../../state/store';
import type { FigureSortKey } from '../../state/view-state';
import { FigureSource } from './FigureSource';
import { sortFigureRows, type FigureRow } from './sort-figures';

const COLUMN_LABEL = {
  value: 'figures.colValue',
  label: 'figures.colMeasure',
  organisation: 'figures.colOrganisation',
  section: 'figures.colSection',
} as const satisfies Record<FigureSortKey, string>;

/** Column order on screen. */
const COLUMNS: readonly FigureSortKey[] = ['value', 'label', 'organisation', 'section'];

function SectionLabel({ section }: { section: number }) {
  const { t } = useTranslation();
  if (section === 0) return <>{t('figures.sectionAbstract')}</>;
  if (section === 16) return <>{t('figures.sectionConclusion')}</>;
  return <>{t('figures.sectionLabel', { section })}</>;
}

/** Every figure of the report: formatted with its qualifier, sortable, searchable, sourced. */
export function FiguresTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const filters = useDashboard((s) => s.filters);
  const sort = useDashboard((s) => s.figureSort);
  const sortFigures = useDashboard((s) => s.sortFigures);
  const fmt = useFormatter();
  const matchedFigures = useMatches(report).figures;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const rows = useMemo(() => {
    const idx = indexReport(report);
    const built: FigureRow[] = matchedFigures.map((figure) => ({
      figure,
      label: figure.label[lang],
      organisation: figureOrganisations(figure, idx, false)
        .map((o) => o.name[lang])
        .join(lang === 'zh' ? '、' : ', '),
    }));
    return sortFigureRows(built, sort, fmt.locale);
  }, [report, matchedFigures, sort, lang, fmt]);

  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const total = report.figures.length;
  return (
    <section className="panel figures" aria-labelledby="figures-heading">
      <div className="panel__head">
        <div>
          <h2 id="figures-heading" className="panel__title">
            {t('figures.heading')}
          </h2>
          <p className="panel__subtitle">{t('figures.intro')}</p>
        </div>
        <div className="figures__search">
          <p className="figures__count" role="status" aria-live="polite">
            {rows.length === total
              ? t('figures.count', { count: total })
              : t('figures.countOf', { shown: rows.length, total })}
          </p>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">{t('figures.noMatch', { query: filters.search })}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {COLUMNS.map((key) => {
                  const active = sort.key === key;
                  return (
                    <th
                      key={key}
                      scope="col"
                      aria-sort={
                        active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'
                      }
                      className={key === 'value' ? 'num' : undefined}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => sortFigures(key)}
                      >
                        {t(COLUMN_LABEL[key])}
                        <span aria-hidden="true" className="sort-button__arrow">
                          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th scope="col">{t('figures.colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ figure, label, organisation }) => {
                const isOpen = open.has(figure.id);
                const detailId = `source-${figure.id}`;
                return (
                  <Fragment key={figure.id}>
                    <tr data-figure={figure.id}>
                      <td className="num">
                        {fmt.figure(figure)}
                        {figure.derived && (
                          <span className="badge badge--derived">{t('figures.derivedBadge')}</span>
                        )}
                      </td>
                      <td>{label}</td>
                      <td>{organisation || t('figures.none')}</td>
                      <td>
                        <SectionLabel section={figure.provenance.section} />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-expanded={isOpen}
                          aria-controls={detailId}
                          aria-label={t('figures.sourceFor', { label })}
                          onClick={() => toggle(figure.id)}
                        >
                          {isOpen ? t('figures.hideSource') : t('figures.showSource')}
                        </button>
                      </td>
                    </tr>
                    {isOpen && (
                      <tr className="data-table__detail" id={detailId}>
                        <td colSpan={5}>
                          <FigureSource figure={figure} report={report} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
