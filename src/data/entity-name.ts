import type { EntityRef } from './filters';
import type { Bilingual, Report } from './schema';

/** The display name of an entity, through `text` (the reader's language), or null when the
 * report lacks it. Events go by their short title. */
export function entityName(
  report: Report,
  ref: EntityRef,
  text: (value: Bilingual) => string,
): string | null {
  const name = (value: Bilingual | undefined): string | null => (value ? text(value) : null);
  switch (ref.kind) {
    case 'organisation':
      return name(report.organisations.find((o) => o.id === ref.id)?.name);
    case 'thread':
      return name(report.threads.find((x) => x.id === ref.id)?.name);
    case 'category':
      return name(report.categories.find((c) => c.id === ref.id)?.name);
    case 'event':
      return name(report.events.find((e) => e.id === ref.id)?.shortTitle);
  }
}
