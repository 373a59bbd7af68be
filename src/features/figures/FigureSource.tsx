import type { TFunction } from 'i18next';
import type { Figure, Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import { formatterFor } from '../../lib/format';

interface Props {
  figure: Figure;
  report: Report;
  /** The language to write in, with its `t` (the figures table renders a deferred view). */
  lang: Lang;
  t: TFunction;
}

/** Where a figure comes from: the original sentence, references, derivation and notes. */
export function FigureSource({ figure, report, lang, t }: Props) {
  const fmt = formatterFor(lang);
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
      {figure.derived && (
        <p className="figure-source__derived">
          {t('figures.derivedFrom', { formula: figure.derived.formula[lang] })}
        </p>
      )}
      {figure.note && (
        <p>
          <strong>{t('app.labelled', { label: t('figures.note') })}</strong>
          {figure.note[lang]}
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
