import { useRef } from 'react';
import { coloursFor } from '../../charts/theme';
import type { Report } from '../../data/schema';
import { indexReport } from '../../data/selectors';
import { useScheme } from '../../shared/use-scheme';
import { stillClosed, useModalDialog } from '../../shared/focus-trap';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';

/**
 * The card of one event: summary, the dates and claims the report states, its figures and
 * sources, in the current language.
 */
export function EventCard({ report }: { report: Report }) {
  const { t, fmt, text } = useWords();
  const openEvent = useDashboard((s) => s.openEvent);
  const openEventCard = useDashboard((s) => s.openEventCard);
  const selection = useDashboard((s) => s.selection);
  const toggleSelection = useDashboard((s) => s.toggleSelection);
  const dialog = useRef<HTMLDialogElement>(null);
  const idx = indexReport(report);
  const event = openEvent ? idx.events.get(openEvent) : undefined;

  useModalDialog(dialog, !!event);

  const scheme = useScheme();
  const colours = coloursFor(report, scheme);
  const figures = event ? (idx.figuresByEvent.get(event.id) ?? []) : [];
  const refs = event ? report.references.filter((r) => event.references.includes(r.id)) : [];
  const selected = selection?.kind === 'event' && selection.id === event?.id;

  return (
    <dialog
      ref={dialog}
      className="event-card"
      aria-labelledby="event-card-title"
      onClose={(e) => {
        if (stillClosed(e)) openEventCard(null);
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (e.target === dialog.current) openEventCard(null);
      }}
    >
      {event && (
        <div className="event-card__body">
          <header className="event-card__head">
            <p className="event-card__meta">
              {t('eventCard.section', { section: event.section })} ·{' '}
              <time dateTime={event.date.value}>{fmt.date(event.date)}</time>
            </p>
            <h2 id="event-card-title">{text(event.title)}</h2>
            <button
              type="button"
              className="button button--small event-card__close"
              onClick={() => openEventCard(null)}
            >
              {t('eventCard.close')}
            </button>
          </header>
          <p>{text(event.summary)}</p>
          {event.dateNote && (
            <p className="event-card__note">
              <strong>{t('app.labelled', { label: t('eventCard.dateNote') })}</strong>
              {text(event.dateNote)}
            </p>
          )}
          {(event.claims ?? []).length > 0 && (
            <>
              <h3>{t('eventCard.claims')}</h3>
              <ul className="event-card__claims">
                {(event.claims ?? []).map((c) => (
                  <li key={c.quote}>
                    {c.by
                      ? t('eventCard.claimBy', { claim: text(c.text), by: text(c.by) })
                      : t('eventCard.claim', { claim: text(c.text) })}
                    <blockquote lang="zh-CN">{c.quote}</blockquote>
                  </li>
                ))}
              </ul>
            </>
          )}
          {(event.statedDates ?? []).length > 0 && (
            <>
              <h3>{t('eventCard.statedDates')}</h3>
              <ul className="event-card__dates">
                {(event.statedDates ?? []).map((d) => (
                  <li key={d.quote + d.date.value}>
                    <time dateTime={d.date.value}>
                      {t(`eventCard.dateHedge.${d.hedge}`, { date: fmt.date(d.date) })}
                    </time>
                    {' · '}
                    {text(d.what)}
                    {d.note && (
                      <span className="event-card__note">
                        {t('eventCard.statedDateNote', { note: text(d.note) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <dl className="event-card__facts">
            <div>
              <dt>{t('eventCard.organisations')}</dt>
              <dd>
                {event.organisations.map((id) => {
                  const org = idx.organisations.get(id);
                  return (
                    <span key={id} className="chip chip--static">
                      <span
                        className="swatch"
                        style={{ background: colours.organisation(id) }}
                        aria-hidden="true"
                      />
                      {org ? text(org.name) : id}
                    </span>
                  );
                })}
              </dd>
            </div>
            <div>
              <dt>{t('eventCard.threads')}</dt>
              <dd>
                {event.threads.map((id) => {
                  const thread = idx.threads.get(id);
                  return (
                    <span key={id} className="chip chip--static">
                      <span
                        className="swatch"
                        style={{ background: colours.thread(id) }}
                        aria-hidden="true"
                      />
                      {thread ? text(thread.name) : id}
                    </span>
                  );
                })}
                {!event.threadsFromAbstract && (
                  <p className="event-card__note">{t('eventCard.threadsEditorial')}</p>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('eventCard.category')}</dt>
              <dd>
                {(() => {
                  const category = report.categories.find((c) => c.id === event.category);
                  return category ? text(category.name) : event.category;
                })()}
              </dd>
            </div>
          </dl>
          <h3>{t('eventCard.figures')}</h3>
          {figures.length === 0 ? (
            <p className="event-card__note">{t('eventCard.noFigures')}</p>
          ) : (
            <ul className="event-card__figures">
              {figures.map((f) => (
                <li key={f.id}>
                  <span className="event-card__value">{fmt.figure(f)}</span> {text(f.label)}
                  {f.derived && (
                    <span className="badge badge--derived">
                      {t('app.labelled', { label: t('figures.derivedBadge') })}
                      {text(f.derived.formula)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('eventCard.fromReport')}</h3>
          <ul className="event-card__quotes">
            {event.quotes.map((q) => (
              <li key={q}>
                <blockquote lang="zh-CN">{q}</blockquote>
              </li>
            ))}
          </ul>
          <h3>{t('eventCard.sources')}</h3>
          <ul className="figure-source__refs">
            <li>{t('figures.reportItself', { section: event.section })}</li>
            {refs.map((r) => (
              <li key={r.id}>
                [{r.number}] {r.publisher},{' '}
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            aria-pressed={selected}
            onClick={() => toggleSelection({ kind: 'event', id: event.id })}
          >
            {selected ? t('eventCard.deselect') : t('eventCard.select')}
          </button>
        </div>
      )}
    </dialog>
  );
}
