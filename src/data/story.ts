/**
 * The one list of slides an edition tells its story with: a title slide, the headline
 * figures, then every panel in the report file's order. Presentation mode, its links
 * (`?present=<id>`) and the deck export all use it.
 */
import type { Panel, Report } from './schema';

export type StorySlide =
  | { kind: 'title'; id: 'title' }
  | { kind: 'headline'; id: 'headline' }
  | { kind: 'panel'; id: string; panel: Panel };

export function storySlides(report: Report): StorySlide[] {
  return [
    { kind: 'title', id: 'title' },
    ...(report.cards.length ? [{ kind: 'headline' as const, id: 'headline' as const }] : []),
    ...report.panels.map((panel) => ({ kind: 'panel' as const, id: panel.id, panel })),
  ];
}
