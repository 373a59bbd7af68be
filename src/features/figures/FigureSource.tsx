import type { Figure, Report } from '../../data/schema';
import type { Words } from '../../i18n/words';
import { spaceScripts } from '../../lib/script-spacing';

interface Props {
  figure: Figure;
  report: Report;
  /** The words to write with (the figures table renders a deferred language). */
  words: Words;
}

/** Where a figure comes from: the original sentence, who claims it, references, derivation and notes. */
export function FigureSource({ figure, report, words }: Props) {
  const { t, fmt, text } = words;
  const refs = figure.provenance.references.flatMap((id) => {
    const ref = report.references.find((r) => r.id === id);
    return ref ? [ref] : [];
  });
  return (
    <div className="figure-source">
      <p className="figure-source__label">{t('figures.quote')}</p>
      <blockquote lang="zh-CN" className="figure-source__quote">
        {figure.provenance.quote}
      </blockquote>
      {figure.attribution && (
        <p>
          {spaceScripts(
            t(`figures.attribution.${figure.attribution.kind}`, {
              by: text(figure.attribution.by),
            }),
          )}
        </p>
      )}
      {figure.derived && (
        <p className="figure-source__derived">
          {t('figures.derivedFrom', { formula: text(figure.derived.formula) })}
        </p>
      )}
      {figure.note && (
        <p>
          <strong>{t('app.labelled', { label: t('figures.note') })}</strong>
          {text(figure.note)}
        </p>
      )}
      {figure.date && (
        <p>
          <strong>{t('app.labelled', { label: t('figures.date') })}</strong>
          {fmt.date(figure.date)}
        </p>
      )}
      <p className="figure-source__label">{t('figures.references')}</p>
      <ul className="figure-source__refs">
        <li>{t('figures.reportItself', { section: figure.provenance.section })}</li>
        {refs.map((ref) => (
          <li key={ref.id}>
            [{ref.number}] {ref.publisher},{' '}
            <a href={ref.url} target="_blank" rel="noopener noreferrer">
              {ref.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
