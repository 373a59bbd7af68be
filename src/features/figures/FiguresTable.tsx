import i18next, { type TFunction } from 'i18next';
import { Fragment, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Report } from '../../data/schema';
import { figureOrganisations, indexReport } from '../../data/selectors';
import { I18N_CODE } from '../../i18n/languages';
import { formatterFor } from '../../lib/format';
import { useMatchesOf } from '../use-matches';
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

function SectionLabel({ section, t }: { section: number; t: TFunction }) {
  if (section === 0) return <>{t('figures.sectionAbstract')}</>;
  if (section === 16) return <>{t('figures.sectionConclusion')}</>;
  return <>{t('figures.sectionLabel', { section })}</>;
}

/**
 * Every figure of the report: formatted with its qualifier, sortable, searchable, sourced.
 *
 * The table sits below the charts, so it follows a language switch or a filter change in a
 * deferred render (React's useDeferredValue), right after the cards and charts have shown
 * it: the click's own frame is not held up by 43 rows the reader is not looking at. It
 * writes through a `t` fixed to that deferred language, not useTranslation, which would
 * re-render it with the new language straight away.
 */
export function FiguresTable({ report }: { report: Report }) {
  const lang = useDeferredValue(useDashboard((s) => s.lang));
  const filters = useDeferredValue(useDashboard((s) => s.filters));
  const selection = useDeferredValue(useDashboard((s) => s.selection));
  const sort = useDashboard((s) => s.figureSort);
  const sortFigures = useDashboard((s) => s.sortFigures);
  const t = useMemo(() => i18next.getFixedT(I18N_CODE[lang]), [lang]);
  const fmt = formatterFor(lang);
  const matchedFigures = useMatchesOf(report, filters, selection, lang).figures;
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

  const toggle = useCallback(
    (id: string): void =>
      setOpen((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const total = report.figures.length;
  const search = filters.search;
  // The urgent render of a switch or click (deferred values still the old ones) reuses this.
  return useMemo(
    () => (
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
          <p className="empty-state">{t('figures.noMatch', { query: search })}</p>
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
                            <span className="badge badge--derived">
                              {t('figures.derivedBadge')}
                            </span>
                          )}
                        </td>
                        <td>{label}</td>
                        <td>{organisation || t('figures.none')}</td>
                        <td>
                          <SectionLabel section={figure.provenance.section} t={t} />
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
                            <FigureSource figure={figure} report={report} lang={lang} t={t} />
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
    ),
    [report, rows, total, search, sort, sortFigures, open, toggle, t, fmt, lang],
  );
}
