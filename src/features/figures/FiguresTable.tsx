import { Fragment, useCallback, useMemo, useState } from 'react';
import type { Figure, Report } from '../../data/schema';
import { figureOrganisations, indexReport } from '../../data/selectors';
import { sectionContext } from '../../data/story-text';
import { wordsFor, type Words } from '../../i18n/words';
import { useMatchesOf } from '../../shared/use-matches';
import { PHONE_QUERY, useMediaQuery } from '../../shared/use-media-query';
import { useWords } from '../../shared/use-words';
import { useShownView } from '../../shared/use-shown-view';
import { useDashboard } from '../../state/store';
import type { FigureSortKey } from '../../state/view-state';
import { FigureSource } from './FigureSource';
import { sortFigureRows, type FigureRow } from './sort-figures';
import { FigureText } from '../../shared/FigureText';
import { spaceScripts } from '../../lib/script-spacing';

const COLUMN_LABEL = {
  value: 'figures.colValue',
  label: 'figures.colMeasure',
  organisation: 'figures.colOrganisation',
  section: 'figures.colSection',
} as const satisfies Record<FigureSortKey, string>;

/** Column order on screen. */
const COLUMNS: readonly FigureSortKey[] = ['value', 'label', 'organisation', 'section'];

function sectionLabel(report: Report, section: number, words: Words): string {
  return words.t('figures.sectionLabel', { section, context: sectionContext(report, section) });
}

/** A figure's value with its derived badge and who claims it. */
function ValueCell({ figure, words }: { figure: Figure; words: Words }) {
  return (
    <>
      <FigureText text={words.fmt.figure(figure)} />
      {figure.derived && (
        <span className="badge badge--derived">{words.t('figures.derivedBadge')}</span>
      )}
    </>
  );
}

/** Who the report says claims a figure, when not the report itself. */
function Attribution({ figure, words }: { figure: Figure; words: Words }) {
  if (!figure.attribution) return null;
  return (
    <span className="figures__attribution">
      {spaceScripts(
        words.t(`figures.attribution.${figure.attribution.kind}`, {
          by: words.text(figure.attribution.by),
        }),
      )}
    </span>
  );
}

/**
 * Every figure of the report: formatted with its qualifier, sortable, searchable, sourced.
 * A table on wide screens; a list of cards on a phone, with the same sort and filters.
 *
 * It follows a filter change or a language switch with the panels, in the deferred render
 * of the view and language shown (useShownView, ShownLanguage): the click's own frame is not
 * held up by rows the reader is not looking at.
 */
export function FiguresTable({ report }: { report: Report }) {
  const words = useWords();
  const { lang, t } = words;
  const { filters, selection } = useShownView();
  const sort = useDashboard((s) => s.figureSort);
  const sortFigures = useDashboard((s) => s.sortFigures);
  const phone = useMediaQuery(PHONE_QUERY);
  const matchedFigures = useMatchesOf(report, filters, selection).figures;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const rows = useMemo(() => {
    const words = wordsFor(lang);
    const idx = indexReport(report);
    const built: FigureRow[] = matchedFigures.map((figure) => ({
      figure,
      label: words.text(figure.label),
      organisation: figureOrganisations(figure, idx, false)
        .map((o) => words.text(o.name))
        .join(words.t('charts.listSeparator')),
    }));
    return sortFigureRows(built, sort, words.fmt.locale);
  }, [report, matchedFigures, sort, lang]);

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
  const sortControl = (key: FigureSortKey, className: string) => {
    const active = sort.key === key;
    return (
      <button type="button" className={className} onClick={() => sortFigures(key)}>
        {t(COLUMN_LABEL[key])}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    );
  };
  const sourceButton = (figure: Figure, label: string, detailId: string) => (
    <button
      type="button"
      className="button button--small"
      aria-expanded={open.has(figure.id)}
      aria-controls={detailId}
      aria-label={t('figures.sourceFor', { label })}
      onClick={() => toggle(figure.id)}
    >
      {open.has(figure.id) ? t('figures.hideSource') : t('figures.showSource')}
    </button>
  );

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
          <p className="figures__count" role="status" aria-live="polite">
            {rows.length === total
              ? t('figures.count', { count: total })
              : t('figures.countOf', { shown: rows.length, total })}
          </p>
        </div>
        {sort.key === 'value' && <p className="figures__sort-note">{t('figures.valueSortNote')}</p>}
        {rows.length === 0 ? (
          <p className="empty-state">{t('figures.noMatch', { query: search })}</p>
        ) : phone ? (
          <>
            <div className="figure-cards__sort" role="group" aria-label={t('figures.sortBy')}>
              {COLUMNS.map((key) => (
                <Fragment key={key}>
                  {sortControl(key, `chip-button${sort.key === key ? ' chip-button--on' : ''}`)}
                </Fragment>
              ))}
            </div>
            <ul className="figure-cards">
              {rows.map(({ figure, label, organisation }) => {
                const detailId = `source-${figure.id}`;
                return (
                  <li key={figure.id} className="figure-card" data-figure={figure.id}>
                    <p className="figure-card__value">
                      <ValueCell figure={figure} words={words} />
                    </p>
                    <p className="figure-card__label">{label}</p>
                    <Attribution figure={figure} words={words} />
                    <p className="figure-card__meta">
                      {[
                        organisation || null,
                        sectionLabel(report, figure.provenance.section, words),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {sourceButton(figure, label, detailId)}
                    {open.has(figure.id) && (
                      <div id={detailId}>
                        <FigureSource figure={figure} report={report} words={words} />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
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
                        {sortControl(key, 'sort-button')}
                      </th>
                    );
                  })}
                  <th scope="col">{t('figures.colSource')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ figure, label, organisation }) => {
                  const detailId = `source-${figure.id}`;
                  return (
                    <Fragment key={figure.id}>
                      <tr data-figure={figure.id}>
                        <td className="num">
                          <ValueCell figure={figure} words={words} />
                        </td>
                        <td>
                          {label}
                          <Attribution figure={figure} words={words} />
                        </td>
                        <td>{organisation || t('figures.none')}</td>
                        <td className="data-table__nowrap">
                          {sectionLabel(report, figure.provenance.section, words)}
                        </td>
                        <td>{sourceButton(figure, label, detailId)}</td>
                      </tr>
                      {open.has(figure.id) && (
                        <tr className="data-table__detail" id={detailId}>
                          <td colSpan={5}>
                            <FigureSource figure={figure} report={report} words={words} />
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the controls are rebuilt from these
    [report, rows, total, search, sort, sortFigures, open, toggle, words, phone],
  );
}
