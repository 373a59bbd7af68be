import type { Report } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import type { EntityRef } from '../../state/view-state';

/** The display name of an entity in the current language, or null when the report lacks it. */
export function entityName(report: Report, ref: EntityRef, lang: Lang): string | null {
  switch (ref.kind) {
    case 'organisation':
      return report.organisations.find((o) => o.id === ref.id)?.name[lang] ?? null;
    case 'thread':
      return report.threads.find((x) => x.id === ref.id)?.name[lang] ?? null;
    case 'category':
      return report.categories.find((c) => c.id === ref.id)?.name[lang] ?? null;
    case 'event':
      return report.events.find((e) => e.id === ref.id)?.title[lang] ?? null;
  }
}
