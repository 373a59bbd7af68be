import { Fragment, type CSSProperties } from 'react';
import type { ChartEvents } from '../../charts/chart';
import type { StatItem } from '../../charts/options/types';
import type { EntityRef } from '../../data/filters';
import { estimateWidth } from '../../lib/text-width';

interface Props {
  stats: readonly StatItem[];
  /** The panel's title: the list's accessible name. */
  label: string;
  onHover?: ChartEvents['onHover'];
  onSelect?: ChartEvents['onClick'];
  /** What the pointer is on anywhere on the page: tiles unrelated to it dim. */
  hover?: EntityRef | null;
}

/** How wide the widest run is, in em of the tile's bold type (at least 1). */
export function widestRun(runs: readonly string[]): number {
  return Math.max(1, ...runs.map((run) => estimateWidth(run, 1, true)));
}

/**
 * Big numbers as real text: the value as the report hedged it, then what it counts. A tile
 * about an organisation highlights it on hover, like a bar does, and selects it on a click.
 */
export function StatTiles({ stats, label, onHover, onSelect, hover = null }: Props) {
  const hoverOn = (entity: EntityRef | undefined) => () => onHover?.(entity ?? null);
  const hoverKey = hover ? `${hover.kind}:${hover.id}` : null;
  return (
    <ul
      className="stat-tiles"
      aria-label={label}
      // One type size for the panel's numbers, side by side: the widest run of any fits its
      // tile's width (styles.css); lines break only between runs.
      style={{ '--em': widestRun(stats.flatMap((s) => s.runs)).toFixed(2) } as CSSProperties}
    >
      {stats.map((s) => (
        <li
          key={s.figureId}
          className={`stat-tile${s.dim || (hoverKey && !s.relates.includes(hoverKey)) ? ' stat-tile--dim' : ''}`}
          data-figure={s.figureId}
          onMouseEnter={hoverOn(s.entity)}
          onMouseLeave={hoverOn(undefined)}
        >
          <p className={`stat-tile__value${s.derived ? ' stat-tile__value--derived' : ''}`}>
            {s.runs.map((run, i) => (
              <Fragment key={i}>
                {i > 0 && ' '}
                <span className="stat-tile__run">{run}</span>
              </Fragment>
            ))}
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
