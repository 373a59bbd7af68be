import type { CSSProperties } from 'react';
import type { ChartEvents } from '../../charts/chart';
import type { StatItem } from '../../charts/options/types';
import type { EntityRef } from '../../data/filters';

interface Props {
  stats: readonly StatItem[];
  /** The panel's title: the list's accessible name. */
  label: string;
  onHover?: ChartEvents['onHover'];
  onSelect?: ChartEvents['onClick'];
  /** What the pointer is on anywhere on the page: tiles unrelated to it dim. */
  hover?: EntityRef | null;
}

/**
 * The longest run of characters a line cannot break inside: a word of Latin text or digits.
 * Han text breaks between any two characters, so it counts one per character.
 */
export function longestUnbreakable(text: string): number {
  return Math.max(1, ...text.split(/[\s\p{Script=Han}]+/u).map((w) => [...w].length));
}

/**
 * Big numbers as real text: the value as the report hedged it, then what it counts. A tile
 * about an organisation highlights it on hover, like a bar does, and selects it on a click.
 */
export function StatTiles({ stats, label, onHover, onSelect, hover = null }: Props) {
  const hoverOn = (entity: EntityRef | undefined) => () => onHover?.(entity ?? null);
  const hoverKey = hover ? `${hover.kind}:${hover.id}` : null;
  return (
    <ul className="stat-tiles" aria-label={label}>
      {stats.map((s) => (
        <li
          key={s.figureId}
          className={`stat-tile${s.dim || (hoverKey && !s.relates.includes(hoverKey)) ? ' stat-tile--dim' : ''}`}
          data-figure={s.figureId}
          onMouseEnter={hoverOn(s.entity)}
          onMouseLeave={hoverOn(undefined)}
        >
          <p
            className={`stat-tile__value${s.derived ? ' stat-tile__value--derived' : ''}`}
            // The type is sized so that the longest word fits the tile's width (styles.css).
            style={{ '--word': longestUnbreakable(s.value) } as CSSProperties}
          >
            {s.value}
          </p>
          <p className="stat-tile__label">{s.label}</p>
          {s.derived && <p className="stat-tile__derived">{s.derived}</p>}
          {s.entity && onSelect && (
            <button
              type="button"
              className="visually-hidden-focusable link-button"
              onClick={() => onSelect({ entity: s.entity, figureId: s.figureId })}
            >
              {s.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
